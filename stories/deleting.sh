# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Deleting StatefulSets". Non-cascading (--cascade=orphan): the pods keep running
# and a deleted one is not replaced; re-applying web.yaml adopts the orphans, creates web-0 first,
# then removes web-2 (replicas 2), and web-0 still serves its old index.html. Cascading: the pods
# all terminate together; the headless Service and the claims stay.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl exec web-0 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl exec web-1 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl delete statefulset web --cascade=orphan
kubectl get statefulset
kubectl get pods -l app=nginx
kubectl delete pod web-0
kubectl get pods -l app=nginx
kubectl apply -f web.yaml
kubectl get pods -l app=nginx
kubectl wait --for=condition=Ready pod/web-0
kubectl get pods -l app=nginx
sleep 5
kubectl get pods -l app=nginx
kubectl exec -i -t web-0 -- curl http://localhost/
kubectl exec -i -t web-1 -- curl http://localhost/
kubectl delete statefulset web
kubectl get pods -l app=nginx
sleep 5
kubectl get pods -l app=nginx
kubectl get service nginx
kubectl get pvc
kubectl delete service nginx
kubectl apply -f web.yaml
sleep 40
kubectl exec -i -t web-0 -- curl http://localhost/
kubectl exec -i -t web-1 -- curl http://localhost/

# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Writing to stable storage": each pod gets its own claim (www-web-N, dynamically
# provisioned from the default StorageClass). Write each hostname into nginx's index.html, delete
# all the pods, and the recreated pods still serve their own names: the volume follows the ordinal.
kubectl apply -f web.yaml
sleep 40
kubectl get pvc -l app=nginx
kubectl exec web-0 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl exec web-1 -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'
kubectl exec -i -t web-0 -- curl http://localhost/
kubectl exec -i -t web-1 -- curl http://localhost/
kubectl get pods -l app=nginx -o wide
kubectl delete pod -l app=nginx
timeout 40 kubectl get pod --watch -l app=nginx
kubectl get pods -l app=nginx -o wide
kubectl exec -i -t web-0 -- curl http://localhost/
kubectl exec -i -t web-1 -- curl http://localhost/
kubectl get pvc -l app=nginx
kubectl get pv

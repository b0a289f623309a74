# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Scaling a StatefulSet": kubectl scale to 5 creates web-2, web-3, web-4, each
# only after its predecessor is Running and Ready; kubectl patch back to 3 deletes web-4 first and
# web-3 only once web-4 is gone (READY briefly 5/3). All five claims stay.
kubectl apply -f web.yaml
sleep 40
kubectl scale sts web --replicas=5
timeout 60 kubectl get pods --watch -l app=nginx
kubectl get statefulset web
kubectl patch sts web -p '{"spec":{"replicas":3}}'
kubectl get statefulset web
kubectl get pods -l app=nginx
sleep 1
kubectl get pods -l app=nginx
sleep 5
kubectl get pods -l app=nginx
kubectl get statefulset web
kubectl get pvc -l app=nginx
kubectl describe statefulset web

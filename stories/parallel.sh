# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Parallel Pod management" (web-parallel.yaml): podManagementPolicy Parallel only
# changes scaling. Both pods start at once, scaling to 5 launches web-2..web-4 together without
# waiting for readiness, and scaling down to 2 deletes the three condemned pods at once.
kubectl apply -f https://k8s.io/examples/application/web/web-parallel.yaml
timeout 30 kubectl get pod -l app=nginx --watch
kubectl scale statefulset/web --replicas=5
timeout 30 kubectl get pod -l app=nginx --watch
kubectl scale statefulset/web --replicas=2
kubectl get pods -l app=nginx
sleep 5
kubectl get pods -l app=nginx
kubectl describe statefulset web

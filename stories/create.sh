# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Creating a StatefulSet" and "Ordered Pod creation" (basic-stateful-set.md):
# apply web.yaml (headless Service nginx + StatefulSet web, 2 replicas), look at the Service and
# the StatefulSet, then watch web-0 go Pending -> ContainerCreating -> Running before web-1 is
# even created. The claim event comes before the pod event for each ordinal.
kubectl apply -f https://k8s.io/examples/application/web/web.yaml
kubectl get service nginx
kubectl get statefulset web
timeout 40 kubectl get pods --watch -l app=nginx
kubectl get statefulset web
kubectl get pods -l app=nginx
kubectl describe statefulset web

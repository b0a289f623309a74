# sim: --seed 3 --mode modern --storage dynamic
# The tutorial's "Rolling out a canary": with the update staged (image 0.21 behind partition 3),
# lowering the partition to 2 makes the controller replace web-2 (ordinal >= partition) with the
# new template: the canary runs 0.21. Deleting web-1 (below the partition) brings it back at the
# old revision, 0.24: a pod is always restored to the revision its ordinal belongs to.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'
sleep 60
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}}'
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.21"}]'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'
timeout 30 kubectl get pod -l app=nginx --watch
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl rollout status sts/web
kubectl delete pod web-1
timeout 30 kubectl get pod -l app=nginx --watch
kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl describe statefulset web

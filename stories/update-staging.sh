# sim: --seed 2 --mode modern --storage dynamic
# The tutorial's "Staging an update": after the rolling update to nginx-slim:0.24, set the
# partition to 3 (above the last ordinal), then change the image to 0.21. Nothing is replaced:
# rollout status already calls the partitioned roll out complete (0 of replicas - partition = 0
# pods to update), yet the template and the update revision are new. Deleting web-2 brings it
# back at the current (old) revision: image 0.24, because its ordinal is below the partition.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'
sleep 60
kubectl rollout status sts/web
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}}'
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.21"}]'
kubectl get pods -l app=nginx
kubectl rollout status sts/web
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl delete pod web-2
timeout 30 kubectl get pod -l app=nginx --watch
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl get controllerrevisions

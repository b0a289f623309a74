# sim: --seed 4 --mode modern --storage dynamic
# The tutorial's "Phased roll outs": the canary (web-2 on nginx-slim:0.21, partition 2) is
# followed by moving the partition to 0, which lets the controller carry on: web-1, then web-0,
# each replaced only after its successor is Running and Ready. Once every pod is at the update
# revision, the controller makes it the current revision too.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'
sleep 60
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}}'
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.21"}]'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'
sleep 30
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":0}}}}'
kubectl rollout status sts/web --watch=false
timeout 60 kubectl get pod -l app=nginx --watch
kubectl get pod web-0 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl rollout status sts/web
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl get pods -l app=nginx -L controller-revision-hash

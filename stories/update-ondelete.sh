# sim: --seed 5 --mode modern --storage dynamic
# The tutorial's "OnDelete". Its own command fails on a v1.35 API server: apps/v1 defaulting left
# a rollingUpdate block (partition 0, maxUnavailable 1) that a strategic merge patch keeps, and
# validation forbids rollingUpdate with OnDelete (kubernetes/website#47038). Setting rollingUpdate
# to null works. Then an image change touches no pod, rollout status refuses the strategy, and
# only a pod the user deletes comes back with the new template; the current revision never moves.
# (The Go pointer in the error message differs from cluster to cluster.)
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete"}}}'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete","rollingUpdate":null}}}'
kubectl get sts web -o jsonpath='{.spec.updateStrategy}{"\n"}'
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.24
sleep 30
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl rollout status sts/web
kubectl delete pod web-1
timeout 30 kubectl get pod -l app=nginx --watch
kubectl get pod web-0 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl delete pod web-0 web-2
sleep 30
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl describe statefulset web

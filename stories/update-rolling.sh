# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Updating StatefulSets" / "RollingUpdate" (basic-stateful-set.md), on web scaled
# to 3: a JSON patch changes the image to nginx-slim:0.24 and the controller replaces the pods
# from the highest ordinal down, one at a time, each only after the previous one is Running and
# Ready again (AGE restarts at 0s). The template change makes a second ControllerRevision; the
# pods' controller-revision-hash labels follow it; rollout status (kubectl's own message for the
# rollingUpdate branch, partition 0) reports the rollout complete.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl get controllerrevisions
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'
kubectl rollout status sts/web --watch=false
timeout 90 kubectl get pod -l app=nginx --watch
kubectl get pod web-0 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl rollout status sts/web
kubectl get controllerrevisions
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl get sts web -o wide
kubectl describe statefulset web

# sim: --seed 6 --mode modern --storage dynamic
# The concept page's "Forced rollback": an image that does not exist (nginx-slim:0.99) is rolled
# out. web-2 is replaced first and its new pod can never pull the image (ErrImagePull, then
# ImagePullBackOff), so the OrderedReady rollout stops there and web-0/web-1 keep the old image.
# Reverting the template is not enough: the update revision goes back to the first revision's
# name (a rollback reuses it), but the controller keeps waiting for the broken web-2 to become
# Ready. Only deleting web-2 lets it come back at the reverted template.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl get controllerrevisions
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.99
sleep 60
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl rollout status sts/web --watch=false
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.7
kubectl get controllerrevisions
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
sleep 120
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl rollout status sts/web --watch=false
kubectl delete pod web-2
timeout 30 kubectl get pod -l app=nginx --watch
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl rollout status sts/web
kubectl get pods -l app=nginx -L controller-revision-hash

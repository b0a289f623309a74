# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's RollingUpdate of web (scaled to 3), watched with kubectl rollout status instead of
# the pods. rollout_status.go prints the status viewer's message on the initial list and then on
# every MODIFIED event of the StatefulSet (each status write of the controller), so a message
# repeats while nothing it reports has changed. The controller computes status from the pods as it
# listed them at the start of a sync: the sync in which a pod turns Ready (and the next pod is
# deleted) writes "N out of 3", and the sync the deletion triggers writes it again with one fewer
# current pod; the sync that recreates the pod writes "Waiting for 1 pods to be ready...". (On a
# real cluster that line can also appear twice, when the controller syncs between the kubelet
# marking the old pod not ready and deleting it; the simulated kubelet does both at one instant.)
# It stops when the rollout is complete.
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 60
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'
kubectl rollout status sts/web
kubectl get pods -l app=nginx -L controller-revision-hash

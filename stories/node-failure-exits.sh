# sim: --seed 6 --mode modern --storage manual
# The safer ways out of sec. 10.5 (force-delete-stateful-set-pod.md, node-shutdown.md), on the
# book's kubia with 3 replicas. node-1 (kubia-0) is powered off: once it is NotReady, the admin
# marks it with the node.kubernetes.io/out-of-service taint: kubia-0, which does not tolerate
# it, is evicted at once, and PodGC (every 20 s) deletes terminating pods on out-of-service
# nodes, so kubia-0 is recreated elsewhere within that period, no 300 s wait. The machine really is off: no second copy. After power-on the admin
# removes the taint. Then node-3 is cut off and its Node object deleted: PodGC removes the pods
# bound to a node that no longer exists (after a 40 s quarantine) and kubia-1 is recreated. But
# node-3 was only cut off, not dead: its container still runs, so kubia-1 runs twice
# (sim status: violations; both write pv-a: sharedVolumes) until it reconnects and its kubelet kills it; the kubelet does not
# register the deleted Node again.
kubectl create -f persistent-volumes.yaml
kubectl create -f kubia-service-headless.yaml
kubectl create -f kubia-statefulset.yaml
kubectl scale sts kubia --replicas=3
sleep 60
kubectl get pods -o wide
sim poweroff node-1
sleep 60
kubectl get nodes
kubectl get pods -o wide
kubectl taint nodes node-1 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute
sleep 20
kubectl get pods -o wide
sim status -o json
sim poweron node-1
sleep 30
kubectl get nodes
kubectl taint nodes node-1 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute-
kubectl get pods -o wide
sim partition node-3
sleep 60
kubectl get nodes
kubectl delete node node-3
kubectl get nodes
kubectl get pods -o wide
sleep 30
kubectl get pods -o wide
sleep 30
kubectl get pods -o wide
sim status -o json
sim heal node-3
sleep 30
kubectl get nodes
kubectl get pods -o wide
sim status -o json

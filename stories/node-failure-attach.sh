# sim: --seed 6 --mode modern --storage attachable
# Force-deleting a pod on a cut-off node, with disks that attach to one node at a time (a cloud
# block volume, RWO): the new kubia-0 is scheduled at once but cannot start, because pv-b is
# still attached to node-1, where the old kubia-0 still runs. The attach/detach controller
# reports a Multi-Attach error and waits; it force-detaches a volume from an unhealthy node only
# after 6 minutes (maxWaitForUnmountDuration), and only then does the new kubia-0 start. The old
# container still runs (sim status: violations), but without its disk: no volume has two writers
# (sharedVolumes is empty).
kubectl create -f persistent-volumes.yaml
kubectl create -f kubia-service-headless.yaml
kubectl create -f kubia-statefulset.yaml
kubectl scale sts kubia --replicas=3
sleep 60
kubectl get pods -o wide
kubectl get pvc data-kubia-0
sim partition node-1
sleep 60
kubectl get nodes
kubectl delete pod kubia-0 --grace-period=0 --force
sleep 10
kubectl get pods -o wide
kubectl describe pod kubia-0
sleep 300
kubectl get pods -o wide
sim status -o json
sleep 60
kubectl get pods -o wide
sim status -o json

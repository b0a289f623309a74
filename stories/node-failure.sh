# sim: --seed 6 --mode modern --storage manual
# Kubernetes in Action sec. 10.5 on a v1.35 cluster: kubia scaled to 3, kubia-0 runs on node-1.
# node-1 loses its network (sim partition): its containers keep running, but after the 50 s
# node-monitor-grace-period the node is NotReady with Unknown conditions and unreachable taints,
# kubia-0 is marked not Ready (yet still printed 1/1 Running: READY counts containers) and
# leaves DNS, the StatefulSet shows 2/3. 300 s after the NoExecute taint the pod is evicted
# gracefully and stays Terminating forever, with its old AGE: nobody can confirm the kill. A
# plain delete changes nothing (kubectl would still be waiting; the CLI stops after 60 s). The
# force delete removes the object at once; a new kubia-0 starts on another node with the same
# claim while the old container still runs on node-1: two copies of one identity, which
# sim status lists under violations (and both copies as writers of pv-b under sharedVolumes) until
# node-1 is back and its kubelet kills the orphan.
kubectl create -f persistent-volumes.yaml
kubectl create -f kubia-service-headless.yaml
kubectl create -f kubia-statefulset.yaml
kubectl scale sts kubia --replicas=3
sleep 60
kubectl get pods -o wide
sim partition node-1
sleep 30
kubectl get nodes
kubectl get pods
sleep 30
kubectl get nodes
kubectl get pods
kubectl get sts
kubectl get node node-1 -o jsonpath='{range .status.conditions[*]}{.type}{" "}{.status}{" "}{.reason}{"\n"}{end}'
kubectl get node node-1 -o jsonpath='NoSchedule: {.spec.taints[?(@.effect=="NoSchedule")].key}{"\n"}NoExecute: {.spec.taints[?(@.effect=="NoExecute")].key}{"\n"}'
kubectl get pod kubia-0 -o jsonpath='{range .status.conditions[*]}{.type}{" "}{.status}{"\n"}{end}'
dig SRV kubia.default.svc.cluster.local +short
sleep 300
kubectl get pods
kubectl get pod kubia-0 -o jsonpath='{.metadata.deletionGracePeriodSeconds}{"\n"}'
kubectl get sts
sleep 120
kubectl get pods
kubectl delete pod kubia-0
kubectl get pods
kubectl delete pod kubia-0 --force --grace-period 0
kubectl get pods -o wide
sleep 20
kubectl get pods -o wide
kubectl get pvc data-kubia-0
sim status -o json
sim heal node-1
sleep 30
sim status -o json
kubectl get nodes
kubectl get pods -o wide

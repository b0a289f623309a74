# sim: --seed 6 --mode book --storage manual
# Kubernetes in Action sec. 10.5 as the book shows it (Kubernetes 1.6/1.7 era): kubia scaled to 3,
# kubia-0 on node-1, node-1 cut off. After the 40 s grace period the node is NotReady; kubia-0
# still prints 1/1 Running (only its Ready condition is False) and leaves DNS (kube-dns SRV
# records: 10 33 0). Five minutes later the node controller deletes it with reason NodeLost,
# which kubectl prints as Unknown, with its old AGE; the StatefulSet does not replace it.
# kubectl 1.7's plain delete returns at once and changes nothing (still Unknown, same AGE). The
# force delete prints the one-line lower-case warning and `deleted`; kubia-0 is recreated on a
# Ready node at once while the old container still runs on node-1: two copies, both writing pv-b (sim status).
# Healing the node ends it: the kubelet there kills the orphaned container.
kubectl create -f persistent-volumes.yaml
kubectl create -f kubia-service-headless.yaml
kubectl create -f kubia-statefulset.yaml
kubectl scale sts kubia --replicas=3
sleep 60
kubectl get pods -o wide
sim partition node-1
sleep 30
kubectl get nodes
sleep 30
kubectl get nodes
kubectl get pods
kubectl get sts
kubectl get pod kubia-0 -o jsonpath='{range .status.conditions[*]}{.type}{" "}{.status}{"\n"}{end}'
dig SRV kubia.default.svc.cluster.local +short
sleep 300
kubectl get pods
kubectl get pod kubia-0 -o jsonpath='{.status.reason}: {.status.message}{"\n"}'
kubectl get sts
sleep 120
kubectl get pods
kubectl delete po kubia-0
kubectl get po
kubectl delete po kubia-0 --force --grace-period 0
kubectl get po -o wide
sleep 30
kubectl get po -o wide
sim status -o json
sim heal node-1
sleep 35
kubectl get pods -o wide
kubectl get nodes
sim status -o json

# sim: --seed 6 --mode modern --storage manual
# Kubernetes in Action ch. 10 (sec. 10.2-10.4) on a v1.35 cluster without dynamic provisioning:
# hand-made PVs pv-a/b/c (Recycle: deprecated, hence the API warning), the headless Service and
# the kubia StatefulSet. Pods start one by one; the claims bind to the PVs in no particular order.
# Through kubectl proxy: GET and POST to kubia-0, delete kubia-0 (Node.js as PID 1 ignores SIGTERM,
# so it takes the full 30 s) and its data comes back; scale down and up keeps kubia-1's claim and
# data; SRV lookup of the headless Service. The book's peers manifest is still apps/v1beta1,
# which a v1.35 API server no longer serves: kubectl rejects it.
kubectl create -f persistent-volumes.yaml
kubectl get pv
kubectl create -f kubia-service-headless.yaml
kubectl get svc kubia
kubectl create -f kubia-statefulset.yaml
kubectl get po
sleep 15
kubectl get po
sleep 30
kubectl get po
kubectl get pvc
kubectl get pv
kubectl proxy
curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/
curl -X POST -d "Hey there! This greeting was submitted to kubia-0." localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/
curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/
curl localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/
curl -X POST -d "Data for kubia-1." localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/
kubectl get po -o wide
kubectl delete po kubia-0
kubectl get po
sleep 15
kubectl get po -o wide
curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/
kubectl scale statefulset kubia --replicas=1
kubectl get po
sleep 35
kubectl get po
kubectl get pvc
kubectl scale statefulset kubia --replicas=2
sleep 20
kubectl get po
curl localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/
kubectl create -f kubia-service-public.yaml
curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/
kubectl run -it srvlookup --image=tutum/dnsutils --rm --restart=Never -- dig SRV kubia.default.svc.cluster.local
kubectl apply -f kubia-statefulset-peers.yaml
kubectl create -f kubia-statefulset-peers.yaml
kubectl describe statefulset kubia

# sim: --seed 12 --mode modern --storage manual
# Kubernetes in Action sec. 10.4 (peer discovery) on a v1.35 cluster. The book's
# kubia-statefulset-peers.yaml is apps/v1beta1 without a selector, which kubectl can no longer
# map; kubia-statefulset-peers-v1.yaml (next to this script) is the same StatefulSet in apps/v1
# with the selector apps/v1 requires (3 replicas, image luksa/kubia-pet-peers). POST stores
# data on one pod; GET through the kubia-public Service reaches any pod, which looks up the SRV
# records of the headless Service and asks every peer (itself included) for its data, listing
# the replies in the order they arrive. The SRV answer itself: CoreDNS, priority 0, weight 33
# for three pods, port 80 (the Service port).
kubectl create -f persistent-volumes.yaml
kubectl create -f kubia-service-headless.yaml
kubectl create -f kubia-service-public.yaml
kubectl create -f kubia-statefulset-peers.yaml
kubectl create -f kubia-statefulset-peers-v1.yaml
sleep 60
kubectl get pods -o wide
kubectl proxy
curl -X POST -d "The sun is shining" localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/
curl -X POST -d "The weather is sweet" localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/
curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/
curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/
curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/
curl localhost:8001/api/v1/namespaces/default/pods/kubia-2/proxy/
kubectl run -it srvlookup --image=tutum/dnsutils --rm --restart=Never -- dig SRV kubia.default.svc.cluster.local

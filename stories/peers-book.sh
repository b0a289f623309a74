# sim: --seed 12 --mode book --storage manual
# Kubernetes in Action sec. 10.4 in book mode: the repository's kubia-statefulset-peers.yaml is
# apps/v1beta1 without a selector, which the book-era API server accepts, defaulting the selector
# from the template labels and the update strategy to OnDelete. It asks for three replicas;
# while the third is still starting, the SRV lookup (Listing 10.8, answer section only) gets the
# book's kube-dns records for the two ready pods: priority 10, weight 33, port 0. (Scaling to
# three changes nothing but still prints "scaled".) Then every pod discovers its peers: POST stores data on one
# pod; GET through the kubia-public Service reaches any pod, which asks every peer listed in the
# SRV records (itself included) for its data and prints the replies in the order they arrive.
kubectl create -f persistent-volumes.yaml
kubectl create -f kubia-service-headless.yaml
kubectl create -f kubia-service-public.yaml
kubectl create -f kubia-statefulset-peers.yaml
sleep 30
kubectl get pods
kubectl get sts kubia -o jsonpath='{.spec.selector.matchLabels} {.spec.updateStrategy.type}{"\n"}'
kubectl run -it srvlookup --image=tutum/dnsutils --rm --restart=Never -- dig +short SRV kubia.default.svc.cluster.local
kubectl scale sts kubia --replicas=3
sleep 30
kubectl get pods -o wide
kubectl proxy
curl -X POST -d "The sun is shining" localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/
curl -X POST -d "The weather is sweet" localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/
curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/
curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/
curl localhost:8001/api/v1/namespaces/default/pods/kubia-2/proxy/

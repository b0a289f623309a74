# sim: --seed 1 --mode modern --storage dynamic
# The headless Service's SRV records list only the pods that are Running and Ready: a plain SRV
# query on nginx.default.svc.cluster.local (CoreDNS: priority 0, weight 100/N, port 80) while the
# StatefulSet scales up to 3 (web-2 appears only once Ready), down to 1, and to 0 (no ready
# endpoint, no record: dig +short prints nothing).
kubectl apply -f web.yaml
sleep 40
kubectl run -it --rm srvlookup --image=tutum/dnsutils --restart=Never -- dig SRV nginx.default.svc.cluster.local
kubectl scale sts web --replicas=3
sleep 2
kubectl get pods -l app=nginx
kubectl run -it --rm srvlookup --image=tutum/dnsutils --restart=Never -- dig SRV nginx.default.svc.cluster.local
sleep 30
kubectl get pods -l app=nginx
kubectl run -it --rm srvlookup --image=tutum/dnsutils --restart=Never -- dig SRV nginx.default.svc.cluster.local
kubectl scale sts web --replicas=1
kubectl get pods -l app=nginx
kubectl run -it --rm srvlookup --image=tutum/dnsutils --restart=Never -- dig SRV nginx.default.svc.cluster.local
kubectl get pods -l app=nginx
sleep 30
kubectl get pods -l app=nginx
kubectl run -it --rm srvlookup --image=tutum/dnsutils --restart=Never -- dig SRV nginx.default.svc.cluster.local
kubectl scale sts web --replicas=0
sleep 30
kubectl get pods -l app=nginx
kubectl run -it --rm srvlookup --image=tutum/dnsutils --restart=Never -- dig +short SRV nginx.default.svc.cluster.local

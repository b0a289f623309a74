# sim: --seed 1 --mode modern --storage dynamic
# The tutorial's "Using stable network identities": each pod's hostname is its name, and
# web-N.nginx resolves (busybox:1.28 nslookup) to that pod's IP. Deleting every pod brings them
# back one by one with the same names and DNS names, but possibly on other nodes with new IPs.
kubectl apply -f web.yaml
sleep 40
kubectl get pods -l app=nginx -o wide
kubectl exec web-0 -- sh -c 'hostname'
kubectl exec web-1 -- sh -c 'hostname'
kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-0.nginx
kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-1.nginx
kubectl delete pod -l app=nginx
timeout 40 kubectl get pod --watch -l app=nginx
kubectl exec web-0 -- sh -c 'hostname'
kubectl exec web-1 -- sh -c 'hostname'
kubectl get pods -l app=nginx -o wide
kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-0.nginx
kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-1.nginx
kubectl describe statefulset web

# sim: --seed 1 --mode modern --storage dynamic
# Client-side kubectl apply is a three-way merge (strategicpatch.CreateThreeWayMergePatch) of the
# last-applied configuration, the file and the live object. Re-applying web.yaml unchanged: the
# Service's patch is empty (unchanged); the StatefulSet's is not, because volumeClaimTemplates is a
# list without a merge strategy and the live copy carries what the server added (apiVersion, kind,
# volumeMode, status), so kubectl sends the file's and says configured (the server defaults it back).
# After kubectl scale, a file that names replicas sets them back; a file that drops replicas since
# the last apply deletes the field, and the default (1) applies; a file that never named replicas
# leaves whatever kubectl scale set.
kubectl apply -f web.yaml
sleep 30
kubectl apply -f web.yaml
kubectl scale sts web --replicas=3
sleep 15
kubectl get sts web
kubectl apply -f web.yaml
kubectl get sts web
kubectl apply -f web-no-replicas.yaml
sleep 15
kubectl get sts web
kubectl scale sts web --replicas=3
sleep 30
kubectl apply -f web-no-replicas.yaml
kubectl get sts web
kubectl get sts web -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'

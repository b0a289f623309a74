# sim: --seed 10 --mode modern --storage dynamic
# persistentVolumeClaimRetentionPolicy whenDeleted: Delete, whenScaled: Retain
# (web-retention-delete-retain.yaml). Every claim is owned by the StatefulSet, so scaling down
# keeps the claims of the removed ordinals (and scaling back up reuses them), but deleting the
# StatefulSet lets the garbage collector delete all of them, scaled-down ones included. A claim
# still mounted by a running pod stays Terminating until that pod is gone.
kubectl apply -f web-retention-delete-retain.yaml
sleep 60
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl scale sts web --replicas=1
sleep 30
kubectl get pods -l app=nginx
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl delete sts web
kubectl get pvc
kubectl get pods -l app=nginx
sleep 5
kubectl get pvc
kubectl get pods -l app=nginx
sleep 20
kubectl get pvc
kubectl get pv

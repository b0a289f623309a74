# sim: --seed 11 --mode modern --storage dynamic
# persistentVolumeClaimRetentionPolicy whenDeleted: Retain, whenScaled: Delete
# (web-retention-retain-delete.yaml). In-range claims have no owner; a condemned pod's claim gets
# that pod as owner just before the pod is deleted, so it is garbage-collected once the pod is
# gone. Scaling 3 -> 2 -> 3 at once: the new web-2 is not created while the old www-web-2 (still
# owned by the old pod) exists; it starts only after that claim is deleted, on a new, empty
# volume. Deleting the StatefulSet keeps the in-range claims.
kubectl apply -f web-retention-retain-delete.yaml
sleep 60
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl scale sts web --replicas=2
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl scale sts web --replicas=3
timeout 30 kubectl get pods -l app=nginx --watch
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl scale sts web --replicas=1
sleep 30
kubectl get pods -l app=nginx
kubectl get pvc
kubectl delete sts web
sleep 20
kubectl get pods -l app=nginx
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'

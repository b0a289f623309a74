# sim: --seed 8 --mode modern --storage dynamic
# persistentVolumeClaimRetentionPolicy whenDeleted: Delete, whenScaled: Delete
# (web-retention-delete-delete.yaml: web.yaml with 3 replicas and the policy). In-range claims are
# owned by the StatefulSet; on scale-down the controller moves the condemned claims' owner
# reference to their pod, so the garbage collector deletes each claim once its pod is gone
# (Terminating, then gone from the watch). Scaling back up provisions new, empty volumes.
# Deleting the StatefulSet deletes every claim: they sit in Terminating (pvc-protection) while
# their pods still run, and the dynamically provisioned PVs go with them.
kubectl apply -f web-retention-delete-delete.yaml
sleep 60
kubectl get pods -l app=nginx
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl scale sts web --replicas=1
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl get pods -l app=nginx
timeout 30 kubectl get pvc --watch
kubectl get pvc
kubectl scale sts web --replicas=3
sleep 30
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl delete sts web
kubectl get pvc
kubectl get pods -l app=nginx
sleep 20
kubectl get pvc
kubectl get pv

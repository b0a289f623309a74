# sim: --seed 9 --mode modern --storage dynamic
# persistentVolumeClaimRetentionPolicy whenDeleted: Retain, whenScaled: Retain, written out
# (web-retention-retain-retain.yaml); it is also what you get without the field. The controller
# sets no owner reference on the claims: scaling down and deleting the StatefulSet remove only
# pods, and a new StatefulSet with the same claim template picks the old claims up again.
kubectl apply -f web-retention-retain-retain.yaml
sleep 60
kubectl get sts web -o jsonpath='{.spec.persistentVolumeClaimRetentionPolicy}{"\n"}'
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl scale sts web --replicas=1
sleep 30
kubectl get pods -l app=nginx
kubectl get pvc
kubectl get pvc -o jsonpath='{range .items[*]}{.metadata.name}{": "}{.metadata.ownerReferences[*].kind}/{.metadata.ownerReferences[*].name}{"\n"}{end}'
kubectl delete sts web
kubectl get pods -l app=nginx
sleep 20
kubectl get pods -l app=nginx
kubectl get pvc
kubectl apply -f web-retention-retain-retain.yaml
sleep 60
kubectl get pods -l app=nginx
kubectl get pvc

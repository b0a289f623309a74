# sim: --seed 1 --mode modern --storage dynamic
# Client-side kubectl apply of a claim: the last-applied annotation is the file as given (keys
# sorted, namespace filled in, annotations {}), not the defaulted object. Re-applying it after the
# binder set spec.volumeName sends no patch (unchanged) and the binding stays; removing the label
# from the file removes it live (the three-way patch deletes what the last apply had and the file
# no longer has) while volumeName, storageClassName and volumeMode, which no config named, stay.
kubectl apply -f claim.yaml
sleep 5
kubectl get pvc data --show-labels
kubectl apply -f claim.yaml
kubectl get pvc data -o yaml
kubectl apply -f claim-no-label.yaml
kubectl get pvc data --show-labels
kubectl get pvc data -o yaml

# sim: --seed 1 --mode modern --storage manual
# kubectl apply on objects made by kubectl create (the book's way): they have no last-applied
# annotation, so kubectl warns (apply.go warningNoLastAppliedConfigAnnotation, naming the resource
# as resource/name), computes the patch with no original (nothing can be deleted), and the patch
# adds the annotation: configured. From then on the object is managed by apply: unchanged.
# kubectl create --save-config writes the annotation at once, so apply has nothing to say.
kubectl create -f kubia-service-headless.yaml
kubectl apply -f kubia-service-headless.yaml
kubectl apply -f kubia-service-headless.yaml
kubectl get svc kubia -o jsonpath='{.metadata.annotations.kubectl\.kubernetes\.io/last-applied-configuration}'
kubectl create -f kubia-service-public.yaml --save-config
kubectl apply -f kubia-service-public.yaml

# sim: --seed 7 --mode modern --storage dynamic
# ControllerRevisions: every template change is stored as a revision named <set>-<hash> (the
# hash of the template, so the same template always gets the same name), and pods carry the
# name in controller-revision-hash. During a rollout currentRevision and updateRevision differ;
# when every pod is updated the current revision catches up. Rolling back to the first image
# reuses the first revision (same name, its REVISION number bumped to 3) instead of adding one.
# Scaling does not touch the template, so it adds no revision.
kubectl apply -f web.yaml
sleep 30
kubectl get controllerrevisions
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.8
kubectl get controllerrevisions
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
sleep 5
kubectl get pods -l app=nginx -L controller-revision-hash
sleep 60
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl set image statefulset/web nginx=registry.k8s.io/nginx-slim:0.7
kubectl get controllerrevisions
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
sleep 60
kubectl get sts web -o jsonpath='{.status.currentRevision} {.status.updateRevision}{"\n"}'
kubectl get pods -l app=nginx -L controller-revision-hash
kubectl scale sts web --replicas=3
sleep 30
kubectl get controllerrevisions
kubectl get controllerrevisions -o jsonpath='{range .items[*]}{.metadata.name} {.revision} {.metadata.labels.controller\.kubernetes\.io/hash}{"\n"}{end}'

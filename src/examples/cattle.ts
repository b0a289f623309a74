// The "cattle" side of the comparison: a ReplicaSet of nginx pods with random-suffix names,
// all mounting one shared claim because a pod template can only name a fixed claim.

export const CATTLE_YAML = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shared-data
spec:
  accessModes: [ "ReadWriteOnce" ]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: cattle
spec:
  replicas: 3
  selector:
    matchLabels:
      app: cattle
  template:
    metadata:
      labels:
        app: cattle
    spec:
      terminationGracePeriodSeconds: 10
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.7
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: data
          mountPath: /usr/share/nginx/html
      volumes:
      - name: data
        persistentVolumeClaim:
          claimName: shared-data
`;

// The "StatefulSet Basics" tutorial's manifests (kubernetes.io/docs/tutorials/stateful-application/
// basic-stateful-set/), as the tutorial applies them: a headless Service `nginx` and the
// StatefulSet `web` with one `www` claim per pod.

/** The headless Service `nginx` that governs `web`. */
export const NGINX_SERVICE_YAML = `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
`;

/** The StatefulSet `web`; `extra` holds more spec lines (indented two spaces), placed before `replicas`. */
export const webStatefulSet = (replicas: number, extra = '') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
${extra}  replicas: ${replicas}
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      terminationGracePeriodSeconds: 10
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.7
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;

export const WEB_YAML = `${NGINX_SERVICE_YAML}---\n${webStatefulSet(2)}`;
export const WEB_PARALLEL_YAML = `${NGINX_SERVICE_YAML}---\n${webStatefulSet(2, '  podManagementPolicy: "Parallel"\n')}`;

// Manifests some lessons need beyond the built-in examples (src/examples). A lesson passes them
// to its session as files its commands can name with `-f`.

/**
 * The pre-StatefulSet workaround for stable identities: per member, one ReplicaSet of one pod
 * and one ClusterIP Service whose virtual IP and DNS name stay put while the pod changes.
 */
export const PETS_YAML = ['a', 'b', 'c']
  .map(
    (m) => `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: pet-${m}
  labels:
    app: pet
spec:
  replicas: 1
  selector:
    matchLabels:
      app: pet
      member: ${m}
  template:
    metadata:
      labels:
        app: pet
        member: ${m}
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.7
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: pet-${m}
  labels:
    app: pet
spec:
  selector:
    app: pet
    member: ${m}
  ports:
  - port: 80
`,
  )
  .join('---\n');

/**
 * web.yaml with a readiness probe, so a pod can be Running but not Ready (`sim readiness POD
 * fail` makes its app fail the probe). A TCP probe: an HTTP probe of `/` would fail on nginx's
 * 403 for an empty document root.
 */
export const WEB_PROBE_YAML = `apiVersion: v1
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
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
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
        readinessProbe:
          tcpSocket:
            port: 80
          periodSeconds: 2
          failureThreshold: 1
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

/**
 * The book's peer-discovery data store on apps/v1: its kubia-statefulset-peers.yaml still says
 * apps/v1beta1 (which no current API server serves) and has no selector. A TCP readiness probe is
 * added, so the lesson can show DNS records following readiness.
 */
export const KUBIA_PEERS_YAML = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kubia
spec:
  selector:
    matchLabels:
      app: kubia
  serviceName: kubia
  replicas: 2
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: luksa/kubia-pet-peers
        ports:
        - name: http
          containerPort: 8080
        readinessProbe:
          tcpSocket:
            port: 8080
          periodSeconds: 2
          failureThreshold: 1
        volumeMounts:
        - name: data
          mountPath: /var/data
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      resources:
        requests:
          storage: 1Mi
      accessModes:
      - ReadWriteOnce
`;

/** The governing Service of kubia, publishing pods before they are Ready. */
export const KUBIA_SERVICE_UNREADY_YAML = `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector:
    app: kubia
  ports:
  - name: http
    port: 80
`;

/** A fourth hand-made volume, like the book's pv-a, pv-b and pv-c. */
export const PV_D_YAML = `apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-d
spec:
  capacity:
    storage: 1Mi
  accessModes:
  - ReadWriteOnce
  persistentVolumeReclaimPolicy: Retain
  gcePersistentDisk:
    pdName: pv-d
    fsType: ext4
`;

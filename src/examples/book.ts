// Kubernetes in Action, chapter 10: the kubia data store. Three hand-made PersistentVolumes for a
// cluster without dynamic provisioning, the governing headless Service, a public Service, and the
// StatefulSet (apps/v1 with a selector, as the book's repository has it today). The peers variant
// is still apps/v1beta1 without a selector in that repository; a v1.35 API server rejects it.

export const PERSISTENT_VOLUMES_YAML = `kind: List
apiVersion: v1
items:
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-a
  spec:
    capacity:
      storage: 1Mi
    accessModes:
    - ReadWriteOnce
    persistentVolumeReclaimPolicy: Recycle
    gcePersistentDisk:
      pdName: pv-a
      fsType: ext4
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-b
  spec:
    capacity:
      storage: 1Mi
    accessModes:
    - ReadWriteOnce
    persistentVolumeReclaimPolicy: Recycle
    gcePersistentDisk:
      pdName: pv-b
      fsType: ext4
- apiVersion: v1
  kind: PersistentVolume
  metadata:
    name: pv-c
  spec:
    capacity:
      storage: 1Mi
    accessModes:
    - ReadWriteOnce
    persistentVolumeReclaimPolicy: Recycle
    gcePersistentDisk:
      pdName: pv-c
      fsType: ext4
`;

export const KUBIA_SERVICE_HEADLESS_YAML = `apiVersion: v1
kind: Service
metadata:
  name: kubia
spec:
  clusterIP: None
  selector:
    app: kubia
  ports:
  - name: http
    port: 80
`;

export const KUBIA_SERVICE_PUBLIC_YAML = `apiVersion: v1
kind: Service
metadata:
  name: kubia-public
spec:
  selector:
    app: kubia
  ports:
  - port: 80
    targetPort: 8080
`;

/** The book's kubia StatefulSet, by API version, selector block, image and replicas. */
export const kubiaSet = (
  apiVersion: string,
  selector: string,
  image: string,
  replicas: number,
) => `apiVersion: ${apiVersion}
kind: StatefulSet
metadata:
  name: kubia
spec:
${selector}  serviceName: kubia
  replicas: ${replicas}
  template:
    metadata:
      labels:
        app: kubia
    spec:
      containers:
      - name: kubia
        image: ${image}
        ports:
        - name: http
          containerPort: 8080
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

/** The selector apps/v1 requires (apps/v1beta1 defaulted it from the template's labels). */
export const KUBIA_SELECTOR = '  selector:\n    matchLabels:\n      app: kubia\n';

export const KUBIA_STATEFULSET_YAML = kubiaSet('apps/v1', KUBIA_SELECTOR, 'luksa/kubia-pet', 2);
// The repository's peers manifest asks for 3 replicas (the plain one for 2).
export const KUBIA_STATEFULSET_PEERS_YAML = kubiaSet('apps/v1beta1', '', 'luksa/kubia-pet-peers', 3);

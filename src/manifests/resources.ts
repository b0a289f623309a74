// The API resources StatefulSet Lab serves, as discovery would list them (kubectl api-resources).

export interface ResourceInfo {
  kind: string;
  /** API group, "" for the core group. */
  group: string;
  version: string;
  /** "apps/v1" or "v1" */
  apiVersion: string;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
  /** Whether `kubectl apply -f` of this kind is simulated. */
  creatable: boolean;
}

function r(
  kind: string,
  group: string,
  version: string,
  plural: string,
  singular: string,
  shortNames: string[],
  namespaced: boolean,
  creatable = true,
): ResourceInfo {
  return {
    kind,
    group,
    version,
    apiVersion: group ? `${group}/${version}` : version,
    plural,
    singular,
    shortNames,
    namespaced,
    creatable,
  };
}

/** Resource table for `kubectl get` and manifests, in `kubectl api-resources` order. */
export const RESOURCES: readonly ResourceInfo[] = [
  r('Endpoints', '', 'v1', 'endpoints', 'endpoints', ['ep'], true),
  r('Event', '', 'v1', 'events', 'event', ['ev'], true, false),
  r('Node', '', 'v1', 'nodes', 'node', ['no'], false),
  r('PersistentVolumeClaim', '', 'v1', 'persistentvolumeclaims', 'persistentvolumeclaim', ['pvc'], true),
  r('PersistentVolume', '', 'v1', 'persistentvolumes', 'persistentvolume', ['pv'], false),
  r('Pod', '', 'v1', 'pods', 'pod', ['po'], true),
  r('Service', '', 'v1', 'services', 'service', ['svc'], true),
  r('ControllerRevision', 'apps', 'v1', 'controllerrevisions', 'controllerrevision', [], true),
  r('ReplicaSet', 'apps', 'v1', 'replicasets', 'replicaset', ['rs'], true),
  r('StatefulSet', 'apps', 'v1', 'statefulsets', 'statefulset', ['sts'], true),
  r('StorageClass', 'storage.k8s.io', 'v1', 'storageclasses', 'storageclass', ['sc'], false),
];

/**
 * Extra group/versions a book-mode (Kubernetes 1.7) cluster serves: `apps/v1beta1` StatefulSets and
 * ControllerRevisions, `extensions/v1beta1` ReplicaSets, `storage.k8s.io/v1beta1` StorageClasses.
 */
export const BOOK_ONLY_RESOURCES: readonly ResourceInfo[] = [
  r('StatefulSet', 'apps', 'v1beta1', 'statefulsets', 'statefulset', ['sts'], true),
  r('ControllerRevision', 'apps', 'v1beta1', 'controllerrevisions', 'controllerrevision', [], true),
  r('ReplicaSet', 'extensions', 'v1beta1', 'replicasets', 'replicaset', ['rs'], true),
  r('StorageClass', 'storage.k8s.io', 'v1beta1', 'storageclasses', 'storageclass', ['sc'], false),
];

/**
 * Kinds a real v1.35 cluster serves that the simulator does not model: kubectl would accept them,
 * so they get a simulator message rather than kubectl's "no matches for kind".
 */
export const UNSIMULATED_KINDS: Readonly<Record<string, readonly string[]>> = {
  ConfigMap: ['v1'],
  Secret: ['v1'],
  Namespace: ['v1'],
  ServiceAccount: ['v1'],
  ReplicationController: ['v1'],
  PodTemplate: ['v1'],
  LimitRange: ['v1'],
  ResourceQuota: ['v1'],
  Binding: ['v1'],
  Deployment: ['apps/v1'],
  DaemonSet: ['apps/v1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1'],
  Ingress: ['networking.k8s.io/v1'],
  IngressClass: ['networking.k8s.io/v1'],
  NetworkPolicy: ['networking.k8s.io/v1'],
  EndpointSlice: ['discovery.k8s.io/v1'],
  PodDisruptionBudget: ['policy/v1'],
  HorizontalPodAutoscaler: ['autoscaling/v2', 'autoscaling/v1'],
  Role: ['rbac.authorization.k8s.io/v1'],
  RoleBinding: ['rbac.authorization.k8s.io/v1'],
  ClusterRole: ['rbac.authorization.k8s.io/v1'],
  ClusterRoleBinding: ['rbac.authorization.k8s.io/v1'],
  PriorityClass: ['scheduling.k8s.io/v1'],
  CSIDriver: ['storage.k8s.io/v1'],
  VolumeAttachment: ['storage.k8s.io/v1'],
  CustomResourceDefinition: ['apiextensions.k8s.io/v1'],
  Lease: ['coordination.k8s.io/v1'],
};

/** "statefulset.apps" / "pod": the prefix kubectl prints before "/name" (e.g. `statefulset.apps/web created`). */
export function resourcePrefix(res: ResourceInfo): string {
  return res.group ? `${res.singular}.${res.group}` : res.singular;
}

/** `statefulset.apps/web` */
export function formatResourceRef(res: ResourceInfo, name: string): string {
  return `${resourcePrefix(res)}/${name}`;
}

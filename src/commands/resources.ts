// Resource types as `kubectl get TYPE` names them: plural, singular, short names, and the
// group-qualified name kubectl prints (`statefulset.apps/web`).
import type { StoredKind } from '../sim/engine/world.ts';

export interface ResourceType {
  kind: StoredKind;
  plural: string;
  singular: string;
  short: string[];
  group: string;
  apiVersion: string;
  namespaced: boolean;
}

export const RESOURCES: ResourceType[] = [
  { kind: 'Pod', plural: 'pods', singular: 'pod', short: ['po'], group: '', apiVersion: 'v1', namespaced: true },
  {
    kind: 'StatefulSet',
    plural: 'statefulsets',
    singular: 'statefulset',
    short: ['sts'],
    group: 'apps',
    apiVersion: 'apps/v1',
    namespaced: true,
  },
  {
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    short: ['pvc'],
    group: '',
    apiVersion: 'v1',
    namespaced: true,
  },
  {
    kind: 'PersistentVolume',
    plural: 'persistentvolumes',
    singular: 'persistentvolume',
    short: ['pv'],
    group: '',
    apiVersion: 'v1',
    namespaced: false,
  },
  {
    kind: 'Service',
    plural: 'services',
    singular: 'service',
    short: ['svc'],
    group: '',
    apiVersion: 'v1',
    namespaced: true,
  },
  {
    kind: 'Endpoints',
    plural: 'endpoints',
    singular: 'endpoints',
    short: ['ep'],
    group: '',
    apiVersion: 'v1',
    namespaced: true,
  },
  { kind: 'Node', plural: 'nodes', singular: 'node', short: ['no'], group: '', apiVersion: 'v1', namespaced: false },
  { kind: 'Event', plural: 'events', singular: 'event', short: ['ev'], group: '', apiVersion: 'v1', namespaced: true },
  {
    kind: 'ControllerRevision',
    plural: 'controllerrevisions',
    singular: 'controllerrevision',
    short: [],
    group: 'apps',
    apiVersion: 'apps/v1',
    namespaced: true,
  },
  {
    kind: 'ReplicaSet',
    plural: 'replicasets',
    singular: 'replicaset',
    short: ['rs'],
    group: 'apps',
    apiVersion: 'apps/v1',
    namespaced: true,
  },
  {
    kind: 'StorageClass',
    plural: 'storageclasses',
    singular: 'storageclass',
    short: ['sc'],
    group: 'storage.k8s.io',
    apiVersion: 'storage.k8s.io/v1',
    namespaced: false,
  },
];

export function lookupResource(name: string): ResourceType | undefined {
  const n = name.toLowerCase();
  const base = n.includes('.') ? n.slice(0, n.indexOf('.')) : n;
  const group = n.includes('.') ? n.slice(n.indexOf('.') + 1) : undefined;
  return RESOURCES.find(
    (r) =>
      (r.plural === base || r.singular === base || r.short.includes(base) || r.kind.toLowerCase() === base) &&
      (group === undefined || group === r.group || (group.startsWith(r.group) && r.group !== '')),
  );
}

export function byKind(kind: StoredKind): ResourceType {
  return RESOURCES.find((r) => r.kind === kind)!;
}

/** `statefulset.apps/web`, `pod/web-0`: the `-o name` and mutation-message form. */
export function qualified(kind: StoredKind, name: string): string {
  const r = byKind(kind);
  return `${r.singular}${r.group ? `.${r.group}` : ''}/${name}`;
}

/** `statefulsets.apps "web"`: the form used in NotFound and AlreadyExists errors. */
export function pluralQualified(kind: StoredKind, name: string): string {
  const r = byKind(kind);
  return `${r.plural}${r.group ? `.${r.group}` : ''} "${name}"`;
}

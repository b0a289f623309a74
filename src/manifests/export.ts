// Export: the sandbox's own objects as one `kind: List` that a real cluster accepts with
// `kubectl apply -f`. Only what a user would have written is kept (names, labels, annotations,
// spec); whatever the API server, the controllers or the admission plugins filled in is stripped,
// and objects the target cluster makes by itself (the `kubernetes` Service, pods of controllers,
// claims a StatefulSet will create, dynamically provisioned volumes) are left out, each with the
// reason, so that nothing disappears silently.
//
// Decisions (and why):
// - StorageClasses other than the default class are exported; the default one (the sandbox's
//   built-in `standard`, or an imported cluster's) is left to the target cluster, and claims that
//   got its name from admission are exported without a class.
// - A StatefulSet's claims for ordinals in [start, start+replicas) are left to its controller,
//   which creates identical ones; claims it keeps for ordinals outside that range (retained after
//   a scale-down) and stand-alone claims are exported, or they would be lost.
// - Hand-made PVs keep their binding as a pre-bind (`claimRef` with name and namespace only, the
//   claim with `volumeName`), so the same claim gets the same volume on the target cluster.
//   Dynamically provisioned PVs are left to the target cluster's provisioner.
// - A sandbox without a default StorageClass (manual storage) binds class-less claims to class-less
//   PVs. On a cluster with a default class the same claims would be given that class and never
//   bind, so claims and claim templates without a class are exported with `storageClassName: ""`.
// - Objects keep `namespace: default`: hand-made PVs name their claims' namespace.
// - Book-mode `apps/v1beta1` objects are exported as `apps/v1`, which is what a cluster serves today.
import type { World } from '../sim/engine/world.ts';
import type {
  Endpoints,
  KubeObject,
  ObjectMeta,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  ReplicaSet,
  Service,
  StatefulSet,
  StorageClass,
} from '../sim/model/types.ts';
import { asList, toYaml, type KubectlList } from '../commands/format/objects.ts';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Annotations the API server, controllers or provisioners write; never the user's. */
const SERVER_ANNOTATIONS = new Set([
  LAST_APPLIED,
  'pv.kubernetes.io/bind-completed',
  'pv.kubernetes.io/bound-by-controller',
  'pv.kubernetes.io/provisioned-by',
  'pv.kubernetes.io/migrated-to',
  'volume.beta.kubernetes.io/storage-provisioner',
  'volume.kubernetes.io/storage-provisioner',
  'volume.kubernetes.io/selected-node',
  'local.path.provisioner/selected-node',
  'deployment.kubernetes.io/revision',
  'endpoints.kubernetes.io/last-change-trigger-time',
]);

/** Finalizers the API server adds by itself. */
const SERVER_FINALIZERS = new Set([
  'kubernetes.io/pv-protection',
  'kubernetes.io/pvc-protection',
  'external-provisioner.volume.kubernetes.io/finalizer',
]);

/**
 * The default class: the built-in one of a `dynamic` sandbox, or an imported cluster's. The target
 * cluster has a default class of its own, and a second one would make claims ambiguous.
 */
function isDefaultClass(sc: StorageClass): boolean {
  return sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true';
}

export interface Omitted {
  kind: string;
  name: string;
  reason: string;
}

export interface ExportResult {
  /** The List as kubectl prints YAML (go-yaml key order and quoting), ready for `kubectl apply -f`. */
  yaml: string;
  list: KubectlList;
  /** Objects of the sandbox left out of the export, and why. */
  omitted: Omitted[];
  /** What the reader should know before applying it to a real cluster. */
  notes: string[];
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

function byName<T extends { metadata: ObjectMeta }>(objs: T[]): T[] {
  return objs
    .slice()
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
}

/** The metadata a user writes: name, namespace, labels, own annotations and finalizers. */
function userMeta(m: ObjectMeta, namespaced: boolean): ObjectMeta {
  const out: ObjectMeta = { name: m.name };
  if (namespaced) out.namespace = m.namespace ?? 'default';
  if (m.labels && Object.keys(m.labels).length) out.labels = { ...m.labels };
  const annotations = Object.entries(m.annotations ?? {}).filter(([k]) => !SERVER_ANNOTATIONS.has(k));
  if (annotations.length) out.annotations = Object.fromEntries(annotations);
  const finalizers = (m.finalizers ?? []).filter((f) => !SERVER_FINALIZERS.has(f));
  if (finalizers.length) out.finalizers = finalizers;
  return out;
}

function isController(m: ObjectMeta): boolean {
  return (m.ownerReferences ?? []).some((r) => r.controller);
}

function defaultClassName(world: World): string | undefined {
  return Object.values(world.objects.StorageClass).find(
    (s) => s.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
  )?.metadata.name;
}

/** Claim names the StatefulSet controller will create itself on the target cluster. */
function controllerClaims(world: World): Map<string, string> {
  const out = new Map<string, string>();
  for (const set of Object.values(world.objects.StatefulSet)) {
    if (set.metadata.deletionTimestamp) continue;
    const start = set.spec.ordinals?.start ?? 0;
    const replicas = set.spec.replicas ?? 1;
    for (const t of set.spec.volumeClaimTemplates ?? [])
      for (let o = start; o < start + replicas; o++)
        out.set(`${t.metadata.name}-${set.metadata.name}-${o}`, set.metadata.name);
  }
  return out;
}

function exportStatefulSet(set: StatefulSet, classless: boolean): Record<string, unknown> {
  const spec = clone(set.spec);
  if (!spec.selector && spec.template.metadata?.labels)
    spec.selector = { matchLabels: { ...spec.template.metadata.labels } };
  const tm = spec.template.metadata as Record<string, unknown> | undefined;
  if (tm && tm.creationTimestamp === null) delete tm.creationTimestamp;
  for (const t of spec.volumeClaimTemplates ?? []) {
    delete t.status;
    const m = t.metadata as Record<string, unknown>;
    if (m.creationTimestamp === null) delete m.creationTimestamp;
    if (classless && t.spec.storageClassName === undefined) t.spec.storageClassName = '';
  }
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: userMeta(set.metadata, true), spec };
}

function exportReplicaSet(rs: ReplicaSet): Record<string, unknown> {
  const spec = clone(rs.spec);
  if (!spec.selector && spec.template.metadata?.labels)
    spec.selector = { matchLabels: { ...spec.template.metadata.labels } };
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: userMeta(rs.metadata, true), spec };
}

function exportService(svc: Service): Record<string, unknown> {
  const spec = clone(svc.spec) as Service['spec'] & Record<string, unknown>;
  // The target cluster allocates its own addresses and node ports; headless stays headless.
  if (spec.clusterIP !== 'None') delete spec.clusterIP;
  delete spec.clusterIPs;
  delete spec.ipFamilies;
  delete spec.ipFamilyPolicy;
  delete spec.healthCheckNodePort;
  for (const p of spec.ports ?? []) delete p.nodePort;
  return { apiVersion: 'v1', kind: 'Service', metadata: userMeta(svc.metadata, true), spec };
}

function exportEndpoints(ep: Endpoints): Record<string, unknown> {
  const out: Record<string, unknown> = { apiVersion: 'v1', kind: 'Endpoints', metadata: userMeta(ep.metadata, true) };
  if (ep.subsets) {
    const subsets = clone(ep.subsets);
    for (const s of subsets)
      for (const a of [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])]) {
        if (a.targetRef) delete (a.targetRef as { uid?: string }).uid;
      }
    out.subsets = subsets;
  }
  return out;
}

function exportStorageClass(sc: StorageClass): Record<string, unknown> {
  const { apiVersion: _a, kind: _k, metadata, ...rest } = clone(sc) as StorageClass & Record<string, unknown>;
  return { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: userMeta(metadata, false), ...rest };
}

function exportPod(pod: Pod, tolerationSeconds: number): Record<string, unknown> {
  const spec = clone(pod.spec);
  // Scheduling is the target cluster's; the DefaultTolerationSeconds plugin adds these two again.
  delete spec.nodeName;
  const tolerations = (spec.tolerations ?? []).filter(
    (t) =>
      !(
        (t.key === 'node.kubernetes.io/not-ready' || t.key === 'node.kubernetes.io/unreachable') &&
        t.operator === 'Exists' &&
        t.effect === 'NoExecute' &&
        t.tolerationSeconds === tolerationSeconds
      ),
  );
  if (tolerations.length) spec.tolerations = tolerations;
  else delete spec.tolerations;
  return { apiVersion: 'v1', kind: 'Pod', metadata: userMeta(pod.metadata, true), spec };
}

function exportClaim(
  pvc: PersistentVolumeClaim,
  keepVolume: boolean,
  defaultClass: string | undefined,
  classless: boolean,
  boundPV: PersistentVolume | undefined,
): Record<string, unknown> {
  const spec = clone(pvc.spec);
  if (keepVolume && boundPV) {
    // A pre-bound claim must ask for the volume's class, or the target's default class would be
    // given to it and the binder would refuse the volume.
    if (classless && spec.storageClassName === undefined) spec.storageClassName = boundPV.spec.storageClassName ?? '';
  } else {
    delete spec.volumeName;
    // The sandbox's default class was given by admission; the target cluster gives its own.
    if (defaultClass !== undefined && spec.storageClassName === defaultClass) delete spec.storageClassName;
    if (classless && spec.storageClassName === undefined) spec.storageClassName = '';
  }
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: userMeta(pvc.metadata, true), spec };
}

function exportVolume(
  pv: PersistentVolume,
  claim: PersistentVolumeClaim | undefined,
  reserved: PersistentVolume['spec']['claimRef'],
): Record<string, unknown> {
  const spec = clone(pv.spec);
  if (claim)
    spec.claimRef = {
      kind: 'PersistentVolumeClaim',
      namespace: claim.metadata.namespace ?? 'default',
      name: claim.metadata.name,
    };
  else if (reserved)
    spec.claimRef = {
      ...(reserved.kind ? { kind: reserved.kind } : {}),
      namespace: reserved.namespace || 'default',
      name: reserved.name,
    };
  else delete spec.claimRef;
  return { apiVersion: 'v1', kind: 'PersistentVolume', metadata: userMeta(pv.metadata, false), spec };
}

export interface ExportOptions {
  /**
   * Export claims and claim templates without a class as they are, instead of with
   * `storageClassName: ""` (for applying back to a sandbox without a default class: a StatefulSet's
   * claim templates cannot change once created).
   */
  keepClassless?: boolean;
}

/**
 * The sandbox's user-level objects as a kubectl `List`, in the order a cluster needs them
 * (classes, volumes, claims, Services, then workloads). Does not change the world.
 */
export function exportWorld(world: World, opts: ExportOptions = {}): ExportResult {
  const o = world.objects;
  const omitted: Omitted[] = [];
  const notes: string[] = [];
  const defaultClass = defaultClassName(world);
  const classless = defaultClass === undefined && !opts.keepClassless;
  const byController = controllerClaims(world);

  const classes: Record<string, unknown>[] = [];
  for (const sc of byName(Object.values(o.StorageClass))) {
    if (isDefaultClass(sc)) {
      omitted.push({
        kind: 'StorageClass',
        name: sc.metadata.name,
        reason: 'the default class (the target cluster has its own)',
      });
      continue;
    }
    classes.push(exportStorageClass(sc));
  }

  // Volumes: hand-made ones only. A Bound volume keeps its claim as a pre-bind.
  const handMade = new Set<string>();
  const volumes: Record<string, unknown>[] = [];
  for (const pv of byName(Object.values(o.PersistentVolume))) {
    const name = pv.metadata.name;
    if (pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by']) {
      omitted.push({
        kind: 'PersistentVolume',
        name,
        reason: `provisioned for claim ${pv.spec.claimRef?.name ?? '?'}; the target cluster provisions its own`,
      });
      continue;
    }
    if (pv.metadata.deletionTimestamp) {
      omitted.push({ kind: 'PersistentVolume', name, reason: 'being deleted' });
      continue;
    }
    const ref = pv.spec.claimRef;
    const claim = ref ? o.PersistentVolumeClaim[ref.name] : undefined;
    const bound =
      pv.status.phase === 'Bound' &&
      claim !== undefined &&
      !claim.metadata.deletionTimestamp &&
      claim.spec.volumeName === name;
    // Reserved by hand for a claim that does not exist yet (a claimRef without a uid).
    const reserved = ref !== undefined && !ref.uid && pv.status.phase !== 'Released';
    if (ref && !bound && !reserved)
      notes.push(
        `PersistentVolume ${name} is ${pv.status.phase ?? 'unbound'} (its claim ${ref.name} is gone); it is exported unbound, so it becomes Available again.`,
      );
    handMade.add(name);
    volumes.push(exportVolume(pv, bound ? claim : undefined, reserved ? ref : undefined));
  }

  const claims: Record<string, unknown>[] = [];
  for (const pvc of byName(Object.values(o.PersistentVolumeClaim))) {
    const name = pvc.metadata.name;
    if (pvc.metadata.deletionTimestamp) {
      omitted.push({ kind: 'PersistentVolumeClaim', name, reason: 'being deleted' });
      continue;
    }
    const owner = byController.get(name);
    if (owner) {
      omitted.push({
        kind: 'PersistentVolumeClaim',
        name,
        reason: `StatefulSet ${owner} creates it from its volumeClaimTemplates`,
      });
      continue;
    }
    const volume = pvc.spec.volumeName;
    const keep = volume !== undefined && handMade.has(volume) && pvc.status.phase === 'Bound';
    claims.push(exportClaim(pvc, keep, defaultClass, classless, keep ? o.PersistentVolume[volume] : undefined));
  }

  const services: Record<string, unknown>[] = [];
  const endpoints: Record<string, unknown>[] = [];
  for (const svc of byName(Object.values(o.Service))) {
    if (svc.metadata.name === 'kubernetes') {
      omitted.push({ kind: 'Service', name: 'kubernetes', reason: 'the API server creates it' });
      continue;
    }
    if (svc.metadata.deletionTimestamp) continue;
    services.push(exportService(svc));
  }
  for (const ep of byName(Object.values(o.Endpoints))) {
    const svc = o.Service[ep.metadata.name];
    if (ep.metadata.name === 'kubernetes' || (svc && svc.spec.selector && Object.keys(svc.spec.selector).length)) {
      omitted.push({
        kind: 'Endpoints',
        name: ep.metadata.name,
        reason:
          ep.metadata.name === 'kubernetes' ? 'the API server maintains it' : 'the endpoints controller maintains it',
      });
      continue;
    }
    endpoints.push(exportEndpoints(ep));
  }

  const workloads: Record<string, unknown>[] = [];
  for (const set of byName(Object.values(o.StatefulSet))) {
    if (set.metadata.deletionTimestamp) {
      omitted.push({ kind: 'StatefulSet', name: set.metadata.name, reason: 'being deleted' });
      continue;
    }
    const behind = Object.values(o.Pod)
      .filter(
        (p) =>
          p.metadata.ownerReferences?.some((r) => r.controller && r.uid === set.metadata.uid) &&
          set.status.updateRevision !== undefined &&
          p.metadata.labels?.['controller-revision-hash'] !== set.status.updateRevision,
      )
      .map((p) => p.metadata.name)
      .sort();
    if (behind.length)
      notes.push(
        `StatefulSet ${set.metadata.name} is partway through a rollout (${behind.join(', ')} still run${behind.length === 1 ? 's' : ''} an older template); a cluster creating it from this file starts every pod from the current template.`,
      );
    if (set.apiVersion !== 'apps/v1')
      notes.push(
        `StatefulSet ${set.metadata.name} was ${set.apiVersion}; it is exported as apps/v1, the version clusters serve today.`,
      );
    workloads.push(exportStatefulSet(set, classless));
  }
  for (const rs of byName(Object.values(o.ReplicaSet))) {
    if (isController(rs.metadata)) {
      omitted.push({ kind: 'ReplicaSet', name: rs.metadata.name, reason: 'owned by a controller' });
      continue;
    }
    if ((rs.apiVersion as string) !== 'apps/v1')
      notes.push(`ReplicaSet ${rs.metadata.name} was ${rs.apiVersion as string}; it is exported as apps/v1.`);
    workloads.push(exportReplicaSet(rs));
  }
  for (const pod of byName(Object.values(o.Pod))) {
    const name = pod.metadata.name;
    const ctrl = (pod.metadata.ownerReferences ?? []).find((r) => r.controller);
    if (ctrl) {
      omitted.push({ kind: 'Pod', name, reason: `${ctrl.kind} ${ctrl.name} creates it` });
      continue;
    }
    if (pod.metadata.deletionTimestamp || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
      omitted.push({ kind: 'Pod', name, reason: pod.metadata.deletionTimestamp ? 'being deleted' : 'finished' });
      continue;
    }
    workloads.push(exportPod(pod, world.config.defaultTolerationSeconds));
  }

  for (const [kind, what] of [
    ['Node', 'the cluster itself'],
    ['ControllerRevision', 'the StatefulSet controller records them'],
  ] as const)
    for (const x of byName(Object.values(o[kind]) as KubeObject[]))
      omitted.push({ kind, name: x.metadata.name, reason: what });

  if (classless && (claims.length || workloads.some((w) => w.kind === 'StatefulSet')))
    notes.push(
      'This sandbox has no default StorageClass, so claims bind to hand-made volumes; claims and claim templates without a class are exported with storageClassName: "" to keep it that way on a cluster that has a default class.',
    );
  const list = asList([...classes, ...volumes, ...claims, ...services, ...endpoints, ...workloads]);
  return { yaml: toYaml(list), list, omitted, notes };
}

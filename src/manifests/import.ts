// Import: a real cluster's state, as `kubectl get nodes,statefulsets,pods,pvc,pv,services -A -o yaml`
// (or -o json) prints it, rebuilt into a World the student can go on simulating from.
//
// What it models and how:
// - Nodes keep their names, labels, taints, conditions and addresses; their kubelets go on posting
//   every 5 minutes from their last heartbeat. A node whose Ready condition is Unknown is taken as
//   cut off from the control plane (`sim heal NODE` brings it back), with its unreachable taints;
//   the taint manager evicts from each taint's timeAdded, so pending evictions fall due on time.
//   Nodes named by pods but missing from the dump are created Ready; with no node named at all,
//   the lab's default nodes are created.
// - Pods keep their node, IP, phase, conditions, container states, restart counts, images and
//   labels (controller-revision-hash included). The kubelet's truth (`world.nodes[n].runtime`) is
//   rebuilt from the status: running containers run, Ready ones are ready, ContainerCreating and
//   image-pull back-off continue from where they were, readiness probes keep probing.
// - StatefulSets keep their spec and status. ControllerRevisions are taken from the dump when
//   present; otherwise the update revision is recreated from the set's template and any other
//   revision named by a pod from that pod's images, so the controller sees the same rollout state
//   (without this it would invent a revision of its own and roll every pod).
// - Claims and volumes keep their bindings (claimRef uid included); StorageClasses come from the
//   dump, or are inferred from the volumes' provisioners.
// - Only one namespace is modelled. It is `default`, or the one namespace holding StatefulSets when
//   `default` holds none, or the one asked for; its objects appear in the lab's `default`.
//   Everything in other namespaces (kube-system, …) is listed as skipped.
// - Objects without a status (plain manifests, such as an export) are created as new objects,
//   with admission (default class, default tolerations) and ClusterIP allocation, like `kubectl create`.
//
// Nothing is silently dropped: whole objects left out are in `skipped` with the reason; fields
// left out of imported objects are in `dropped`; `notes` explains the rest. Invalid YAML gives the
// parser's error and no world. No input makes it throw.
import { Cluster } from '../sim/engine/cluster.ts';
import { admitClaim, admitPod } from '../sim/engine/admission.ts';
import { nextRandom, randomInt, randomUid } from '../sim/engine/rng.ts';
import { isoSeconds, parseStamp, stamp } from '../sim/engine/time.ts';
import type { NodeSim, PodRuntime, StorageModel, World } from '../sim/engine/world.ts';
import { createWorld, Simulator } from '../sim/simulator.ts';
import { NODE_STATUS_REPORT_MS, readyConditions, taintUnreachable } from '../sim/controllers/nodeLifecycle.ts';
import { templatePatch } from '../sim/controllers/statefulset/revisions.ts';
import { builtinImage, lookupImage, SEEN_RUNNING } from '../sim/model/images.ts';
import type {
  ContainerState,
  ContainerStatus,
  ControllerRevision,
  Endpoints,
  KubeObject,
  Node,
  NodeCondition,
  ObjectMeta,
  OwnerReference,
  PersistentVolume,
  PersistentVolumeClaim,
  Pod,
  PodCondition,
  PodStatus,
  ReplicaSet,
  Service,
  StatefulSet,
  StatefulSetStatus,
  StorageClass,
} from '../sim/model/types.ts';
import { applyDefaults, cloneJson } from './defaults.ts';
import { fieldErrorText } from './field-errors.ts';
import { parseManifests } from './parse.ts';
import { resolveManifestObject } from './resolve.ts';
import { UNSIMULATED_KINDS } from './resources.ts';
import { checkDecode } from './strict-decode.ts';
import { validationErrors } from './validate.ts';

type Obj = Record<string, unknown>;

export interface ImportOptions {
  /** The name shown in parse errors (default "import.yaml"). */
  source?: string;
  /** The namespace to bring in as the lab's `default` (default: chosen as described above). */
  namespace?: string;
  /** Seeds the random choices of the continued simulation (default 1). */
  seed?: number;
  /** `auto` (default) infers it from the dump's classes and volumes. */
  storage?: StorageModel | 'auto';
  /** Nodes to create when the dump names none (default 3). */
  nodes?: number;
  /**
   * When the dump was taken (epoch ms; the caller's clock, e.g. when the text was pasted). The lab's
   * "now" is this, or the dump's latest timestamp when that is later or this is not given.
   */
  at?: number;
}

export interface Skipped {
  kind: string;
  name: string;
  namespace?: string;
  reason: string;
}

export interface Dropped {
  kind: string;
  name: string;
  /** Paths of fields present in the dump but not kept, e.g. `status.images`, `spec.podCIDRs`. */
  fields: string[];
}

export type ImportResult =
  { ok: true; world: World; skipped: Skipped[]; dropped: Dropped[]; notes: string[] } | { ok: false; error: string };

const MODELLED = [
  'Node',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Service',
  'Endpoints',
  'StatefulSet',
  'ControllerRevision',
  'ReplicaSet',
  'Pod',
] as const;
type ModelledKind = (typeof MODELLED)[number];
const CLUSTER_SCOPED = new Set<string>(['Node', 'PersistentVolume', 'StorageClass']);

const WHY_NOT: Record<string, string> = {
  Event: 'events are not imported; the lab records its own from here on',
  EndpointSlice: 'not modelled: the lab keeps v1 Endpoints, computed from the pods',
  Deployment: 'not modelled (its ReplicaSets and their pods can be imported)',
  Namespace: 'not modelled: the lab has one namespace',
  DaemonSet: 'not modelled',
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const int = (v: unknown): number | undefined => {
  const n = num(v);
  return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
};
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strMap = (v: unknown): Record<string, string> | undefined => {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
};

/** Milliseconds of an RFC 3339 instant, or undefined for anything a Date cannot print back. */
function instant(v: unknown): number | undefined {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[-+]\d{2}:\d{2})$/.test(v))
    return undefined;
  const ms = Date.parse(v);
  // Years 1970..9999: printable by toISOString and by the kubectl time formats.
  return Number.isFinite(ms) && ms >= 0 && ms < 253402300800000 ? ms : undefined;
}

/** A timestamp kept only when it is a real instant, in the API server's form (whole seconds, UTC). */
function time(v: unknown): string | undefined {
  const ms = instant(v);
  return ms === undefined ? undefined : isoSeconds(ms);
}

function latestInstant(v: unknown, depth = 0): number | undefined {
  if (depth > 64) return undefined;
  if (typeof v === 'string') return instant(v);
  let best: number | undefined;
  const take = (x: number | undefined) => {
    if (x !== undefined && (best === undefined || x > best)) best = x;
  };
  if (Array.isArray(v)) for (const x of v) take(latestInstant(x, depth + 1));
  else if (isObj(v)) for (const x of Object.values(v)) take(latestInstant(x, depth + 1));
  return best;
}

interface Candidate {
  kind: ModelledKind;
  name: string;
  /** The object as dumped. */
  raw: Obj;
  /** The object as stored (metadata cleaned, spec defaulted, status sanitised). */
  obj: KubeObject;
  /** Dumped without a status: a manifest to create, not a live object. */
  fresh: boolean;
}

class Importer {
  readonly skipped: Skipped[] = [];
  readonly dropped: Dropped[] = [];
  readonly notes: string[] = [];
  private readonly noteSet = new Set<string>();
  readonly namespace: string;
  world!: World;
  private cands: Candidate[] = [];

  constructor(
    private readonly items: Obj[],
    private readonly opts: ImportOptions,
  ) {
    this.namespace = this.chooseNamespace();
  }

  note(text: string): void {
    if (this.noteSet.has(text)) return;
    this.noteSet.add(text);
    this.notes.push(text);
  }

  skip(kind: string, name: string, reason: string, namespace?: string): void {
    this.skipped.push(namespace !== undefined ? { kind, name, namespace, reason } : { kind, name, reason });
  }

  private chooseNamespace(): string {
    if (this.opts.namespace !== undefined) return this.opts.namespace;
    const withSets = new Set<string>();
    for (const it of this.items) {
      if (it.kind !== 'StatefulSet') continue;
      const m = isObj(it.metadata) ? it.metadata : {};
      withSets.add(str(m.namespace) || 'default');
    }
    if (withSets.has('default') || withSets.size === 0) {
      if (withSets.size > 1)
        this.note(
          `StatefulSets in ${[...withSets].filter((n) => n !== 'default').join(', ')} were left out: the lab shows one namespace (import again choosing that namespace to see them).`,
        );
      return 'default';
    }
    if (withSets.size === 1) return [...withSets][0]!;
    this.note(
      `StatefulSets are in several namespaces (${[...withSets].sort().join(', ')}); only default is imported (import again choosing a namespace).`,
    );
    return 'default';
  }

  run(): World {
    const latest = latestInstant(this.items);
    const at = this.opts.at;
    const valid = at !== undefined && Number.isFinite(at) && at >= 0 && at < 253402300800000;
    const epoch = valid && (latest === undefined || at > latest) ? at : latest;
    for (const raw of this.items) this.candidate(raw);
    this.resolveOwners();
    const storage = this.storageModel();
    this.world = createWorld({ seed: this.opts.seed ?? 1, nodes: 0, storage: 'manual', mode: 'modern' });
    const w = this.world;
    if (epoch !== undefined) {
      // Virtual time 0 is the moment of the dump; the built-in objects were born two days earlier.
      w.config.epochMs = Math.ceil(epoch / 1000) * 1000;
      const born = stamp(w, -2 * 86_400_000);
      for (const o of Object.values(w.objects.Service)) o.metadata.creationTimestamp = born;
      for (const o of Object.values(w.objects.Endpoints)) o.metadata.creationTimestamp = born;
    }
    w.config.storage = storage.model;
    const c = new Cluster(w, [], {});
    for (const sc of storage.classes) this.store(c, sc);
    this.storeAll(c);
    this.buildNodes(c);
    this.buildRevisions(c);
    this.buildRuntime(c);
    this.reportDropped();
    this.summarise();
    return w;
  }

  // ---- one object ----

  private candidate(raw: Obj): void {
    const kind = str(raw.kind) ?? '';
    const meta = isObj(raw.metadata) ? raw.metadata : {};
    const name = str(meta.name) ?? '';
    const ns = str(meta.namespace);
    if (!(MODELLED as readonly string[]).includes(kind)) {
      const real = UNSIMULATED_KINDS[kind];
      const reason = WHY_NOT[kind] ?? (real ? 'not modelled' : 'not a kind the lab knows');
      this.skip(kind || '(no kind)', name, reason, ns);
      return;
    }
    const k = kind as ModelledKind;
    const res = resolveManifestObject(raw, { source: this.opts.source ?? 'import.yaml', mode: 'modern' });
    if (!res.ok) {
      this.skip(kind, name, res.error.split('\n')[0]!, ns);
      return;
    }
    if (!name) {
      this.skip(kind, '', 'it has no metadata.name', ns);
      return;
    }
    if (!CLUSTER_SCOPED.has(k)) {
      const from = ns || 'default';
      if (from !== this.namespace) {
        this.skip(kind, name, `in namespace ${from}; the lab models one namespace (${this.namespace})`, from);
        return;
      }
    }
    if (this.cands.some((x) => x.kind === k && x.name === name)) {
      this.skip(kind, name, 'a second object of that name', ns);
      return;
    }
    // The object as a request body: status and bookkeeping removed, namespace mapped.
    const body = cloneJson(raw);
    delete body.status;
    const m = isObj(body.metadata) ? body.metadata : {};
    delete m.managedFields;
    delete m.resourceVersion;
    delete m.selfLink;
    if (CLUSTER_SCOPED.has(k)) delete m.namespace;
    else m.namespace = 'default';
    if (k === 'ControllerRevision') normaliseRevisionData(body);
    const decode = checkDecode(body, k);
    if (decode.typeError) {
      this.skip(kind, name, `invalid: ${decode.typeError}`, ns);
      return;
    }
    const fresh = raw.status === undefined && k !== 'ControllerRevision';
    let obj: Obj;
    try {
      obj = applyDefaults(body, { mode: 'modern' });
      const errs = validationErrors(obj);
      if (errs.length) {
        this.skip(kind, name, `invalid: ${fieldErrorText(errs[0]!)}`, ns);
        return;
      }
      this.finish(k, obj, raw, fresh);
    } catch (e) {
      this.skip(kind, name, `could not be read: ${e instanceof Error ? e.message : String(e)}`, ns);
      return;
    }
    this.cands.push({ kind: k, name, raw, obj: obj as unknown as KubeObject, fresh });
  }

  /** Metadata kept as the API server stores it; status sanitised to the fields the lab models. */
  private finish(kind: ModelledKind, obj: Obj, raw: Obj, fresh: boolean): void {
    const m = obj.metadata as Obj;
    const meta: ObjectMeta = { name: m.name as string };
    if (!CLUSTER_SCOPED.has(kind)) meta.namespace = 'default';
    for (const f of ['generateName', 'uid'] as const) if (str(m[f])) meta[f] = m[f] as string;
    for (const f of ['creationTimestamp', 'deletionTimestamp'] as const) {
      const t = time(m[f]);
      if (t) meta[f] = t;
      else if (m[f] !== undefined && m[f] !== null)
        this.note(`${kind} ${meta.name}: ${f} ${JSON.stringify(m[f])} is not a time the lab can use; it was replaced.`);
    }
    if (int(m.deletionGracePeriodSeconds) !== undefined)
      meta.deletionGracePeriodSeconds = m.deletionGracePeriodSeconds as number;
    if (int(m.generation) !== undefined) meta.generation = m.generation as number;
    const labels = strMap(m.labels);
    if (labels && Object.keys(labels).length) meta.labels = labels;
    const annotations = strMap(m.annotations);
    if (annotations && Object.keys(annotations).length) meta.annotations = annotations;
    const finalizers = list(m.finalizers).filter((x): x is string => typeof x === 'string');
    if (finalizers.length) meta.finalizers = finalizers;
    const refs = list(m.ownerReferences)
      .filter(isObj)
      .map((r): OwnerReference => ({
        apiVersion: str(r.apiVersion) ?? '',
        kind: str(r.kind) ?? '',
        name: str(r.name) ?? '',
        uid: str(r.uid) ?? '',
        ...(bool(r.controller) !== undefined ? { controller: r.controller as boolean } : {}),
        ...(bool(r.blockOwnerDeletion) !== undefined ? { blockOwnerDeletion: r.blockOwnerDeletion as boolean } : {}),
      }));
    if (refs.length) meta.ownerReferences = refs;
    obj.metadata = meta;
    // Every kind with a spec has one, even when the dump left it out.
    if (kind !== 'StorageClass' && kind !== 'Endpoints' && kind !== 'ControllerRevision' && !isObj(obj.spec))
      obj.spec = {};
    const status = raw.status;
    switch (kind) {
      case 'Pod':
        obj.status = fresh ? { phase: 'Pending' } : podStatus(status);
        break;
      case 'Node':
        obj.status = nodeStatus(status);
        break;
      case 'PersistentVolumeClaim':
        obj.status = fresh ? { phase: 'Pending' } : claimStatus(status);
        break;
      case 'PersistentVolume':
        obj.status = fresh ? { phase: 'Available' } : volumeStatus(status);
        break;
      case 'StatefulSet':
        obj.status = fresh ? { replicas: 0, availableReplicas: 0 } : setStatus(status);
        if (fresh || meta.generation === undefined) meta.generation = 1;
        break;
      case 'ReplicaSet':
        obj.status = fresh ? { replicas: 0 } : replicaSetStatus(status);
        if (fresh || meta.generation === undefined) meta.generation = 1;
        break;
      case 'Service':
        obj.status =
          isObj(status) && isObj(status.loadBalancer)
            ? { loadBalancer: cloneJson(status.loadBalancer) }
            : { loadBalancer: {} };
        break;
      default:
        delete obj.status;
    }
  }

  // ---- ownership across objects ----

  private resolveOwners(): void {
    const removeCand = (c: Candidate, reason: string) => {
      this.cands = this.cands.filter((x) => x !== c);
      this.skip(c.kind, c.name, reason, CLUSTER_SCOPED.has(c.kind) ? undefined : this.namespace);
    };
    // Owners first: a ReplicaSet of a Deployment stands alone here.
    for (const c of this.cands.filter((x) => x.kind === 'ReplicaSet' || x.kind === 'StatefulSet')) {
      const refs = c.obj.metadata.ownerReferences ?? [];
      if (!refs.length) continue;
      delete c.obj.metadata.ownerReferences;
      this.note(
        `${c.kind} ${c.name} was managed by ${refs.map((r) => `${r.kind} ${r.name}`).join(', ')}, which the lab does not model; it is imported on its own.`,
      );
    }
    const uids = () => new Map(this.cands.filter((x) => x.obj.metadata.uid).map((x) => [x.obj.metadata.uid!, x]));
    let byUid = uids();
    for (const c of this.cands.filter((x) => x.kind === 'ControllerRevision' || x.kind === 'Pod')) {
      const ctrl = (c.obj.metadata.ownerReferences ?? []).find((r) => r.controller);
      if (!ctrl) continue;
      const owner = byUid.get(ctrl.uid);
      const modelled = ctrl.kind === 'StatefulSet' || ctrl.kind === 'ReplicaSet';
      if (!modelled) removeCand(c, `owned by ${ctrl.kind} ${ctrl.name}, which the lab does not model`);
      else if (!owner || owner.kind !== ctrl.kind) {
        const skipped = this.skipped.some((s) => s.kind === ctrl.kind && s.name === ctrl.name);
        removeCand(
          c,
          skipped
            ? `its owner ${ctrl.kind} ${ctrl.name} was skipped`
            : `its owner ${ctrl.kind} ${ctrl.name} is not in the dump (add it to the kubectl get)`,
        );
      }
    }
    // Other owner references to objects that are not here would make the garbage collector
    // delete the dependant at once: they are dropped instead.
    byUid = uids();
    for (const c of this.cands) {
      const refs = c.obj.metadata.ownerReferences;
      if (!refs) continue;
      const kept = refs.filter((r) => byUid.has(r.uid));
      if (kept.length === refs.length) continue;
      const gone = refs.filter((r) => !byUid.has(r.uid)).map((r) => `${r.kind} ${r.name}`);
      if (kept.length) c.obj.metadata.ownerReferences = kept;
      else delete c.obj.metadata.ownerReferences;
      this.note(`${c.kind} ${c.name}: its owner reference to ${gone.join(', ')} was dropped (not in the dump).`);
    }
    // Volumes bound to claims that are not imported would turn Released at once.
    const claims = new Set(this.cands.filter((x) => x.kind === 'PersistentVolumeClaim').map((x) => x.name));
    for (const c of this.cands.filter((x) => x.kind === 'PersistentVolume')) {
      const pv = c.obj as PersistentVolume;
      const ref = pv.spec.claimRef;
      if (!ref) continue;
      const ns = ref.namespace || 'default';
      if (ns !== this.namespace) {
        removeCand(c, `its claim ${ns}/${ref.name} is in a namespace the lab does not model`);
        continue;
      }
      ref.namespace = 'default';
      if (pv.status.phase === 'Bound' && !claims.has(ref.name))
        removeCand(c, `bound to claim ${ns}/${ref.name}, which is not in the dump`);
    }
  }

  // ---- storage ----

  private storageModel(): { model: StorageModel; classes: StorageClass[] } {
    const dumped = this.cands.filter((x) => x.kind === 'StorageClass').map((x) => x.obj as StorageClass);
    const names = new Set(dumped.map((s) => s.metadata.name));
    const volumes = this.cands.filter((x) => x.kind === 'PersistentVolume').map((x) => x.obj as PersistentVolume);
    const claims = this.cands
      .filter((x) => x.kind === 'PersistentVolumeClaim')
      .map((x) => x.obj as PersistentVolumeClaim);
    const sets = this.cands.filter((x) => x.kind === 'StatefulSet').map((x) => x.obj as StatefulSet);
    const uses = new Map<string, number>();
    const use = (cls: string | undefined) => {
      if (cls) uses.set(cls, (uses.get(cls) ?? 0) + 1);
    };
    for (const c of claims) use(c.spec.storageClassName);
    for (const v of volumes) use(v.spec.storageClassName);
    for (const s of sets) for (const t of s.spec.volumeClaimTemplates ?? []) use(t.spec.storageClassName);
    const inferred: StorageClass[] = [];
    for (const cls of [...uses.keys()].sort()) {
      if (names.has(cls)) continue;
      const pvs = volumes.filter((v) => v.spec.storageClassName === cls);
      const provisioned = pvs.find((v) => v.metadata.annotations?.['pv.kubernetes.io/provisioned-by']);
      const claimProv = claims
        .filter((x) => x.spec.storageClassName === cls)
        .map(
          (x) =>
            x.metadata.annotations?.['volume.kubernetes.io/storage-provisioner'] ??
            x.metadata.annotations?.['volume.beta.kubernetes.io/storage-provisioner'],
        )
        .find((p) => p);
      const provisioner =
        provisioned?.metadata.annotations?.['pv.kubernetes.io/provisioned-by'] ??
        claimProv ??
        (pvs.length ? 'kubernetes.io/no-provisioner' : 'rancher.io/local-path');
      const waits = claims.some(
        (x) => x.spec.storageClassName === cls && x.metadata.annotations?.['volume.kubernetes.io/selected-node'],
      );
      inferred.push({
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: cls },
        provisioner,
        reclaimPolicy: provisioned?.spec.persistentVolumeReclaimPolicy === 'Retain' ? 'Retain' : 'Delete',
        volumeBindingMode: waits ? 'WaitForFirstConsumer' : 'Immediate',
      });
    }
    const all = [...dumped, ...inferred];
    const provisioning = all.filter((s) => s.provisioner !== 'kubernetes.io/no-provisioner');
    const hasDefault = all.some(
      (s) => s.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
    );
    if (!hasDefault && inferred.length && provisioning.length) {
      const best = provisioning
        .slice()
        .sort((a, b) => (uses.get(b.metadata.name) ?? 0) - (uses.get(a.metadata.name) ?? 0))[0]!;
      if (inferred.includes(best)) {
        best.metadata.annotations = { 'storageclass.kubernetes.io/is-default-class': 'true' };
        this.note(
          `StorageClass ${best.metadata.name} was not in the dump; it is inferred (provisioner ${best.provisioner}) and taken as the default class.`,
        );
      }
    }
    for (const s of inferred)
      if (!s.metadata.annotations)
        this.note(
          `StorageClass ${s.metadata.name} was not in the dump; it is inferred (provisioner ${s.provisioner}).`,
        );
    if (all.some((s) => s.volumeBindingMode === 'WaitForFirstConsumer'))
      this.note(
        'volumeBindingMode WaitForFirstConsumer is not modelled: the lab provisions a claim as soon as it is created.',
      );
    const wanted = this.opts.storage ?? 'auto';
    if (wanted === 'dynamic' && !provisioning.length) all.push(builtInClass());
    if (wanted === 'auto' && !all.length) {
      const handMade = volumes.some((v) => !v.metadata.annotations?.['pv.kubernetes.io/provisioned-by']);
      if (!handMade && !claims.some((x) => x.status.phase === 'Bound')) all.push(builtInClass());
    }
    const dynamic = all.some((s) => s.provisioner !== 'kubernetes.io/no-provisioner');
    const model: StorageModel = wanted === 'attachable' ? 'attachable' : dynamic ? 'dynamic' : 'manual';
    return { model, classes: all.filter((s) => !names.has(s.metadata.name)) };
  }

  // ---- storing ----

  private store(c: Cluster, obj: KubeObject): void {
    const w = c.world;
    const meta = obj.metadata;
    meta.uid ??= randomUid(w);
    meta.creationTimestamp ??= stamp(w);
    meta.resourceVersion = String(++w.resourceVersion);
    (w.objects[obj.kind as ModelledKind] as Record<string, KubeObject>)[meta.name] = obj;
  }

  private storeAll(c: Cluster): void {
    const w = c.world;
    const order = (k: ModelledKind) => MODELLED.indexOf(k);
    const cands = this.cands.slice().sort((a, b) => order(a.kind) - order(b.kind));
    const usedIPs = new Set(Object.values(w.objects.Service).map((s) => s.spec.clusterIP));
    for (const x of cands) if (x.kind === 'Service') usedIPs.add((x.obj as Service).spec.clusterIP);
    let fresh = 0;
    for (const x of cands) {
      if (x.fresh) fresh++;
      if (x.kind === 'Service') {
        const svc = x.obj as Service;
        if (x.fresh && !svc.spec.clusterIP && (svc.spec.type as string) !== 'ExternalName') {
          let ip: string;
          do ip = `10.96.${randomInt(w, 0, 255)}.${randomInt(w, 1, 254)}`;
          while (usedIPs.has(ip) || ip === '10.96.0.10');
          usedIPs.add(ip);
          svc.spec.clusterIP = ip;
          svc.spec.clusterIPs = [ip];
        }
        if (svc.spec.clusterIP && !w.usedClusterIPs.includes(svc.spec.clusterIP))
          w.usedClusterIPs.push(svc.spec.clusterIP);
        // The dumped `kubernetes` Service replaces the lab's own.
        if (svc.metadata.name === 'kubernetes') delete w.objects.Service.kubernetes;
      }
      if (x.kind === 'Endpoints' && x.name === 'kubernetes') delete w.objects.Endpoints.kubernetes;
      if (x.fresh && x.kind === 'PersistentVolumeClaim') admitClaim(w.objects, x.obj as PersistentVolumeClaim);
      if (x.fresh && x.kind === 'Pod') admitPod(x.obj as Pod, w.config.defaultTolerationSeconds);
      this.store(c, x.obj);
      if (x.kind === 'PersistentVolume' && (x.obj as PersistentVolume).status.phase === 'Bound')
        w.volumes[x.name] ??= { files: {} };
      if (x.kind === 'Endpoints')
        for (const s of (x.obj as Endpoints).subsets ?? [])
          for (const a of [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])])
            if (a.targetRef) a.targetRef.namespace = 'default';
    }
    if (fresh)
      this.note(`${fresh} object(s) had no status; they were created as new objects, as kubectl create would.`);
  }

  // ---- nodes ----

  private buildNodes(c: Cluster): void {
    const w = c.world;
    const nodes = this.cands.filter((x) => x.kind === 'Node').map((x) => x.obj as Node);
    const pods = Object.values(w.objects.Pod);
    const named = [...new Set(pods.map((p) => p.spec.nodeName).filter((n): n is string => !!n))];
    const missing = named.filter((n) => !w.objects.Node[n]).sort();
    if (missing.length)
      this.note(`Node(s) ${missing.join(', ')} ran pods but were not in the dump; they were created Ready.`);
    // Node index: the third octet of a 10.244.X.0/24 pod CIDR keeps pod IPs in the node's range.
    const taken = new Set<number>();
    const indexOf = new Map<string, number>();
    for (const n of nodes) {
      const m = /^10\.244\.(\d+)\.0\/24$/.exec(n.spec.podCIDR ?? '');
      const i = m ? Number(m[1]) : undefined;
      if (i !== undefined && i <= 255 && !taken.has(i)) {
        taken.add(i);
        indexOf.set(n.metadata.name, i);
      }
    }
    const nextFree = () => {
      let i = 1;
      while (taken.has(i)) i++;
      taken.add(i);
      return i;
    };
    for (const n of nodes) if (!indexOf.has(n.metadata.name)) indexOf.set(n.metadata.name, nextFree());
    const synthesize = (name: string) => {
      const i = nextFree();
      indexOf.set(name, i);
      const born = stamp(w, -2 * 86_400_000);
      this.store(c, defaultNode(name, i, born));
    };
    for (const name of missing) synthesize(name);
    if (!nodes.length && !missing.length) {
      const count = Math.max(0, Math.min(50, this.opts.nodes ?? 3));
      for (let i = 1; i <= count; i++) synthesize(`node-${i}`);
      if (count) this.note(`The dump names no nodes; ${count} node(s) node-1… were created.`);
    }
    let lost = 0;
    for (const node of Object.values(w.objects.Node)) {
      const name = node.metadata.name;
      const ready = node.status.conditions.find((x) => x.type === 'Ready');
      const unknown = ready?.status === 'Unknown';
      const sim: NodeSim = {
        state: JSON.stringify({
          physical: unknown ? 'Partitioned' : 'Connected',
          health: unknown ? 'Unknown' : 'Ready',
        }),
        index: indexOf.get(name) ?? nextFree(),
        leaseOffsetMs: randomInt(w, 0, w.config.leasePeriodMs - 1),
        lastLeaseMs: unknown ? (instantOf(w, ready?.lastHeartbeatTime) ?? 0) : 0,
        images: [],
        nextIp: 2,
        runtime: {},
        epoch: unknown ? 1 : 0,
      };
      w.nodes[name] = sim;
      // The kubelet re-posts its status every 5 minutes, counted from its last post.
      const beat = instantOf(w, ready?.lastHeartbeatTime);
      // (Not drawn from the shared generator, like createWorld's, so it shifts no other choice.)
      const next =
        beat !== undefined && beat + NODE_STATUS_REPORT_MS > w.now
          ? beat + NODE_STATUS_REPORT_MS - w.now
          : 1 + Math.floor(nextRandom(((this.opts.seed ?? 1) * 31 + sim.index) >>> 0)[0] * (NODE_STATUS_REPORT_MS - 1));
      c.schedule('node.heartbeat', name, next);
      if (unknown) lost++;
      if (ready?.status === 'False')
        this.note(
          `Node ${name} reports Ready=False (${ready.reason || 'no reason'}); the lab keeps its conditions and taints as they are, and its kubelet keeps running its pods.`,
        );
    }
    if (lost)
      this.note(
        `${lost} node(s) with Ready=Unknown are taken as cut off from the control plane (their containers keep running unseen); \`sim heal NODE\` reconnects one.`,
      );
  }

  // ---- revisions ----

  private buildRevisions(c: Cluster): void {
    const w = c.world;
    for (const set of Object.values(w.objects.StatefulSet)) {
      const owned = Object.values(w.objects.ControllerRevision).filter((r) =>
        r.metadata.ownerReferences?.some((o) => o.uid === set.metadata.uid),
      );
      const pods = Object.values(w.objects.Pod).filter((p) =>
        p.metadata.ownerReferences?.some((o) => o.controller && o.uid === set.metadata.uid),
      );
      const update = set.status.updateRevision;
      const current = set.status.currentRevision;
      const named = new Set<string>();
      for (const p of pods) {
        const h = p.metadata.labels?.['controller-revision-hash'];
        if (h) named.add(h);
      }
      if (current) named.add(current);
      if (update) named.delete(update);
      let top = Math.max(0, ...owned.map((r) => r.revision));
      const make = (name: string, template: StatefulSet['spec']['template'], revision: number) => {
        const hash = name.startsWith(`${set.metadata.name}-`) ? name.slice(set.metadata.name.length + 1) : name;
        // Born no later than the first pod made from it (or the set, when no pod names it).
        const born = pods
          .filter((p) => p.metadata.labels?.['controller-revision-hash'] === name)
          .map((p) => p.metadata.creationTimestamp ?? '')
          .filter((t) => t)
          .sort()[0];
        const rev: ControllerRevision = {
          apiVersion: 'apps/v1',
          kind: 'ControllerRevision',
          metadata: {
            name,
            namespace: 'default',
            ...(born || set.metadata.creationTimestamp
              ? { creationTimestamp: born ?? set.metadata.creationTimestamp }
              : {}),
            labels: { ...(set.spec.template.metadata?.labels ?? {}), 'controller.kubernetes.io/hash': hash },
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: 'StatefulSet',
                name: set.metadata.name,
                uid: set.metadata.uid!,
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          },
          data: templatePatch(template),
          revision,
        };
        this.store(c, rev);
        return rev;
      };
      // Older revisions named by pods (or by status.currentRevision), rebuilt from a pod's images.
      for (const name of [...named].sort()) {
        if (w.objects.ControllerRevision[name]) continue;
        const pod = pods.find((p) => p.metadata.labels?.['controller-revision-hash'] === name);
        const template = cloneJson(set.spec.template);
        if (pod)
          for (const ct of template.spec.containers ?? []) {
            const img = pod.spec.containers.find((x) => x.name === ct.name)?.image;
            if (img) ct.image = img;
          }
        make(name, template, ++top);
        this.note(
          `StatefulSet ${set.metadata.name}: revision ${name} was not in the dump; it is rebuilt from ${pod ? `the images of ${pod.metadata.name}` : 'the current template'}.`,
        );
      }
      if (!update) continue;
      // The update revision is the set's template, exactly as the controller compares it.
      const existing = w.objects.ControllerRevision[update];
      if (existing) {
        existing.data = templatePatch(set.spec.template);
        if (existing.revision < top) existing.revision = top + 1;
      } else make(update, set.spec.template, top + 1);
    }
  }

  // ---- the kubelet's truth ----

  private buildRuntime(c: Cluster): void {
    const w = c.world;
    // The cluster ran these images, so they pull there: this world's registry knows them (the
    // built-in one does not), and new pods of them start as they would on that cluster.
    for (const pod of Object.values(w.objects.Pod))
      for (const cs of pod.status.containerStatuses ?? []) {
        const image = pod.spec.containers?.find((ct) => ct.name === cs.name)?.image ?? '';
        const ran = cs.state?.running !== undefined || cs.state?.terminated !== undefined || !!cs.imageID;
        if (ran && image && !builtinImage(image)) (w.images ??= {})[image] = { ...SEEN_RUNNING };
      }
    const known = w.images;
    const unknownImages = new Set<string>();
    for (const pod of Object.values(w.objects.Pod)) {
      for (const ct of pod.spec.containers ?? [])
        if (!lookupImage(ct.image ?? '', known)) unknownImages.add(ct.image ?? '');
      const nodeName = pod.spec.nodeName;
      const sim = nodeName ? w.nodes[nodeName] : undefined;
      if (!nodeName || !sim) continue;
      if ((pod.spec.containers ?? []).length > 1)
        this.note(
          `Pod ${pod.metadata.name} has several containers; the lab simulates the first one (${pod.spec.containers[0]!.name}).`,
        );
      if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') continue;
      const rt = runtimeFor(c, pod, sim, (t) => this.note(t));
      if (rt) sim.runtime[rt.uid] = rt;
    }
    for (const set of Object.values(w.objects.StatefulSet))
      for (const ct of set.spec.template.spec?.containers ?? [])
        if (!lookupImage(ct.image ?? '', known)) unknownImages.add(ct.image ?? '');
    unknownImages.delete('');
    if (unknownImages.size)
      this.note(
        `The lab does not know the image(s) ${[...unknownImages].sort().join(', ')}: no pod of the cluster ran them, so new pods of those images fail to pull (ErrImagePull).`,
      );
    // Pod IPs: the next address of each node's range after those in use.
    for (const [name, sim] of Object.entries(w.nodes)) {
      const prefix = `10.244.${sim.index}.`;
      let top = 1;
      let any = false;
      for (const rt of Object.values(sim.runtime))
        if (rt.ip.startsWith(prefix)) {
          top = Math.max(top, Number(rt.ip.slice(prefix.length)) || 0);
          any = true;
        }
      for (const pod of Object.values(w.objects.Pod))
        if (pod.spec.nodeName === name && pod.status.podIP?.startsWith(prefix)) {
          top = Math.max(top, Number(pod.status.podIP.slice(prefix.length)) || 0);
          any = true;
        }
      sim.nextIp = any ? (top >= 254 ? 2 : top + 1) : 2 + randomInt(w, 0, 8);
      // Containers that ran here had their images pulled.
      sim.images = [
        ...new Set(
          Object.values(sim.runtime)
            .filter((r) => r.startedAt !== undefined)
            .map((r) => r.image),
        ),
      ];
    }
    // Runtimes that still need an address get one now, in the node's range.
    for (const sim of Object.values(w.nodes))
      for (const rt of Object.values(sim.runtime))
        if (!rt.ip) {
          rt.ip = `10.244.${sim.index}.${sim.nextIp}`;
          sim.nextIp = sim.nextIp >= 254 ? 2 : sim.nextIp + 1;
        }
    // Attachable disks are attached where their pods run.
    if (w.config.storage === 'attachable')
      for (const [node, sim] of Object.entries(w.nodes))
        for (const rt of Object.values(sim.runtime)) {
          const pod = w.objects.Pod[rt.name];
          for (const v of pod?.spec.volumes ?? []) {
            const pv = v.persistentVolumeClaim
              ? w.objects.PersistentVolumeClaim[v.persistentVolumeClaim.claimName]?.spec.volumeName
              : undefined;
            if (pv && rt.startedAt !== undefined) w.attachments[pv] = { node, podUid: rt.uid };
          }
        }
    // A lost node without its unreachable taints gets them now; the taint manager evicts from
    // each taint's timeAdded, so evictions pending in the dump fall due when they would have.
    taintUnreachable(c);
  }

  // ---- report ----

  private reportDropped(): void {
    const ignore = new Set([
      'metadata.managedFields',
      'metadata.resourceVersion',
      'metadata.selfLink',
      'metadata.namespace',
    ]);
    let managed = false;
    for (const x of this.cands) {
      const meta = isObj(x.raw.metadata) ? x.raw.metadata : {};
      if (meta.managedFields !== undefined) managed = true;
      const stored = this.world.objects[x.kind][x.name] as unknown;
      if (stored !== x.obj) continue;
      const fields: string[] = [];
      droppedPaths(x.raw, x.obj, '', fields, ignore);
      if (fields.length) this.dropped.push({ kind: x.kind, name: x.name, fields });
    }
    if (managed) this.note('managedFields are not kept: the lab does not track field managers.');
    if (this.cands.length) this.note('resourceVersions are the lab\u2019s own; uids, names and timestamps are kept.');
  }

  private summarise(): void {
    if (this.namespace !== 'default')
      this.note(`Namespace ${this.namespace} is shown as default, the lab's only namespace (DNS names use default).`);
    const byNs = new Map<string, number>();
    for (const s of this.skipped)
      if (s.namespace && s.namespace !== this.namespace) byNs.set(s.namespace, (byNs.get(s.namespace) ?? 0) + 1);
    if (byNs.size)
      this.note(
        `Skipped ${[...byNs.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([ns, n]) => `${n} object(s) in ${ns}`)
          .join(', ')}: the lab models one namespace.`,
      );
    const hostIPs = Object.values(this.world.objects.Node).some((n) => {
      const ip = n.status.addresses.find((a) => a.type === 'InternalIP')?.address;
      return ip !== undefined && ip !== `10.0.0.${10 + (this.world.nodes[n.metadata.name]?.index ?? -1)}`;
    });
    if (hostIPs)
      this.note(
        "Pods keep their dumped hostIP until their status next changes; the lab's kubelet then posts a 10.0.0.x address of its own.",
      );
  }
}

// ---- helpers ----

function builtInClass(): StorageClass {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  };
}

function defaultNode(name: string, index: number, born: string): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      creationTimestamp: born,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
      },
    },
    spec: { podCIDR: `10.244.${index}.0/24` },
    status: {
      conditions: readyConditions(born),
      addresses: [
        { type: 'InternalIP', address: `10.0.0.${10 + index}` },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.35.0',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: 'containerd://2.1.4',
        kernelVersion: '6.8.0-1031',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
      capacity: { cpu: '4', memory: '16374584Ki', pods: '110' },
      allocatable: { cpu: '4', memory: '16374584Ki', pods: '110' },
    },
  };
}

function instantOf(w: World, t: string | undefined): number | undefined {
  const ms = instant(t);
  return ms === undefined ? undefined : parseStamp(w, isoSeconds(ms));
}

/** ControllerRevision data as a v1.2x API server printed it may carry `creationTimestamp: null`. */
function normaliseRevisionData(body: Obj): void {
  const data = body.data;
  if (!isObj(data) || !isObj(data.spec) || !isObj(data.spec.template)) return;
  const tm = data.spec.template.metadata;
  if (isObj(tm) && tm.creationTimestamp === null) delete tm.creationTimestamp;
}

const POD_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'];
const CONDITION_STATUS = ['True', 'False', 'Unknown'];

function containerState(v: unknown): ContainerState | undefined {
  if (!isObj(v)) return undefined;
  if (isObj(v.running)) {
    const startedAt = time(v.running.startedAt);
    return { running: startedAt ? { startedAt } : ({} as { startedAt: string }) };
  }
  if (isObj(v.waiting)) {
    const reason = str(v.waiting.reason) ?? '';
    const message = str(v.waiting.message);
    return { waiting: message ? { reason, message } : { reason } };
  }
  if (isObj(v.terminated)) {
    const t = v.terminated;
    const out: NonNullable<ContainerState['terminated']> & Obj = {
      reason: str(t.reason) ?? '',
      exitCode: int(t.exitCode) ?? 0,
    };
    const s = time(t.startedAt);
    const f = time(t.finishedAt);
    if (s) out.startedAt = s;
    if (f) out.finishedAt = f;
    if (str(t.containerID)) out.containerID = t.containerID;
    if (str(t.message)) out.message = t.message;
    if (int(t.signal) !== undefined) out.signal = t.signal;
    return { terminated: out };
  }
  return undefined;
}

function containerStatus(v: unknown): ContainerStatus | undefined {
  if (!isObj(v) || !str(v.name)) return undefined;
  const out: ContainerStatus & Obj = {
    name: v.name as string,
    image: str(v.image) ?? '',
    ready: bool(v.ready) ?? false,
    restartCount: Math.max(0, int(v.restartCount) ?? 0),
    state: containerState(v.state) ?? {},
  };
  if (str(v.imageID)) out.imageID = v.imageID as string;
  if (bool(v.started) !== undefined) out.started = v.started as boolean;
  if (str(v.containerID)) out.containerID = v.containerID;
  if (isObj(v.lastState)) out.lastState = containerState(v.lastState) ?? {};
  return out;
}

function podStatus(v: unknown): PodStatus {
  const s = isObj(v) ? v : {};
  const out: PodStatus = {};
  if (POD_PHASES.includes(str(s.phase) ?? '')) out.phase = s.phase as PodStatus['phase'];
  const conditions = list(s.conditions)
    .filter(isObj)
    .filter((x) => str(x.type) && CONDITION_STATUS.includes(str(x.status) ?? ''))
    .map((x) => {
      const cond = { type: x.type, status: x.status } as PodCondition;
      const t = time(x.lastTransitionTime);
      if (t) cond.lastTransitionTime = t;
      if (str(x.reason)) cond.reason = x.reason as string;
      if (str(x.message)) cond.message = x.message as string;
      return cond;
    });
  if (conditions.length) out.conditions = conditions;
  for (const f of ['hostIP', 'podIP', 'reason', 'message'] as const) if (str(s[f])) out[f] = s[f] as string;
  const ips = list(s.podIPs)
    .filter(isObj)
    .filter((x) => str(x.ip))
    .map((x) => ({ ip: x.ip as string }));
  if (ips.length) out.podIPs = ips;
  const start = time(s.startTime);
  if (start) out.startTime = start;
  const cs = list(s.containerStatuses)
    .map(containerStatus)
    .filter((x): x is ContainerStatus => !!x);
  if (cs.length) out.containerStatuses = cs;
  return out;
}

function nodeStatus(v: unknown): Node['status'] {
  const s = isObj(v) ? v : {};
  const conditions = list(s.conditions)
    .filter(isObj)
    .filter((x) => str(x.type) && CONDITION_STATUS.includes(str(x.status) ?? ''))
    .map((x): NodeCondition => ({
      type: x.type as NodeCondition['type'],
      status: x.status as NodeCondition['status'],
      lastHeartbeatTime: time(x.lastHeartbeatTime) ?? '',
      lastTransitionTime: time(x.lastTransitionTime) ?? '',
      reason: str(x.reason) ?? '',
      message: str(x.message) ?? '',
    }));
  const addresses = list(s.addresses)
    .filter(isObj)
    .filter((x) => str(x.type) && str(x.address))
    .map((x) => ({ type: x.type as 'InternalIP' | 'Hostname', address: x.address as string }));
  const info = isObj(s.nodeInfo) ? s.nodeInfo : {};
  const out: Node['status'] = {
    conditions,
    addresses,
    nodeInfo: {
      kubeletVersion: str(info.kubeletVersion) ?? '',
      osImage: str(info.osImage) ?? '',
      containerRuntimeVersion: str(info.containerRuntimeVersion) ?? '',
      kernelVersion: str(info.kernelVersion) ?? '',
      architecture: str(info.architecture) ?? '',
      operatingSystem: str(info.operatingSystem) ?? '',
    },
  };
  const cap = strMap(s.capacity);
  const alloc = strMap(s.allocatable);
  if (cap) out.capacity = cap;
  if (alloc) out.allocatable = alloc;
  return out;
}

function claimStatus(v: unknown): PersistentVolumeClaim['status'] {
  const s = isObj(v) ? v : {};
  const out: PersistentVolumeClaim['status'] = {};
  const phase = str(s.phase);
  out.phase = phase === 'Bound' || phase === 'Lost' ? phase : 'Pending';
  const modes = list(s.accessModes).filter((x): x is string => typeof x === 'string');
  if (modes.length) out.accessModes = modes;
  const storage = isObj(s.capacity) ? str(s.capacity.storage) : undefined;
  if (storage) out.capacity = { storage };
  return out;
}

function volumeStatus(v: unknown): PersistentVolume['status'] {
  const s = isObj(v) ? v : {};
  const phase = str(s.phase);
  const out: PersistentVolume['status'] = {
    phase: ['Pending', 'Available', 'Bound', 'Released', 'Failed'].includes(phase ?? '')
      ? (phase as PersistentVolume['status']['phase'])
      : 'Available',
  };
  const t = time(s.lastPhaseTransitionTime);
  if (t) out.lastPhaseTransitionTime = t;
  return out;
}

function setStatus(v: unknown): StatefulSetStatus {
  const s = isObj(v) ? v : {};
  const out: StatefulSetStatus = {
    replicas: Math.max(0, int(s.replicas) ?? 0),
    availableReplicas: Math.max(0, int(s.availableReplicas) ?? 0),
  };
  for (const f of [
    'observedGeneration',
    'readyReplicas',
    'currentReplicas',
    'updatedReplicas',
    'collisionCount',
  ] as const) {
    const n = int(s[f]);
    if (n !== undefined && n >= 0) out[f] = n;
  }
  for (const f of ['currentRevision', 'updateRevision'] as const) if (str(s[f])) out[f] = s[f] as string;
  return out;
}

function replicaSetStatus(v: unknown): ReplicaSet['status'] {
  const s = isObj(v) ? v : {};
  const out: ReplicaSet['status'] = { replicas: Math.max(0, int(s.replicas) ?? 0) };
  for (const f of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'] as const) {
    const n = int(s[f]);
    if (n !== undefined && n >= 0) out[f] = n;
  }
  return out;
}

/**
 * The kubelet's record of a pod the dump shows on a node, from its first container's status:
 * running and ready, running but not ready, still being created, or failing to pull.
 */
function runtimeFor(c: Cluster, pod: Pod, sim: NodeSim, note: (t: string) => void): PodRuntime | undefined {
  const w = c.world;
  const uid = pod.metadata.uid!;
  const container = pod.spec.containers?.[0];
  if (!container) return undefined;
  const cs = pod.status.containerStatuses?.find((x) => x.name === container.name) ?? pod.status.containerStatuses?.[0];
  const probe = container.readinessProbe;
  const image = container.image ?? '';
  const rt: PodRuntime = {
    uid,
    name: pod.metadata.name,
    namespace: 'default',
    state: 'ContainerCreating',
    image,
    ip: pod.status.podIP ?? '',
    probeFailing: false,
    ready: false,
    volumes: (pod.spec.volumes ?? [])
      .map((v) =>
        v.persistentVolumeClaim
          ? w.objects.PersistentVolumeClaim[v.persistentVolumeClaim.claimName]?.spec.volumeName
          : undefined,
      )
      .filter((x): x is string => !!x),
    restartCount: cs?.restartCount ?? 0,
    pullAttempts: 0,
    probeFailures: 0,
    fs: {},
  };
  const readyCond = pod.status.conditions?.find((x) => x.type === 'Ready');
  const state = cs?.state ?? {};
  const waiting = state.waiting?.reason;
  let consistent = true;
  if (state.running) {
    rt.startedAt = instantOf(w, state.running.startedAt) ?? w.now;
    if (cs?.ready || !probe) {
      rt.state = 'Ready';
      rt.ready = true;
      rt.readySince =
        readyCond?.status === 'True' ? (instantOf(w, readyCond.lastTransitionTime) ?? rt.startedAt) : rt.startedAt;
      consistent = !!cs?.ready;
    } else rt.state = 'Running';
  } else if (waiting === 'ErrImagePull' || waiting === 'ImagePullBackOff') {
    rt.state = waiting;
    rt.pullAttempts = 1;
    c.schedule('pod.pull', uid, waiting === 'ErrImagePull' ? 1000 : 10_000);
  } else if (state.terminated || waiting === 'CrashLoopBackOff' || waiting === 'RunContainerError') {
    // Crashing containers are not modelled: it runs, never ready, until it is replaced.
    rt.state = 'Running';
    rt.startedAt = instantOf(w, state.terminated?.startedAt) ?? w.now;
    rt.probeFailing = true;
    note(`Pod ${pod.metadata.name} is ${waiting ?? 'terminated'}: crashes are not modelled; it stays not ready.`);
  } else {
    if (waiting && waiting !== 'ContainerCreating' && waiting !== 'PodInitializing')
      note(`Pod ${pod.metadata.name} waits with reason ${waiting}, which the lab does not model; it will start.`);
    const info = lookupImage(image);
    rt.pullStartedAt = w.now;
    c.schedule(
      'pod.started',
      uid,
      sim.images.includes(image) || !info
        ? randomInt(w, 3000, 5000)
        : randomInt(w, info.pullSeconds[0] * 1000, info.pullSeconds[1] * 1000),
    );
    consistent = false;
  }
  if (probe && (rt.state === 'Running' || rt.state === 'Ready'))
    c.schedule('pod.probe', uid, Math.max(1, probe.periodSeconds ?? 10) * 1000);
  // The dumped status stands until something changes (the kubelet then posts its own).
  if (consistent) rt.posted = `${rt.state}|${rt.ready}|${rt.restartCount}|${pod.metadata.resourceVersion}`;
  return rt;
}

/** Paths present in `raw` but missing from `kept` (not descending into what is missing). */
function droppedPaths(raw: unknown, kept: unknown, path: string, out: string[], ignore: Set<string>): void {
  if (Array.isArray(raw)) {
    if (!Array.isArray(kept)) return;
    raw.forEach((x, i) => droppedPaths(x, kept[i], `${path}[]`, out, ignore));
    return;
  }
  if (!isObj(raw) || !isObj(kept)) return;
  for (const [k, v] of Object.entries(raw)) {
    const p = path ? `${path}.${k}` : k;
    if (ignore.has(p) || v === null || v === undefined) continue;
    if (kept[k] === undefined) {
      if (!out.includes(p)) out.push(p);
      continue;
    }
    droppedPaths(v, kept[k], p, out, ignore);
  }
}

/**
 * Rebuilds a cluster's state from `kubectl get … -o yaml|json` output. On a parse error, returns
 * kubectl's message for it (and no world); otherwise the world, settled by the controllers once,
 * with what was skipped, dropped and why.
 */
export function importCluster(text: string, opts: ImportOptions = {}): ImportResult {
  const source = opts.source ?? 'import.yaml';
  const parsed = parseManifests(text, source);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const items = parsed.objects.filter(isObj);
  if (!items.length) return { ok: false, error: `error: no objects passed to import from ${source}` };
  const imp = new Importer(items, opts);
  let world: World;
  try {
    world = imp.run();
    // The controllers settle the rebuilt state once (idempotent: a consistent dump stays as it is).
    world = new Simulator(world).world;
  } catch (e) {
    return {
      ok: false,
      error: `error: the lab could not rebuild this state: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return { ok: true, world, skipped: imp.skipped, dropped: imp.dropped, notes: imp.notes };
}

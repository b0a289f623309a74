// What the picture shows, before any geometry: nodes with their API status and physical truth,
// pods (and ghosts) with their looks, claims, volumes and headless Services. A pure function of
// the World, so any instant of the timeline reads the same.
import { msg, type Message } from '../../i18n/index.ts';
import { nodeStatus } from '../../commands/printers/get/node.ts';
import type { World } from '../../sim/engine/world.ts';
import { controllerOf, parentAndOrdinal } from '../../sim/model/pods.ts';
import type { Pod, StatefulSet } from '../../sim/model/types.ts';
import { CATTLE_MARKINGS, markingsFor, type Markings } from './markings.ts';
import { nodeTruth, podLook, type NodeTruth, type PodLook } from './podState.ts';

export type PictureFilter = 'all' | 'StatefulSet' | 'ReplicaSet';
export type OwnerKind = 'StatefulSet' | 'ReplicaSet' | 'None';

export interface SceneTaint {
  key: string;
  /** Short text for the tag (`unreachable: NoSchedule, NoExecute`). */
  label: string;
  /** Full text as kubectl prints it (`node.kubernetes.io/unreachable:NoExecute`), one per effect. */
  full: string;
}

export interface SceneNode {
  name: string;
  /** kubectl's STATUS column (`Ready`, `NotReady,SchedulingDisabled`), or `Deleted`. */
  status: string;
  ready: boolean;
  truth: NodeTruth;
  cordoned: boolean;
  taints: SceneTaint[];
  /** False when the Node object was deleted but the machine still exists. */
  inApi: boolean;
  /** Whole seconds since the control plane last heard from a cut-off or powered-off node. */
  silentFor?: number;
  index: number;
}

export interface ScenePod {
  /** React key and motion identity: the pod's name; ghosts use `ghost:<uid>`. */
  key: string;
  name: string;
  uid: string;
  node?: string;
  owner: { kind: OwnerKind; name?: string };
  ordinal?: number;
  markings: Markings;
  look: PodLook;
  ip?: string;
  claims: string[];
  /** For ghosts: the node of a live API pod with the same name, if one exists (the twin). */
  twinNode?: string;
  ghost: boolean;
}

export interface SceneClaim {
  name: string;
  phase: string;
  terminating: boolean;
  volume?: string;
  capacity?: string;
  /** The StatefulSet pod this claim belongs to, by the `<template>-<set>-<ordinal>` rule. */
  forPod?: string;
  /** Set when that pod does not exist: the claim waits for its cow to return. */
  waitingFor?: string;
  /** Pods (API objects, not ghosts) that mount it. */
  usedBy: string[];
}

export interface SceneVolume {
  name: string;
  capacity: string;
  phase: string;
  claim?: string;
  /** The first line of the file that best shows what the volume holds. */
  data?: { file: string; text: string };
}

export interface SceneEndpoint {
  name: string;
  ip: string;
  ready: boolean;
}

export interface SceneService {
  name: string;
  headless: boolean;
  clusterIP: string;
  endpoints: SceneEndpoint[];
}

export interface SceneAlert {
  /** The ghost this alert is about. */
  podKey: string;
  kind: 'twin' | 'ghost';
  text: Message;
}

export interface Scene {
  nodes: SceneNode[];
  /** API pods and ghosts, in drawing order. */
  pods: ScenePod[];
  claims: SceneClaim[];
  volumes: SceneVolume[];
  services: SceneService[];
  alerts: SceneAlert[];
}

const NODE_PREFIX = 'node.kubernetes.io/';
const LIVE_RUNTIME = new Set([
  'ContainerCreating',
  'Running',
  'Ready',
  'Terminating',
  'ErrImagePull',
  'ImagePullBackOff',
]);
/** The files that best show a volume's identity, in order of preference. */
const DATA_FILES = ['index.html', 'kubia.txt'];

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function readScene(world: World, filter: PictureFilter = 'all'): Scene {
  const o = world.objects;
  const sets = Object.values(o.StatefulSet);
  const nodes = readNodes(world);
  const pods: ScenePod[] = [];
  const uids = new Set<string>();
  for (const pod of Object.values(o.Pod)) {
    uids.add(pod.metadata.uid ?? '');
    const p = readPod(world, pod);
    if (keep(filter, p.owner.kind)) pods.push(p);
  }
  const alerts: SceneAlert[] = [];
  for (const [node, sim] of Object.entries(world.nodes)) {
    for (const rt of Object.values(sim.runtime)) {
      if (uids.has(rt.uid) || !LIVE_RUNTIME.has(rt.state)) continue;
      const owner = ownerByName(world, rt.name, sets);
      if (!keep(filter, owner.kind)) continue;
      const twin = o.Pod[rt.name];
      const po = owner.kind === 'StatefulSet' ? parentAndOrdinal(rt.name) : undefined;
      const set = owner.kind === 'StatefulSet' ? o.StatefulSet[owner.name!] : undefined;
      const ghost: ScenePod = {
        key: `ghost:${rt.uid}`,
        name: rt.name,
        uid: rt.uid,
        node,
        owner,
        ...(po ? { ordinal: po.ordinal } : {}),
        markings: po ? markingsFor(po.parent, po.ordinal) : CATTLE_MARKINGS,
        look: { kind: 'ghost', status: 'ghost', note: 'pod.note.apiDeleted' },
        ip: rt.ip,
        claims: set ? claimNames(set, rt.name) : [],
        ...(twin?.spec.nodeName ? { twinNode: twin.spec.nodeName } : {}),
        ghost: true,
      };
      pods.push(ghost);
      alerts.push(
        twin
          ? {
              podKey: ghost.key,
              kind: 'twin',
              text: msg('alert.twin', {
                pod: rt.name,
                node,
                twinNode: twin.spec.nodeName ?? msg('alert.anotherNode'),
              }),
            }
          : {
              podKey: ghost.key,
              kind: 'ghost',
              text: msg('alert.ghost', { pod: rt.name, node }),
            },
      );
    }
  }
  pods.sort(drawOrder);
  alerts.sort((a, b) => (a.podKey < b.podKey ? -1 : 1));
  const { claims, volumes } = readStorage(world, sets, pods, filter);
  return { nodes, pods, claims, volumes, services: readServices(world, sets, filter), alerts };
}

function keep(filter: PictureFilter, kind: OwnerKind): boolean {
  return filter === 'all' || filter === kind;
}

function readNodes(world: World): SceneNode[] {
  const names = new Set([...Object.keys(world.objects.Node), ...Object.keys(world.nodes)]);
  const out: SceneNode[] = [];
  for (const name of names) {
    const api = world.objects.Node[name];
    const truth = nodeTruth(world, name) ?? { physical: 'Connected', health: 'Ready' };
    const grouped = new Map<string, string[]>();
    for (const t of api?.spec.taints ?? []) {
      const id = t.value ? `${t.key}=${t.value}` : t.key;
      grouped.set(id, [...(grouped.get(id) ?? []), t.effect]);
    }
    const taints = [...grouped.entries()].map(([id, effects]) => ({
      key: id,
      label: `${id.startsWith(NODE_PREFIX) ? id.slice(NODE_PREFIX.length) : id}: ${effects.join(', ')}`,
      full: effects.map((e) => `${id}:${e}`).join(' '),
    }));
    const status = api ? nodeStatus(api) : 'Deleted';
    const sim = world.nodes[name];
    const silent = sim && truth.physical !== 'Connected' ? Math.floor((world.now - sim.lastLeaseMs) / 1000) : undefined;
    out.push({
      name,
      status,
      ready: status.split(',')[0] === 'Ready',
      truth,
      cordoned: !!api?.spec.unschedulable,
      taints,
      inApi: !!api,
      ...(silent !== undefined && silent >= 0 ? { silentFor: silent } : {}),
      index: world.nodes[name]?.index ?? Number.MAX_SAFE_INTEGER,
    });
  }
  return out.sort((a, b) => a.index - b.index || byName(a, b));
}

function readPod(world: World, pod: Pod): ScenePod {
  const ctl = controllerOf(pod);
  const name = pod.metadata.name;
  const kind: OwnerKind =
    ctl?.kind === 'StatefulSet' ? 'StatefulSet' : ctl?.kind === 'ReplicaSet' ? 'ReplicaSet' : 'None';
  const po = kind === 'StatefulSet' ? parentAndOrdinal(name) : undefined;
  const claims = (pod.spec.volumes ?? []).flatMap((v) =>
    v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [],
  );
  return {
    key: name,
    name,
    uid: pod.metadata.uid ?? name,
    ...(pod.spec.nodeName ? { node: pod.spec.nodeName } : {}),
    owner: { kind, ...(ctl ? { name: ctl.name } : {}) },
    ...(po ? { ordinal: po.ordinal } : {}),
    markings: po ? markingsFor(po.parent, po.ordinal) : CATTLE_MARKINGS,
    look: podLook(world, pod),
    ...(pod.status.podIP ? { ip: pod.status.podIP } : {}),
    claims,
    ghost: false,
  };
}

/** A ghost has no API object: recover its owner from its name. */
function ownerByName(world: World, name: string, sets: StatefulSet[]): ScenePod['owner'] {
  const po = parentAndOrdinal(name);
  if (po && sets.some((s) => s.metadata.name === po.parent)) return { kind: 'StatefulSet', name: po.parent };
  const rs = Object.keys(world.objects.ReplicaSet).find((r) => name.startsWith(`${r}-`));
  return rs ? { kind: 'ReplicaSet', name: rs } : { kind: 'None' };
}

/** The claims a set's pod `podName` mounts: `<template>-<podName>`. */
function claimNames(set: StatefulSet, podName: string): string[] {
  return (set.spec.volumeClaimTemplates ?? []).map((t) => `${t.metadata.name}-${podName}`);
}

/** StatefulSet pods by set and ordinal, then the rest by name; ghosts after their namesake. */
function drawOrder(a: ScenePod, b: ScenePod): number {
  const rank = (p: ScenePod) => (p.owner.kind === 'StatefulSet' ? 0 : p.owner.kind === 'ReplicaSet' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const oa = a.owner.name ?? '';
  const ob = b.owner.name ?? '';
  if (oa !== ob) return oa < ob ? -1 : 1;
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) return a.ordinal - b.ordinal;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return Number(a.ghost) - Number(b.ghost);
}

/** Which StatefulSet pod a claim belongs to, by the `<template>-<set>-<ordinal>` naming rule. */
export function claimOwner(claimName: string, sets: StatefulSet[]): { set: string; pod: string } | undefined {
  for (const set of sets) {
    for (const t of set.spec.volumeClaimTemplates ?? []) {
      const prefix = `${t.metadata.name}-${set.metadata.name}-`;
      if (claimName.startsWith(prefix) && /^[0-9]+$/.test(claimName.slice(prefix.length)))
        return { set: set.metadata.name, pod: `${set.metadata.name}-${claimName.slice(prefix.length)}` };
    }
  }
  return undefined;
}

function readStorage(
  world: World,
  sets: StatefulSet[],
  pods: ScenePod[],
  filter: PictureFilter,
): { claims: SceneClaim[]; volumes: SceneVolume[] } {
  const o = world.objects;
  const used = new Set(pods.flatMap((p) => p.claims));
  const rsTemplates = new Set(
    Object.values(o.ReplicaSet).flatMap((rs) =>
      (rs.spec.template.spec.volumes ?? []).flatMap((v) =>
        v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [],
      ),
    ),
  );
  const ghosts = new Set(pods.filter((p) => p.ghost).map((p) => p.name));
  const users = new Map<string, string[]>();
  for (const p of pods) {
    if (p.ghost) continue;
    for (const c of p.claims) users.set(c, [...(users.get(c) ?? []), p.name]);
  }
  const claims: SceneClaim[] = [];
  for (const pvc of Object.values(o.PersistentVolumeClaim)) {
    const name = pvc.metadata.name;
    const owner = claimOwner(name, sets);
    const show =
      filter === 'all' ||
      used.has(name) ||
      (filter === 'StatefulSet' && owner !== undefined) ||
      (filter === 'ReplicaSet' && rsTemplates.has(name));
    if (!show) continue;
    const waiting = owner && !o.Pod[owner.pod] && !ghosts.has(owner.pod);
    claims.push({
      name,
      phase: pvc.status.phase ?? 'Pending',
      terminating: !!pvc.metadata.deletionTimestamp,
      ...(pvc.spec.volumeName ? { volume: pvc.spec.volumeName } : {}),
      ...(pvc.status.capacity?.storage ? { capacity: pvc.status.capacity.storage } : {}),
      ...(owner ? { forPod: owner.pod } : {}),
      ...(waiting ? { waitingFor: owner.pod } : {}),
      usedBy: users.get(name) ?? [],
    });
  }
  const sorted = sortClaims(claims);
  const shownClaims = new Set(sorted.map((c) => c.name));
  const volumes: SceneVolume[] = [];
  for (const pv of Object.values(o.PersistentVolume)) {
    const claim = pv.spec.claimRef?.name;
    const bound = claim !== undefined && shownClaims.has(claim);
    if (!bound && filter !== 'all') continue;
    const files = world.volumes[pv.metadata.name]?.files ?? {};
    const file = DATA_FILES.find((f) => files[f] !== undefined) ?? Object.keys(files).sort()[0];
    volumes.push({
      name: pv.metadata.name,
      capacity: pv.spec.capacity.storage,
      phase: pv.status.phase ?? 'Pending',
      ...(claim ? { claim } : {}),
      ...(file !== undefined ? { data: { file, text: firstLine(files[file] ?? '') } } : {}),
    });
  }
  volumes.sort(byName);
  return { claims: sorted, volumes };
}

/** Set claims by set and ordinal (so www-web-10 follows www-web-9), then others by name. */
function sortClaims(claims: SceneClaim[]): SceneClaim[] {
  const keyed = claims.map((c) => ({ c, k: c.forPod ? parentAndOrdinal(c.forPod) : undefined }));
  keyed.sort((a, b) => {
    const ka = a.k;
    const kb = b.k;
    if (ka && kb) {
      if (ka.parent !== kb.parent) return ka.parent < kb.parent ? -1 : 1;
      if (ka.ordinal !== kb.ordinal) return ka.ordinal - kb.ordinal;
    } else if (ka || kb) return ka ? -1 : 1;
    return byName(a.c, b.c);
  });
  return keyed.map((x) => x.c);
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function readServices(world: World, sets: StatefulSet[], filter: PictureFilter): SceneService[] {
  const o = world.objects;
  const out: SceneService[] = [];
  const governing = new Set(sets.map((s) => s.spec.serviceName).filter((n): n is string => !!n));
  for (const svc of Object.values(o.Service)) {
    const name = svc.metadata.name;
    if (name === 'kubernetes') continue;
    if (filter === 'StatefulSet' && !governing.has(name)) continue;
    if (filter === 'ReplicaSet' && !selectsReplicaSet(world, svc.spec.selector)) continue;
    const ep = o.Endpoints[name];
    const endpoints: SceneEndpoint[] = [];
    for (const s of ep?.subsets ?? []) {
      for (const a of s.addresses ?? [])
        endpoints.push({ name: a.targetRef?.name ?? a.hostname ?? a.ip, ip: a.ip, ready: true });
      for (const a of s.notReadyAddresses ?? [])
        endpoints.push({ name: a.targetRef?.name ?? a.hostname ?? a.ip, ip: a.ip, ready: false });
    }
    endpoints.sort((a, b) => {
      const pa = parentAndOrdinal(a.name);
      const pb = parentAndOrdinal(b.name);
      if (pa && pb && pa.parent === pb.parent) return pa.ordinal - pb.ordinal;
      return byName(a, b);
    });
    out.push({ name, headless: svc.spec.clusterIP === 'None', clusterIP: svc.spec.clusterIP ?? '', endpoints });
  }
  return out.sort(byName);
}

function selectsReplicaSet(world: World, selector: Record<string, string> | undefined): boolean {
  if (!selector || !Object.keys(selector).length) return false;
  return Object.values(world.objects.ReplicaSet).some((rs) => {
    const labels = rs.spec.template.metadata?.labels ?? {};
    return Object.entries(selector).every(([k, v]) => labels[k] === v);
  });
}

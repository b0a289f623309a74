// Goals: what a step asks for, as a discriminated union evaluated on the World. A failed check
// says what differs ("web-2 exists but is not Ready yet"), as a message the UI shows in the
// student's language — never a bare "no".
import type { World } from '../sim/engine/world.ts';
import type { Pod, PersistentVolumeClaim } from '../sim/model/types.ts';
import { msg, type Message, type MessageKey } from '../i18n/index.ts';
import { parentAndOrdinal } from '../sim/model/pods.ts';
import {
  findSet,
  groundTruthViolations,
  isReadyPod,
  podStatus,
  runningCopies,
  setPods,
  srvTargets,
} from './world-queries.ts';
import { parseRef, type ObjectRef } from './schema.ts';

/** Pod, claim and set names are plain strings; sets may be StatefulSets or ReplicaSets. */
export type Goal =
  /** The set's pods are Ready: the named ones, or exactly `count` pods, all Ready. */
  | { kind: 'podsReady'; set: string; names?: string[]; count?: number }
  | { kind: 'podOnNode'; pod: string; node: string }
  | { kind: 'podExists'; pod: string }
  | { kind: 'podAbsent'; pod: string }
  | { kind: 'podTerminating'; pod: string }
  /** The STATUS column of `kubectl get pods` (Running, Pending, Terminating, ImagePullBackOff…). */
  | { kind: 'podStatus'; pod: string; status: string }
  /** The image in the pod's spec (what `kubectl get pod -o jsonpath` shows). */
  | { kind: 'podImage'; pod: string; image: string }
  /** A pod of this name exists and is not the one that existed when the step began. */
  | { kind: 'podRecreated'; pod: string }
  /** The set has pods, and none of their names existed when the step began (cattle get new names). */
  | { kind: 'podsRenamed'; set: string; count: number }
  /** `ordered`: each pod was created only once the previous ordinal was Ready; false: at least one was not. */
  | { kind: 'createdInOrder'; set: string; ordered: boolean }
  | { kind: 'claimsExist'; names: string[] }
  /** The claim is Bound (to `volume`, when given). */
  | { kind: 'claimBoundTo'; claim: string; volume?: string }
  | { kind: 'claimPhase'; claim: string; phase: 'Pending' | 'Bound' | 'Lost' }
  | { kind: 'objectExists'; ref: ObjectRef }
  | { kind: 'objectAbsent'; ref: ObjectRef }
  /** A plain SRV query of `<service>.default.svc.cluster.local` answers `count` records. */
  | { kind: 'srvRecordCount'; service: string; count: number }
  /** `spec.replicas` of the set. */
  | { kind: 'replicas'; set: string; count: number }
  | { kind: 'nodeNotReady'; node: string }
  /** Ground truth: an identity (this pod's, or any) runs more than once right now. */
  | { kind: 'violationPresent'; pod?: string }
  /** Ground truth: no identity runs twice now — nor, with `ever`, at any moment since the step began. */
  | { kind: 'noViolation'; ever?: boolean }
  /** A file on the claim's volume, by path relative to the mount point; with `content`, its text (trailing newline ignored). */
  | { kind: 'fileOnVolume'; claim: string; path: string; content?: string }
  /** An event with this reason (and object, and message substring) recorded since the step began. */
  | { kind: 'eventSeen'; reason: string; object?: string; message?: string }
  /** A command matching `pattern` (a regular expression) ran successfully since the step began; `what` says it in words. */
  | { kind: 'commandRun'; pattern: string; what: MessageKey }
  | { kind: 'all'; goals: Goal[] }
  | { kind: 'any'; goals: Goal[] }
  | { kind: 'not'; goal: Goal };

export type GoalKind = Goal['kind'];

/** What a goal may look at besides the World: the step's own history. */
export interface GoalContext {
  /** Commands run since the step began, oldest first. */
  commands: readonly { line: string; exitCode: number }[];
  /** Virtual ms at which the step began. */
  since: number;
  /** Pod name → UID when the step began. */
  podsAtStart: Readonly<Record<string, string>>;
  /** Identities seen running twice since the step began → first virtual ms it was seen. */
  violationsSeen: Readonly<Record<string, number>>;
}

export const EMPTY_CONTEXT: GoalContext = { commands: [], since: 0, podsAtStart: {}, violationsSeen: {} };

export type GoalResult = { ok: true } | { ok: false; why: Message };

const OK: GoalResult = { ok: true };
const no = (key: MessageKey, params?: Message['params']): GoalResult => ({
  ok: false,
  why: params ? { key, params } : { key },
});

/**
 * Evaluates a goal. `history` is the step's context (commands run, pods at the start…); goals
 * that don't need it ignore it.
 * @example check({ kind: 'podsReady', set: 'web', count: 3 }, world) // { ok: false, why: … }
 */
export function check(goal: Goal, world: World, history: GoalContext = EMPTY_CONTEXT): GoalResult {
  const pods = world.objects.Pod;
  switch (goal.kind) {
    case 'podsReady':
      return podsReady(goal, world);
    case 'podOnNode': {
      const p = pods[goal.pod];
      if (!p) return no('goal.pod.missing', { pod: goal.pod });
      if (!p.spec.nodeName) return no('goal.podOnNode.unscheduled', { pod: goal.pod });
      return p.spec.nodeName === goal.node
        ? OK
        : no('goal.podOnNode.elsewhere', { pod: goal.pod, node: goal.node, actual: p.spec.nodeName });
    }
    case 'podExists':
      return pods[goal.pod] ? OK : no('goal.pod.missing', { pod: goal.pod });
    case 'podAbsent': {
      const p = pods[goal.pod];
      return p ? no('goal.podAbsent.present', { pod: goal.pod, status: podStatus(world, p) }) : OK;
    }
    case 'podTerminating': {
      const p = pods[goal.pod];
      if (!p) return no('goal.pod.missing', { pod: goal.pod });
      return p.metadata.deletionTimestamp
        ? OK
        : no('goal.podTerminating.not', { pod: goal.pod, status: podStatus(world, p) });
    }
    case 'podStatus': {
      const p = pods[goal.pod];
      if (!p) return no('goal.pod.missing', { pod: goal.pod });
      const actual = podStatus(world, p);
      return actual === goal.status ? OK : no('goal.podStatus.other', { pod: goal.pod, actual, status: goal.status });
    }
    case 'podImage': {
      const p = pods[goal.pod];
      if (!p) return no('goal.pod.missing', { pod: goal.pod });
      const actual = p.spec.containers[0]?.image ?? '';
      if (actual !== goal.image) return no('goal.podImage.other', { pod: goal.pod, actual, image: goal.image });
      if (p.metadata.deletionTimestamp) return no('goal.pod.terminating', { pod: goal.pod });
      return OK;
    }
    case 'podRecreated': {
      const p = pods[goal.pod];
      if (!p) return no('goal.pod.missing', { pod: goal.pod });
      return history.podsAtStart[goal.pod] === p.metadata.uid ? no('goal.podRecreated.same', { pod: goal.pod }) : OK;
    }
    case 'podsRenamed': {
      const set = findSet(world, goal.set);
      if (!set) return no('goal.set.missing', { set: goal.set });
      const own = setPods(world, set).filter((p) => !p.metadata.deletionTimestamp);
      const old = own.find((p) => history.podsAtStart[p.metadata.name] !== undefined);
      if (old) return no('goal.podsRenamed.old', { pod: old.metadata.name });
      if (own.length !== goal.count)
        return no('goal.podsRenamed.count', { set: goal.set, have: own.length, want: goal.count });
      return OK;
    }
    case 'createdInOrder':
      return createdInOrder(goal, world);
    case 'claimsExist': {
      const missing = goal.names.find((n) => !world.objects.PersistentVolumeClaim[n]);
      return missing ? no('goal.claim.missing', { claim: missing }) : OK;
    }
    case 'claimBoundTo': {
      const c = world.objects.PersistentVolumeClaim[goal.claim];
      if (!c) return no('goal.claim.missing', { claim: goal.claim });
      if (c.status.phase !== 'Bound' || !c.spec.volumeName)
        return no('goal.claimBoundTo.unbound', { claim: goal.claim, phase: c.status.phase ?? 'Pending' });
      if (goal.volume && c.spec.volumeName !== goal.volume)
        return no('goal.claimBoundTo.other', { claim: goal.claim, actual: c.spec.volumeName, volume: goal.volume });
      return OK;
    }
    case 'claimPhase': {
      const c = world.objects.PersistentVolumeClaim[goal.claim];
      if (!c) return no('goal.claim.missing', { claim: goal.claim });
      const actual = c.status.phase ?? 'Pending';
      return actual === goal.phase ? OK : no('goal.claimPhase.other', { claim: goal.claim, actual, phase: goal.phase });
    }
    case 'objectExists':
      return lookup(world, goal.ref) ? OK : no('goal.object.missing', { ref: goal.ref });
    case 'objectAbsent':
      return lookup(world, goal.ref) ? no('goal.object.present', { ref: goal.ref }) : OK;
    case 'srvRecordCount':
      return srvRecordCount(goal, world);
    case 'replicas': {
      const set = findSet(world, goal.set);
      if (!set) return no('goal.set.missing', { set: goal.set });
      const actual = set.spec.replicas ?? 1;
      return actual === goal.count ? OK : no('goal.replicas.other', { set: goal.set, actual, want: goal.count });
    }
    case 'nodeNotReady': {
      const n = world.objects.Node[goal.node];
      if (!n) return no('goal.node.missing', { node: goal.node });
      const ready = n.status.conditions.find((c) => c.type === 'Ready')?.status === 'True';
      return ready ? no('goal.nodeNotReady.ready', { node: goal.node }) : OK;
    }
    case 'violationPresent': {
      const v = groundTruthViolations(world);
      if (goal.pod ? v.includes(goal.pod) : v.length) return OK;
      if (goal.pod) {
        const copies = runningCopies(world, goal.pod);
        return copies.length
          ? no('goal.violation.once', { pod: goal.pod, node: copies[0]! })
          : no('goal.violation.notRunning', { pod: goal.pod });
      }
      return no('goal.violation.none');
    }
    case 'noViolation': {
      const now = groundTruthViolations(world);
      if (now.length) {
        const pod = now[0]!;
        return no('goal.violation.present', { pod, nodes: runningCopies(world, pod).join(', ') });
      }
      if (goal.ever) {
        const seen = Object.entries(history.violationsSeen).sort((a, b) => a[1] - b[1])[0];
        if (seen) return no('goal.violation.seen', { pod: seen[0], time: clock(world, seen[1]) });
      }
      return OK;
    }
    case 'fileOnVolume':
      return fileOnVolume(goal, world);
    case 'eventSeen': {
      const since = world.config.epochMs + history.since;
      const found = Object.values(world.objects.Event).some(
        (e) =>
          e.reason === goal.reason &&
          (!goal.object || e.involvedObject.name === goal.object) &&
          (!goal.message || e.message.includes(goal.message)) &&
          Date.parse(e.lastTimestamp) >= Math.floor(since / 1000) * 1000,
      );
      return found ? OK : no('goal.event.missing', { reason: goal.reason, object: goal.object ?? '*' });
    }
    case 'commandRun': {
      const re = new RegExp(goal.pattern);
      return history.commands.some((c) => c.exitCode === 0 && re.test(c.line))
        ? OK
        : no('goal.command.missing', { what: msg(goal.what) });
    }
    case 'all':
      for (const g of goal.goals) {
        const r = check(g, world, history);
        if (!r.ok) return r;
      }
      return OK;
    case 'any': {
      let first: GoalResult | undefined;
      for (const g of goal.goals) {
        const r = check(g, world, history);
        if (r.ok) return OK;
        first ??= r;
      }
      return first ?? OK;
    }
    case 'not':
      return check(goal.goal, world, history).ok ? no('goal.not.holds', { goal: describeGoal(goal.goal) }) : OK;
  }
}

function podsReady(goal: Extract<Goal, { kind: 'podsReady' }>, world: World): GoalResult {
  const set = findSet(world, goal.set);
  if (!set) return no('goal.set.missing', { set: goal.set });
  if (goal.names) {
    for (const name of goal.names) {
      const r = podReady(world, name);
      if (!r.ok) return r;
    }
    return OK;
  }
  const want = goal.count ?? 0;
  const own = setPods(world, set);
  const replicas = set.spec.replicas ?? 1;
  if (replicas !== want) return no('goal.podsReady.replicas', { set: goal.set, replicas, want });
  const byOrdinal = [...own].sort(byName);
  const unready = byOrdinal.find((p) => !isReadyPod(p));
  if (own.length > want) {
    const extra = byOrdinal.find((p) => p.metadata.deletionTimestamp) ?? byOrdinal.at(-1)!;
    return no('goal.podsReady.tooMany', { set: goal.set, have: own.length, want, pod: extra.metadata.name });
  }
  if (unready) return podReady(world, unready.metadata.name);
  if (own.length < want) return no('goal.podsReady.count', { set: goal.set, have: own.length, want });
  return OK;
}

function podReady(world: World, name: string): GoalResult {
  const p = world.objects.Pod[name];
  if (!p) return no('goal.pod.missing', { pod: name });
  if (p.metadata.deletionTimestamp) return no('goal.pod.terminating', { pod: name });
  if (!isReadyPod(p)) return no('goal.pod.notReady', { pod: name, status: podStatus(world, p) });
  return OK;
}

function byName(a: Pod, b: Pod): number {
  const oa = parentAndOrdinal(a.metadata.name)?.ordinal ?? 0;
  const ob = parentAndOrdinal(b.metadata.name)?.ordinal ?? 0;
  return oa - ob || (a.metadata.name < b.metadata.name ? -1 : 1);
}

function readySince(p: Pod): number | undefined {
  const c = p.status.conditions?.find((x) => x.type === 'Ready' && x.status === 'True');
  return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : undefined;
}

function createdInOrder(goal: Extract<Goal, { kind: 'createdInOrder' }>, world: World): GoalResult {
  const set = findSet(world, goal.set);
  if (!set) return no('goal.set.missing', { set: goal.set });
  const own = [...setPods(world, set)].sort(byName);
  for (let i = 1; i < own.length; i++) {
    const prev = own[i - 1]!;
    const pod = own[i]!;
    const ready = readySince(prev);
    const created = Date.parse(pod.metadata.creationTimestamp ?? '');
    const ordered = ready !== undefined && created >= ready;
    if (!ordered && goal.ordered)
      return no('goal.createdInOrder.early', { pod: pod.metadata.name, prev: prev.metadata.name });
    if (!ordered && !goal.ordered) return OK;
  }
  return goal.ordered ? OK : no('goal.createdInOrder.ordered', { set: goal.set });
}

function srvRecordCount(goal: Extract<Goal, { kind: 'srvRecordCount' }>, world: World): GoalResult {
  const svc = world.objects.Service[goal.service];
  if (!svc && goal.count > 0) return no('goal.srv.noService', { service: goal.service });
  const targets = svc ? srvTargets(world, goal.service) : [];
  const have = targets.length;
  if (have === goal.count) return OK;
  const base = { service: goal.service, have, want: goal.count };
  if (have < goal.count && svc?.spec.selector) {
    // The first pod the Service selects that DNS does not list, and why.
    const listed = new Set(targets.map((x) => x.split('.')[0]));
    const selector = svc.spec.selector;
    const missing = Object.values(world.objects.Pod)
      .filter((p) => Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v))
      .sort(byName)
      .find((p) => !listed.has(p.spec.hostname ?? p.metadata.name));
    if (missing)
      return no('goal.srv.countUnlisted', { ...base, pod: missing.metadata.name, status: podStatus(world, missing) });
  }
  return no('goal.srv.count', base);
}

function fileOnVolume(goal: Extract<Goal, { kind: 'fileOnVolume' }>, world: World): GoalResult {
  const claim: PersistentVolumeClaim | undefined = world.objects.PersistentVolumeClaim[goal.claim];
  if (!claim) return no('goal.claim.missing', { claim: goal.claim });
  const pv = claim.spec.volumeName;
  if (!pv) return no('goal.file.noVolume', { claim: goal.claim });
  const text = world.volumes[pv]?.files[goal.path.replace(/^\/+/, '')];
  if (text === undefined) return no('goal.file.missing', { claim: goal.claim, path: goal.path });
  if (goal.content === undefined) return OK;
  const actual = text.replace(/\n$/, '');
  return actual === goal.content.replace(/\n$/, '')
    ? OK
    : no('goal.file.other', { claim: goal.claim, path: goal.path, actual, content: goal.content });
}

function lookup(world: World, ref: ObjectRef): unknown {
  const r = parseRef(ref);
  return r ? world.objects[r.kind][r.name] : undefined;
}

/** HH:MM:SS of a virtual instant, as a clock on the cluster's wall. */
function clock(world: World, ms: number): string {
  return new Date(world.config.epochMs + ms).toISOString().slice(11, 19);
}

// ---- describing goals ----

/** The goal in words ("web-0, web-1 Ready"), for "Goal:" lines and for the `not` explanation. */
export function describeGoal(goal: Goal): Message {
  switch (goal.kind) {
    case 'podsReady':
      return goal.names
        ? msg('goal.describe.podsReadyNames', { pods: goal.names.join(', ') })
        : msg('goal.describe.podsReadyCount', { set: goal.set, count: goal.count ?? 0 });
    case 'podOnNode':
      return msg('goal.describe.podOnNode', { pod: goal.pod, node: goal.node });
    case 'podExists':
      return msg('goal.describe.podExists', { pod: goal.pod });
    case 'podAbsent':
      return msg('goal.describe.podAbsent', { pod: goal.pod });
    case 'podTerminating':
      return msg('goal.describe.podTerminating', { pod: goal.pod });
    case 'podStatus':
      return msg('goal.describe.podStatus', { pod: goal.pod, status: goal.status });
    case 'podImage':
      return msg('goal.describe.podImage', { pod: goal.pod, image: goal.image });
    case 'podRecreated':
      return msg('goal.describe.podRecreated', { pod: goal.pod });
    case 'podsRenamed':
      return msg('goal.describe.podsRenamed', { set: goal.set, count: goal.count });
    case 'createdInOrder':
      return msg(goal.ordered ? 'goal.describe.createdInOrder' : 'goal.describe.createdTogether', { set: goal.set });
    case 'claimsExist':
      return msg('goal.describe.claimsExist', { claims: goal.names.join(', ') });
    case 'claimBoundTo':
      return goal.volume
        ? msg('goal.describe.claimBoundTo', { claim: goal.claim, volume: goal.volume })
        : msg('goal.describe.claimBound', { claim: goal.claim });
    case 'claimPhase':
      return msg('goal.describe.claimPhase', { claim: goal.claim, phase: goal.phase });
    case 'objectExists':
      return msg('goal.describe.objectExists', { ref: goal.ref });
    case 'objectAbsent':
      return msg('goal.describe.objectAbsent', { ref: goal.ref });
    case 'srvRecordCount':
      return msg('goal.describe.srvRecordCount', { service: goal.service, count: goal.count });
    case 'replicas':
      return msg('goal.describe.replicas', { set: goal.set, count: goal.count });
    case 'nodeNotReady':
      return msg('goal.describe.nodeNotReady', { node: goal.node });
    case 'violationPresent':
      return goal.pod ? msg('goal.describe.violationOf', { pod: goal.pod }) : msg('goal.describe.violationPresent');
    case 'noViolation':
      return msg(goal.ever ? 'goal.describe.noViolationEver' : 'goal.describe.noViolation');
    case 'fileOnVolume':
      return goal.content === undefined
        ? msg('goal.describe.fileOnVolume', { claim: goal.claim, path: goal.path })
        : msg('goal.describe.fileContent', { claim: goal.claim, path: goal.path, content: goal.content });
    case 'eventSeen':
      return msg('goal.describe.eventSeen', { reason: goal.reason, object: goal.object ?? '*' });
    case 'commandRun':
      return msg(goal.what);
    case 'all':
      return msg('goal.describe.all', { goals: goal.goals.map(describeGoal) });
    case 'any':
      return msg('goal.describe.any', { goals: goal.goals.map(describeGoal) });
    case 'not':
      return msg('goal.describe.not', { goal: describeGoal(goal.goal) });
  }
}

// ---- validation (for lessons that arrive as JSON) ----

const STRING_FIELDS: Record<GoalKind, string[]> = {
  podsReady: ['set'],
  podOnNode: ['pod', 'node'],
  podExists: ['pod'],
  podAbsent: ['pod'],
  podTerminating: ['pod'],
  podStatus: ['pod', 'status'],
  podImage: ['pod', 'image'],
  podRecreated: ['pod'],
  podsRenamed: ['set'],
  createdInOrder: ['set'],
  claimsExist: [],
  claimBoundTo: ['claim'],
  claimPhase: ['claim', 'phase'],
  objectExists: ['ref'],
  objectAbsent: ['ref'],
  srvRecordCount: ['service'],
  replicas: ['set'],
  nodeNotReady: ['node'],
  violationPresent: [],
  noViolation: [],
  fileOnVolume: ['claim', 'path'],
  eventSeen: ['reason'],
  commandRun: ['pattern', 'what'],
  all: [],
  any: [],
  not: [],
};

/** Problems with a goal that may come from JSON (empty when it is well-formed). */
export function validateGoal(g: unknown, messages?: Readonly<Record<string, string>>): string[] {
  if (typeof g !== 'object' || g === null) return ['goal: not an object'];
  const o = g as Record<string, unknown>;
  const kind = o.kind as GoalKind;
  const fields = STRING_FIELDS[kind];
  if (!fields) return [`goal: unknown kind ${String(o.kind)}`];
  const errors = fields.filter((f) => typeof o[f] !== 'string' || !o[f]).map((f) => `${kind}: missing ${f}`);
  const count = (f: string) => {
    if (typeof o[f] !== 'number' || o[f] < 0 || !Number.isInteger(o[f])) errors.push(`${kind}: ${f} must be a count`);
  };
  switch (kind) {
    case 'podsReady':
      if ((o.names === undefined) === (o.count === undefined)) errors.push('podsReady: give names or count');
      if (o.names !== undefined && !isNameList(o.names)) errors.push('podsReady: names must be pod names');
      if (o.count !== undefined) count('count');
      break;
    case 'podsRenamed':
    case 'srvRecordCount':
    case 'replicas':
      count('count');
      break;
    case 'createdInOrder':
      if (typeof o.ordered !== 'boolean') errors.push('createdInOrder: ordered must be true or false');
      break;
    case 'claimsExist':
      if (!isNameList(o.names)) errors.push('claimsExist: names must be claim names');
      break;
    case 'objectExists':
    case 'objectAbsent':
      if (typeof o.ref === 'string' && !parseRef(o.ref)) errors.push(`${kind}: bad object ref "${o.ref}"`);
      break;
    case 'commandRun':
      try {
        new RegExp(String(o.pattern));
      } catch {
        errors.push(`commandRun: bad pattern ${String(o.pattern)}`);
      }
      if (messages && typeof o.what === 'string' && !(o.what in messages))
        errors.push(`commandRun: unknown message key "${o.what}"`);
      break;
    case 'all':
    case 'any':
      if (!Array.isArray(o.goals) || !o.goals.length) errors.push(`${kind}: needs goals`);
      else for (const x of o.goals) errors.push(...validateGoal(x, messages));
      break;
    case 'not':
      errors.push(...validateGoal(o.goal, messages));
      break;
  }
  return errors;
}

function isNameList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.length > 0);
}

/** Every message key a goal can produce or reference (its `what` keys), for the i18n checks. */
export function goalKeys(goal: Goal): MessageKey[] {
  switch (goal.kind) {
    case 'commandRun':
      return [goal.what];
    case 'all':
    case 'any':
      return goal.goals.flatMap(goalKeys);
    case 'not':
      return goalKeys(goal.goal);
    default:
      return [];
  }
}

// One pass of the StatefulSet controller's rules (semantics §1.3–§1.8), as pure functions from
// what the controller observes to what it decides. The controller machine sequences them; this
// file says what each step does, following pkg/controller/statefulset/stateful_set_control.go.
import type { PersistentVolumeClaim, Pod, StatefulSet } from '../../model/types.ts';
import { isFailed, isRunningAndReady, isSucceeded, isTerminating, isPending } from '../../model/pods.ts';
import { claimsFor, replicaCount, startOrdinal } from './identity.ts';

export interface SetView {
  set: StatefulSet;
  now: number;
  /** In-range slots by index (ordinal − start); undefined where no pod exists yet. */
  replicas: (Pod | undefined)[];
  /** Pods with a valid ordinal outside the range, highest ordinal first. */
  condemned: Pod[];
  claim: (name: string) => PersistentVolumeClaim | undefined;
  /** Ms at which a pod's Ready condition last became True. */
  readySince: (pod: Pod) => number | undefined;
  currentRevision: string;
  updateRevision: string;
}

export type SetOp =
  | { op: 'createPod'; ordinal: number }
  | { op: 'createMissingClaims'; ordinal: number }
  | { op: 'deletePod'; name: string; why: 'failed' | 'condemned' | 'update' }
  | { op: 'repairPod'; name: string }
  | { op: 'ownClaimsByPod'; name: string };

export interface Halt {
  /** Why the pass stopped, worded for the "why is it waiting?" panel. */
  reason: string;
  pod?: string;
}

export interface Plan {
  ops: SetOp[];
  halt?: Halt;
}

export const monotonic = (set: StatefulSet): boolean => set.spec.podManagementPolicy !== 'Parallel';

export function revisionOf(pod: Pod): string | undefined {
  return pod.metadata.labels?.['controller-revision-hash'];
}

/** isRunningAndAvailable: Ready for at least minReadySeconds. */
export function isAvailable(v: SetView, pod: Pod): boolean {
  if (!isRunningAndReady(pod)) return false;
  const min = v.set.spec.minReadySeconds ?? 0;
  if (min <= 0) return true;
  const since = v.readySince(pod);
  return since !== undefined && since + min * 1000 <= v.now;
}

/** isUnavailable: missing, terminating, or not Ready for minReadySeconds. */
export function unavailable(v: SetView, pod: Pod | undefined): boolean {
  return !pod || isTerminating(pod) || !isAvailable(v, pod);
}

export function firstUnhealthy(v: SetView): Pod | undefined | 'missing' {
  for (const p of v.replicas) if (unavailable(v, p)) return p ?? 'missing';
  for (let i = v.condemned.length - 1; i >= 0; i--) if (unavailable(v, v.condemned[i])) return v.condemned[i];
  return undefined;
}

/** PodClaimIsStale: with whenScaled=Delete, a claim still owned by an earlier pod blocks creation. */
function staleClaim(v: SetView, ordinal: number): string | undefined {
  if (v.set.spec.persistentVolumeClaimRetentionPolicy?.whenScaled !== 'Delete') return undefined;
  for (const c of claimsFor(v.set, ordinal)) {
    const existing = v.claim(c.metadata.name);
    if (existing?.metadata.ownerReferences?.some((o) => o.kind === 'Pod')) return existing.metadata.name;
  }
  return undefined;
}

function identityDrifted(v: SetView, pod: Pod, ordinal: number): boolean {
  const l = pod.metadata.labels ?? {};
  const name = pod.metadata.name;
  if (l['statefulset.kubernetes.io/pod-name'] !== name) return true;
  if (pod.spec.hostname !== name) return true;
  if ((v.set.spec.serviceName ?? undefined) !== pod.spec.subdomain) return true;
  return ordinal < 0;
}

/** Step 6: process in-range replicas, lowest ordinal first. */
export function processReplicas(v: SetView): Plan {
  const ops: SetOp[] = [];
  const mono = monotonic(v.set);
  const start = startOrdinal(v.set);
  for (let i = 0; i < v.replicas.length; i++) {
    const pod = v.replicas[i];
    const ordinal = start + i;
    const name = `${v.set.metadata.name}-${ordinal}`;
    if (pod && (isFailed(pod) || isSucceeded(pod))) {
      if (!isTerminating(pod)) ops.push({ op: 'deletePod', name, why: 'failed' });
      // The replacement is created on a later pass, once the old object is gone.
      if (mono) return { ops, halt: { reason: `${name} failed; recreating it once the old pod is gone`, pod: name } };
      continue;
    }
    if (!pod) {
      const stale = staleClaim(v, ordinal);
      if (stale) {
        const halt = { reason: `waiting for the old claim ${stale} to be deleted before creating ${name}`, pod: name };
        if (mono) return { ops, halt };
        continue;
      }
      ops.push({ op: 'createPod', ordinal });
      if (mono) return { ops, halt: { reason: `created ${name}; waiting for it to be Running and Ready`, pod: name } };
      continue;
    }
    if (isPending(pod)) ops.push({ op: 'createMissingClaims', ordinal });
    if (mono) {
      if (isTerminating(pod)) return { ops, halt: { reason: `waiting for ${name} to terminate`, pod: name } };
      if (!isRunningAndReady(pod)) {
        const next =
          i + 1 < v.replicas.length ? ` before creating or updating ${v.set.metadata.name}-${ordinal + 1}` : '';
        return { ops, halt: { reason: `waiting for ${name} to be Running and Ready${next}`, pod: name } };
      }
      if (!isAvailable(v, pod))
        return { ops, halt: { reason: `waiting for ${name} to be available (minReadySeconds)`, pod: name } };
    }
    if (identityDrifted(v, pod, ordinal)) ops.push({ op: 'repairPod', name });
  }
  return { ops };
}

/** Steps 7–8: retention owner refs, then condemned pods, highest ordinal first. */
export function processCondemned(v: SetView): Plan {
  const ops: SetOp[] = [];
  const mono = monotonic(v.set);
  const first = firstUnhealthy(v);
  if (v.set.spec.persistentVolumeClaimRetentionPolicy?.whenScaled === 'Delete')
    for (const pod of v.condemned) ops.push({ op: 'ownClaimsByPod', name: pod.metadata.name });
  for (const pod of v.condemned) {
    const name = pod.metadata.name;
    if (isTerminating(pod)) {
      if (mono)
        return { ops, halt: { reason: `waiting for ${name} to be gone before removing the next pod`, pod: name } };
      continue;
    }
    if (mono && pod !== first && (!isRunningAndReady(pod) || !isAvailable(v, pod))) {
      return { ops, halt: { reason: `scale-down blocked: ${name} is not Running and Ready`, pod: name } };
    }
    ops.push({ op: 'deletePod', name, why: 'condemned' });
    if (mono) return { ops, halt: { reason: `deleted ${name}; waiting for it to be gone`, pod: name } };
  }
  return { ops };
}

/** getStatefulSetMaxUnavailable: an int or a percentage of replicas, rounded down, at least 1. */
export function maxUnavailable(set: StatefulSet): number {
  const raw = set.spec.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1;
  const replicas = replicaCount(set);
  const n =
    typeof raw === 'string' && raw.endsWith('%')
      ? Math.floor((Number(raw.slice(0, -1)) * replicas) / 100)
      : Number(raw);
  return Math.max(1, Number.isFinite(n) ? n : 1);
}

/** Step 10 (v1.35, MaxUnavailableStatefulSet on): delete outdated pods, highest first. */
export function processUpdate(v: SetView): Plan {
  const ops: SetOp[] = [];
  const partition = v.set.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const max = maxUnavailable(v.set);
  let unavail = 0;
  for (const p of v.replicas) if (unavailable(v, p)) unavail++;
  const outdated = (p: Pod | undefined): p is Pod => !!p && revisionOf(p) !== v.updateRevision && !isTerminating(p);
  if (unavail >= max) {
    const pending = v.replicas.slice(partition).some(outdated);
    if (!pending) return { ops };
    const waiting = v.replicas.find((p) => unavailable(v, p));
    const name = waiting?.metadata.name;
    return {
      ops,
      halt: {
        reason: `rolling update waiting for ${name ?? 'a pod'} to be Running and Ready`,
        ...(name ? { pod: name } : {}),
      },
    };
  }
  let budget = max - unavail;
  for (let i = v.replicas.length - 1; i >= partition && budget > 0; i--) {
    const p = v.replicas[i];
    if (outdated(p)) {
      ops.push({ op: 'deletePod', name: p.metadata.name, why: 'update' });
      budget--;
    }
  }
  if (ops.length) {
    const names = ops.map((o) => (o.op === 'deletePod' ? o.name : '')).join(', ');
    return { ops, halt: { reason: `rolling update: replacing ${names} with the new revision` } };
  }
  return { ops };
}

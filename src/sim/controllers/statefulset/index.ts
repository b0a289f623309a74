// The StatefulSet controller: observes a set's pods, claims and revisions, steps the controller
// machine, carries out the operations it decided on, and writes the set's status.
import type { Cluster } from '../../engine/cluster.ts';
import { deletePod } from '../../engine/deletion.ts';
import { parseStamp } from '../../engine/time.ts';
import { matchesSelector } from '../../model/labels.ts';
import { condition, isRunningAndReady, isTerminating, parentAndOrdinal } from '../../model/pods.ts';
const isPodTerminating = isTerminating;
import type { ControllerRevision, Pod, StatefulSet, StatefulSetStatus } from '../../model/types.ts';
import { stepMachine } from '../../machines/run.ts';
import {
  statefulSetControllerMachine,
  type SetControllerContext,
} from '../../machines/statefulSetController.machine.ts';
import { claimsFor, newPod, ownerRef, podName, replicaCount, startOrdinal } from './identity.ts';
import { isAvailable, revisionOf, type SetOp, type SetView } from './reconcile.ts';
import { canonicalJson, ownedRevisions, revisionHash, revisionTemplate, templatePatch } from './revisions.ts';

const FROM = 'statefulset-controller';

export function statefulSetController(c: Cluster): void {
  for (const set of c.list('StatefulSet')) syncSet(c, set);
}

function ownedPods(c: Cluster, set: StatefulSet): Pod[] {
  const uid = set.metadata.uid;
  const out: Pod[] = [];
  for (const pod of c.list('Pod')) {
    const refs = pod.metadata.ownerReferences ?? [];
    const ctrl = refs.find((r) => r.controller);
    const member = parentAndOrdinal(pod.metadata.name)?.parent === set.metadata.name;
    const matches = matchesSelector(pod.metadata.labels, set.spec.selector);
    if (ctrl?.uid === uid) {
      if (matches) out.push(pod);
      else if (!isTerminating(pod)) {
        // Release: a pod whose labels no longer match loses its controller reference.
        pod.metadata.ownerReferences = refs.filter((r) => r !== ctrl);
        c.update('Pod', pod);
      }
    } else if (!ctrl && matches && member && !isTerminating(pod) && !set.metadata.deletionTimestamp) {
      // Adopt a matching orphan (semantics §1.12, --cascade=orphan then re-create).
      pod.metadata.ownerReferences = [...refs, ownerRef(set)];
      c.update('Pod', pod);
      out.push(pod);
    }
  }
  return out;
}

/** Revision data never changes once written, so its canonical form is computed once. */
const dataKeys = new WeakMap<object, string>();
function dataKey(rev: ControllerRevision): string {
  const data = rev.data as object;
  let k = dataKeys.get(data);
  if (k === undefined) dataKeys.set(data, (k = canonicalJson(data)));
  return k;
}

/**
 * Canonical form of a set's template patch, cached per template object. Every writer of a
 * template (apply, patch, set image) replaces the object rather than mutating it in place.
 */
const templateKeys = new WeakMap<object, string>();
function templateKey(set: StatefulSet): string {
  let k = templateKeys.get(set.spec.template);
  if (k === undefined) templateKeys.set(set.spec.template, (k = canonicalJson(templatePatch(set.spec.template))));
  return k;
}

function syncRevisions(c: Cluster, set: StatefulSet): { current: ControllerRevision; update: ControllerRevision } {
  // ClaimControllerRevisions: adopt orphaned revisions whose labels match (after --cascade=orphan).
  for (const r of c.list('ControllerRevision')) {
    if (r.metadata.ownerReferences?.some((o) => o.controller) || !matchesSelector(r.metadata.labels, set.spec.selector))
      continue;
    r.metadata.ownerReferences = [...(r.metadata.ownerReferences ?? []), ownerRef(set)];
    c.update('ControllerRevision', r);
  }
  const revs = ownedRevisions(c.list('ControllerRevision'), set);
  const key = templateKey(set);
  const latest = revs.at(-1);
  const next = (latest?.revision ?? 0) + 1;
  const equal = revs.filter((r) => dataKey(r) === key);
  let update: ControllerRevision;
  if (latest && equal.includes(latest)) update = latest;
  else if (equal.length) {
    // Rollback: the earlier revision is reused with a bumped number (semantics §1.10).
    update = equal.at(-1)!;
    update.revision = next;
    c.update('ControllerRevision', update);
  } else {
    const patch = templatePatch(set.spec.template);
    let collision = set.status.collisionCount;
    let hash = revisionHash(patch, collision);
    while (c.get('ControllerRevision', `${set.metadata.name}-${hash}`)) {
      collision = (collision ?? 0) + 1;
      hash = revisionHash(patch, collision);
    }
    if (collision !== set.status.collisionCount && collision !== undefined) set.status.collisionCount = collision;
    update = c.create('ControllerRevision', {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name: `${set.metadata.name}-${hash}`,
        labels: { ...(set.spec.template.metadata?.labels ?? {}), 'controller.kubernetes.io/hash': hash },
        ownerReferences: [ownerRef(set)],
      },
      data: patch,
      revision: next,
    });
  }
  const current = revs.find((r) => r.metadata.name === set.status.currentRevision) ?? update;
  return { current, update };
}

function truncateHistory(c: Cluster, set: StatefulSet, pods: Pod[], keep: string[]): void {
  const live = new Set([...keep, ...pods.map((p) => revisionOf(p) ?? '')]);
  const history = ownedRevisions(c.list('ControllerRevision'), set).filter((r) => !live.has(r.metadata.name));
  const limit = set.spec.revisionHistoryLimit ?? 10;
  for (let i = 0; i < history.length - limit; i++) c.remove('ControllerRevision', history[i]!.metadata.name);
}

export function readySince(c: Cluster, pod: Pod): number | undefined {
  const ready = condition(pod, 'Ready');
  return ready?.status === 'True' && ready.lastTransitionTime
    ? parseStamp(c.world, ready.lastTransitionTime)
    : undefined;
}

function buildView(c: Cluster, set: StatefulSet, pods: Pod[], current: string, update: string): SetView {
  const start = startOrdinal(set);
  const count = replicaCount(set);
  const replicas: (Pod | undefined)[] = new Array<Pod | undefined>(count).fill(undefined);
  const condemned: Pod[] = [];
  for (const pod of pods) {
    const po = parentAndOrdinal(pod.metadata.name);
    if (!po || po.parent !== set.metadata.name) continue;
    if (po.ordinal >= start && po.ordinal < start + count) replicas[po.ordinal - start] = pod;
    else condemned.push(pod);
  }
  condemned.sort((a, b) => parentAndOrdinal(b.metadata.name)!.ordinal - parentAndOrdinal(a.metadata.name)!.ordinal);
  return {
    set,
    now: c.now,
    replicas,
    condemned,
    claim: (name) => c.get('PersistentVolumeClaim', name),
    readySince: (pod) => readySince(c, pod),
    currentRevision: current,
    updateRevision: update,
  };
}

function syncSet(c: Cluster, set: StatefulSet): void {
  const pods = ownedPods(c, set);
  const { current, update } = syncRevisions(c, set);
  const view = buildView(c, set, pods, current.metadata.name, update.metadata.name);
  const stored = c.world.controllers[set.metadata.name] ?? { state: 'Idle', reason: '' };
  const ctx: SetControllerContext = { ops: [] };
  const next = stepMachine(statefulSetControllerMachine, stored.state, ctx, { type: 'sync', view });
  const state = typeof next.value === 'string' ? next.value : Object.keys(next.value)[0]!;
  const halt = next.context.halt;
  const record = { state, reason: halt?.reason ?? '', ...(halt?.pod ? { waitingOn: halt.pod } : {}) };
  if (JSON.stringify(record) !== JSON.stringify(stored)) c.world.controllers[set.metadata.name] = record;
  for (const op of next.context.ops) execute(c, set, op, current, update);
  requeueForAvailability(c, set, pods);
  // updateStatefulSet counts the pods as it listed them at the start of the sync (plus the ones it
  // created): a pod it deleted in this sync still counts as not terminating until the next sync,
  // which the pod's own update triggers (so that write and the next are two status updates).
  const deletedNow = new Set(next.context.ops.flatMap((op) => (op.op === 'deletePod' ? [op.name] : [])));
  writeStatus(c, set, current, update, deletedNow);
  truncateHistory(c, set, ownedPods(c, set), [current.metadata.name, update.metadata.name]);
}

/** A pod becomes available by the passing of time alone: wake the controller at that instant. */
function requeueForAvailability(c: Cluster, set: StatefulSet, pods: Pod[]): void {
  const min = (set.spec.minReadySeconds ?? 0) * 1000;
  if (min <= 0) return;
  for (const pod of pods) {
    const since = readySince(c, pod);
    if (since === undefined || since + min <= c.now) continue;
    const at = since + min;
    if (!c.world.queue.some((t) => t.kind === 'requeue' && t.at === at))
      c.schedule('requeue', set.metadata.name, at - c.now);
  }
}

function event(c: Cluster, set: StatefulSet, type: 'Normal' | 'Warning', reason: string, message: string): void {
  c.event({
    type,
    reason,
    message,
    component: FROM,
    involved: { kind: 'StatefulSet', name: set.metadata.name, uid: set.metadata.uid!, apiVersion: 'apps/v1' },
  });
}

/** Creates the ordinal's missing claims; returns an error text if one is being deleted. */
function createClaims(c: Cluster, set: StatefulSet, ordinal: number): string | undefined {
  const pod = podName(set, ordinal);
  const policy = set.spec.persistentVolumeClaimRetentionPolicy;
  for (const claim of claimsFor(set, ordinal)) {
    const existing = c.get('PersistentVolumeClaim', claim.metadata.name);
    if (existing) {
      if (existing.metadata.deletionTimestamp) return `pvc ${claim.metadata.name} is being deleted`;
      continue;
    }
    if (policy?.whenDeleted === 'Delete') claim.metadata.ownerReferences = [ownerRef(set)];
    c.create('PersistentVolumeClaim', claim);
    event(
      c,
      set,
      'Normal',
      'SuccessfulCreate',
      `create Claim ${claim.metadata.name} Pod ${pod} in StatefulSet ${set.metadata.name} success`,
    );
  }
  return undefined;
}

function execute(
  c: Cluster,
  set: StatefulSet,
  op: SetOp,
  current: ControllerRevision,
  update: ControllerRevision,
): void {
  const setName = set.metadata.name;
  switch (op.op) {
    case 'createPod': {
      const name = podName(set, op.ordinal);
      if (c.get('Pod', name)) return;
      const ru = set.spec.updateStrategy?.rollingUpdate;
      const useCurrent =
        set.spec.updateStrategy?.type !== 'OnDelete' &&
        ru !== undefined &&
        op.ordinal < startOrdinal(set) + (ru.partition ?? 0);
      const rev = useCurrent ? current : update;
      const err = createClaims(c, set, op.ordinal);
      if (err) {
        event(c, set, 'Warning', 'FailedCreate', `create Pod ${name} in StatefulSet ${setName} failed error: ${err}`);
        return;
      }
      const pod = newPod(set, op.ordinal, revisionTemplate(rev), rev.metadata.name, c.world.config.mode);
      c.create('Pod', pod);
      event(c, set, 'Normal', 'SuccessfulCreate', `create Pod ${name} in StatefulSet ${setName} successful`);
      return;
    }
    case 'createMissingClaims':
      createClaims(c, set, op.ordinal);
      return;
    case 'deletePod': {
      const pod = c.get('Pod', op.name);
      if (!pod || isTerminating(pod)) return;
      deletePod(c, op.name);
      event(c, set, 'Normal', 'SuccessfulDelete', `delete Pod ${op.name} in StatefulSet ${setName} successful`);
      return;
    }
    case 'repairPod': {
      const pod = c.get('Pod', op.name);
      if (!pod) return;
      pod.metadata.labels = { ...(pod.metadata.labels ?? {}), 'statefulset.kubernetes.io/pod-name': op.name };
      pod.spec.hostname = op.name;
      if (set.spec.serviceName) pod.spec.subdomain = set.spec.serviceName;
      else delete pod.spec.subdomain;
      c.update('Pod', pod);
      event(c, set, 'Normal', 'SuccessfulUpdate', `update Pod ${op.name} in StatefulSet ${setName} successful`);
      return;
    }
    case 'ownClaimsByPod': {
      const pod = c.get('Pod', op.name);
      const ordinal = parentAndOrdinal(op.name)?.ordinal;
      if (!pod || ordinal === undefined) return;
      for (const tpl of claimsFor(set, ordinal)) {
        const claim = c.get('PersistentVolumeClaim', tpl.metadata.name);
        if (!claim || claim.metadata.ownerReferences?.some((o) => o.uid === pod.metadata.uid)) continue;
        claim.metadata.ownerReferences = [
          {
            apiVersion: 'v1',
            kind: 'Pod',
            name: op.name,
            uid: pod.metadata.uid!,
            controller: false,
            blockOwnerDeletion: true,
          },
        ];
        c.update('PersistentVolumeClaim', claim);
      }
      return;
    }
  }
}

function writeStatus(
  c: Cluster,
  set: StatefulSet,
  current: ControllerRevision,
  update: ControllerRevision,
  deletedNow: ReadonlySet<string> = new Set(),
): void {
  const pods = ownedPods(c, set);
  const isTerminating = (p: Pod) => isPodTerminating(p) && !deletedNow.has(p.metadata.name);
  const view = buildView(c, set, pods, current.metadata.name, update.metadata.name);
  const s: StatefulSetStatus = {
    observedGeneration: set.metadata.generation ?? 1,
    replicas: pods.length,
    readyReplicas: pods.filter(isRunningAndReady).length,
    currentReplicas: pods.filter((p) => !isTerminating(p) && revisionOf(p) === current.metadata.name).length,
    updatedReplicas: pods.filter((p) => !isTerminating(p) && revisionOf(p) === update.metadata.name).length,
    availableReplicas: pods.filter((p) => isAvailable(view, p)).length,
    currentRevision: current.metadata.name,
    updateRevision: update.metadata.name,
  };
  if (set.status.collisionCount !== undefined) s.collisionCount = set.status.collisionCount;
  // completeRollingUpdate: the rollout is done once every pod is updated and ready.
  if (
    set.spec.updateStrategy?.type !== 'OnDelete' &&
    s.updatedReplicas === s.replicas &&
    s.readyReplicas === s.replicas &&
    s.replicas === replicaCount(set)
  ) {
    s.currentRevision = s.updateRevision;
    s.currentReplicas = s.updatedReplicas;
  }
  // Keep only the counters the API server would print (zero counts are omitted by omitempty).
  for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas'] as const) if (s[k] === 0) delete s[k];
  if (canonicalJson(s) !== canonicalJson(set.status)) {
    set.status = s;
    c.update('StatefulSet', set);
  }
}

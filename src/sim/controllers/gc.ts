// The garbage collector and PodGC: dependents whose owner is gone are deleted (cascading delete
// gives no order, semantics §1.12); pods bound to a node that no longer exists, or terminating on
// an out-of-service node, are removed without waiting for a kubelet (semantics §3.3).
import type { Cluster } from '../engine/cluster.ts';
import { deletePod } from '../engine/deletion.ts';
import { stamp } from '../engine/time.ts';
import type { Timer } from '../engine/world.ts';
import { isTerminating } from '../model/pods.ts';
import { health, OUT_OF_SERVICE } from './nodeLifecycle.ts';

function liveOwners(c: Cluster): Set<string> {
  const uids = new Set<string>();
  for (const kind of ['StatefulSet', 'ReplicaSet', 'Pod'] as const)
    for (const o of c.list(kind)) if (o.metadata.uid) uids.add(o.metadata.uid);
  return uids;
}

export function garbageCollector(c: Cluster): void {
  const live = liveOwners(c);
  const orphaned = (refs: { uid: string }[] | undefined) => !!refs?.length && refs.every((r) => !live.has(r.uid));
  for (const pod of c.list('Pod')) {
    if (!isTerminating(pod) && orphaned(pod.metadata.ownerReferences)) deletePod(c, pod.metadata.name);
  }
  for (const pvc of c.list('PersistentVolumeClaim')) {
    if (!pvc.metadata.deletionTimestamp && orphaned(pvc.metadata.ownerReferences)) {
      pvc.metadata.deletionTimestamp = stamp(c.world);
      c.update('PersistentVolumeClaim', pvc);
    }
  }
  for (const rev of c.list('ControllerRevision')) {
    if (orphaned(rev.metadata.ownerReferences)) c.remove('ControllerRevision', rev.metadata.name);
  }
}

/** PodGC runs every 20 s (gcCheckPeriod). */
export const PODGC_PERIOD_MS = 20_000;
export const PODGC_PERIODIC = 'periodic';
/** Pods of a deleted Node are removed once it has been gone this long (PodGC's quarantine). */
export const PODGC_QUARANTINE_MS = 40_000;

/** PodGC pass: pods of deleted nodes (after the quarantine) and out-of-service terminating pods. */
export function onPodGC(c: Cluster, t: Timer): void {
  // Only the periodic run reschedules itself; an extra run (target '') does not start a chain.
  if (t.target === PODGC_PERIODIC) c.schedule('podgc', PODGC_PERIODIC, PODGC_PERIOD_MS);
  const gone = (c.world.nodesGone ??= {});
  for (const name of Object.keys(gone)) if (c.get('Node', name)) delete gone[name];
  for (const pod of c.list('Pod')) {
    const nodeName = pod.spec.nodeName;
    if (!nodeName) continue;
    const node = c.get('Node', nodeName);
    const sim = c.world.nodes[nodeName];
    if (!node) {
      gone[nodeName] ??= c.now;
      if (c.now - gone[nodeName] >= PODGC_QUARANTINE_MS) c.remove('Pod', pod.metadata.name);
      continue;
    }
    const outOfService = (node.spec.taints ?? []).some((t) => t.key === OUT_OF_SERVICE);
    // gcTerminating: terminating pods on a NotReady node with the out-of-service taint.
    if (outOfService && sim && health(sim) !== 'Ready' && isTerminating(pod)) c.remove('Pod', pod.metadata.name);
  }
}

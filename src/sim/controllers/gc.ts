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

/** PodGC pass, run by timer: orphaned pods (deleted node) and out-of-service terminating pods. */
export function onPodGC(c: Cluster, _t: Timer): void {
  for (const pod of c.list('Pod')) {
    const nodeName = pod.spec.nodeName;
    if (!nodeName) continue;
    const node = c.get('Node', nodeName);
    const sim = c.world.nodes[nodeName];
    if (!node) {
      c.remove('Pod', pod.metadata.name);
      continue;
    }
    const outOfService = (node.spec.taints ?? []).some((t) => t.key === OUT_OF_SERVICE);
    if (outOfService && sim && health(sim) !== 'Ready') {
      if (!isTerminating(pod)) deletePod(c, pod.metadata.name);
      const still = c.get('Pod', pod.metadata.name);
      if (still && isTerminating(still)) c.remove('Pod', pod.metadata.name);
    }
  }
}

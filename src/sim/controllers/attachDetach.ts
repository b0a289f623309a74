// Attachable disks (`--storage attachable`, semantics §3.3): a ReadWriteOnce disk is attached to
// one node at a time. When its pod disappears while the node is unreachable, the attach/detach
// controller waits 6 minutes (maxWaitForUnmountDuration) before force-detaching it; meanwhile a
// replacement pod on another node waits on a Multi-Attach error. The out-of-service taint skips
// the wait.
import type { Cluster } from '../engine/cluster.ts';
import type { Pod } from '../model/types.ts';
import { physical } from './kubelet.ts';
import { health, OUT_OF_SERVICE } from './nodeLifecycle.ts';

export const FORCE_DETACH_MS = 6 * 60_000;

export function podVolumes(c: Cluster, pod: Pod): string[] {
  const out: string[] = [];
  for (const v of pod.spec.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    const pv = claim ? c.get('PersistentVolumeClaim', claim)?.spec.volumeName : undefined;
    if (pv) out.push(pv);
  }
  return out;
}

/** Disks of `pod` attached to a different node, or [] when it may attach them. */
export function blockedVolumes(c: Cluster, pod: Pod, node: string): string[] {
  if (c.world.config.storage !== 'attachable') return [];
  return podVolumes(c, pod).filter((pv) => {
    const a = c.world.attachments[pv];
    return a !== undefined && a.node !== node;
  });
}

export function attach(c: Cluster, pod: Pod, node: string): void {
  if (c.world.config.storage !== 'attachable') return;
  for (const pv of podVolumes(c, pod)) c.world.attachments[pv] = { node, podUid: pod.metadata.uid! };
}

export function attachDetachController(c: Cluster): void {
  const w = c.world;
  if (w.config.storage !== 'attachable') return;
  const live = new Set(c.list('Pod').map((p) => p.metadata.uid));
  for (const [pv, a] of Object.entries(w.attachments)) {
    if (live.has(a.podUid)) continue;
    const sim = w.nodes[a.node];
    const node = c.get('Node', a.node);
    const reachable = !!sim && physical(sim) === 'Connected' && health(sim) === 'Ready';
    const outOfService = (node?.spec.taints ?? []).some((t) => t.key === OUT_OF_SERVICE);
    // A reachable kubelet unmounts first; on a node that is gone there is nothing to wait for.
    const running = sim ? Object.values(sim.runtime).some((r) => r.uid === a.podUid) : false;
    if ((reachable && !running) || outOfService || !node) {
      detach(c, pv, a.node);
      continue;
    }
    if (a.orphanedAt === undefined) {
      a.orphanedAt = c.now;
      c.schedule('requeue', pv, FORCE_DETACH_MS);
    } else if (c.now >= a.orphanedAt + FORCE_DETACH_MS) {
      detach(c, pv, a.node);
    }
  }
}

/** Detaches the disk; a container still running on that node (a ghost) no longer has it. */
function detach(c: Cluster, pv: string, node: string): void {
  delete c.world.attachments[pv];
  for (const rt of Object.values(c.world.nodes[node]?.runtime ?? {}))
    if (rt.volumes.includes(pv)) rt.volumes = rt.volumes.filter((v) => v !== pv);
  c.touch();
}

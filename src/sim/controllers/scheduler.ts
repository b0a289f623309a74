// The scheduler: binds each unscheduled pod to a feasible node, spreading pods of one owner
// across nodes, and says why when no node fits (FailedScheduling).
import type { Cluster } from '../engine/cluster.ts';
import { random } from '../engine/rng.ts';
import { stamp } from '../engine/time.ts';
import { controllerOf, isTerminating } from '../model/pods.ts';
import type { Node, Pod, Taint, Toleration } from '../model/types.ts';

export function tolerates(tolerations: Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some(
    (t) =>
      (t.effect === undefined || t.effect === taint.effect) &&
      (t.operator === 'Exists'
        ? t.key === undefined || t.key === taint.key
        : t.key === taint.key && (t.value ?? '') === (taint.value ?? '')),
  );
}

function unboundClaims(c: Cluster, pod: Pod): boolean {
  return (pod.spec.volumes ?? []).some((v) => {
    const name = v.persistentVolumeClaim?.claimName;
    if (!name) return false;
    return c.get('PersistentVolumeClaim', name)?.status.phase !== 'Bound';
  });
}

function missingClaim(c: Cluster, pod: Pod): string | undefined {
  for (const v of pod.spec.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    if (name && !c.get('PersistentVolumeClaim', name)) return name;
  }
  return undefined;
}

function failReason(nodes: Node[], pod: Pod, load: Map<string, number>): string {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    let why: string;
    if ((load.get(n.metadata.name) ?? 0) >= podCapacity(n)) {
      counts.set('Too many pods', (counts.get('Too many pods') ?? 0) + 1);
      continue;
    }
    if (n.status.conditions.find((x) => x.type === 'Ready')?.status !== 'True' && !n.spec.taints?.length) {
      counts.set('node(s) were not ready', (counts.get('node(s) were not ready') ?? 0) + 1);
      continue;
    }
    const taint = (n.spec.taints ?? []).find(
      (t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec.tolerations, t),
    );
    if (n.spec.unschedulable) why = 'node(s) were unschedulable';
    else if (taint) why = `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
    else why = "node(s) didn't match Pod's node affinity/selector";
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  const parts = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, n]) => `${n} ${w}`);
  return `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`;
}

/** Pods a node accepts (status.allocatable.pods, 110 by default). */
function podCapacity(n: Node): number {
  return Number(n.status.allocatable?.pods ?? 110);
}

function feasible(n: Node, pod: Pod, load: Map<string, number>, book: boolean): boolean {
  if (n.spec.unschedulable) return false;
  // Kubernetes 1.7's CheckNodeCondition predicate; modern schedulers rely on the node's taints.
  if (book && n.status.conditions.find((x) => x.type === 'Ready')?.status !== 'True') return false;
  if ((load.get(n.metadata.name) ?? 0) >= podCapacity(n)) return false;
  for (const t of n.spec.taints ?? []) {
    if ((t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(pod.spec.tolerations, t)) return false;
  }
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {})) if (n.metadata.labels?.[k] !== v) return false;
  return true;
}

function failed(c: Cluster, pod: Pod, message: string): void {
  const uid = pod.metadata.uid!;
  if (c.world.unschedulable[uid] === message) return;
  c.world.unschedulable[uid] = message;
  c.event({
    type: 'Warning',
    reason: 'FailedScheduling',
    message,
    component: 'default-scheduler',
    involved: { kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid! },
  });
}

export function scheduler(c: Cluster): void {
  const nodes = c.list('Node');
  const pods = c.list('Pod');
  for (const pod of pods) {
    if (pod.spec.nodeName || isTerminating(pod)) continue;
    const missing = missingClaim(c, pod);
    if (missing) {
      failed(
        c,
        pod,
        `0/${nodes.length} nodes are available: persistentvolumeclaim "${missing}" not found. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`,
      );
      continue;
    }
    if (unboundClaims(c, pod)) {
      failed(
        c,
        pod,
        `0/${nodes.length} nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.`,
      );
      continue;
    }
    const load = new Map<string, number>();
    for (const p of pods)
      if (p.spec.nodeName && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed')
        load.set(p.spec.nodeName, (load.get(p.spec.nodeName) ?? 0) + 1);
    const book = c.world.config.mode === 'book';
    const candidates = nodes.filter((n) => feasible(n, pod, load, book));
    if (!candidates.length) {
      failed(c, pod, failReason(nodes, pod, load));
      continue;
    }
    const owner = controllerOf(pod)?.uid;
    const score = (n: Node) => {
      let same = 0;
      let total = 0;
      for (const p of pods) {
        if (p.spec.nodeName !== n.metadata.name || isTerminating(p)) continue;
        total++;
        if (owner && controllerOf(p)?.uid === owner) same++;
      }
      return same * 1000 + total;
    };
    const best = Math.min(...candidates.map(score));
    const ties = candidates.filter((n) => score(n) === best);
    const node = ties[Math.floor(random(c.world) * ties.length)]!;
    delete c.world.unschedulable[pod.metadata.uid!];
    pod.spec.nodeName = node.metadata.name;
    pod.status.conditions = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: stamp(c.world) }];
    c.update('Pod', pod);
    c.event({
      type: 'Normal',
      reason: 'Scheduled',
      message: `Successfully assigned default/${pod.metadata.name} to ${node.metadata.name}`,
      component: 'default-scheduler',
      involved: { kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid! },
    });
  }
}

// The node lifecycle controller and the physical events behind it (semantics §3): heartbeats
// stop when a node is cut off; after node-monitor-grace-period its conditions go Unknown, its
// pods are marked not Ready, it is tainted unreachable, and 300 s later its pods are evicted —
// gracefully, so on a node nobody can reach they stay Terminating forever.
import type { Cluster } from '../engine/cluster.ts';
import { deletePod } from '../engine/deletion.ts';
import { parseStamp, stamp } from '../engine/time.ts';
import type { NodeSim, Timer } from '../engine/world.ts';
import { stepMachine } from '../machines/run.ts';
import { nodeMachine, type NodeEvent } from '../machines/node.machine.ts';
import { isTerminating } from '../model/pods.ts';
import type { Node, NodeCondition, Pod, Taint } from '../model/types.ts';
import { physical } from './kubelet.ts';
import { tolerates } from './scheduler.ts';

export const UNREACHABLE = 'node.kubernetes.io/unreachable';
export const OUT_OF_SERVICE = 'node.kubernetes.io/out-of-service';

export function health(n: NodeSim): 'Ready' | 'Unknown' {
  return (JSON.parse(n.state) as { health: 'Ready' | 'Unknown' }).health;
}

export function sendNode(sim: NodeSim, event: NodeEvent): void {
  const next = stepMachine(nodeMachine, JSON.parse(sim.state) as Record<string, string>, undefined, event);
  sim.state = JSON.stringify(next.value);
}

/** Last lease renewal at or before `t` (renewals every leasePeriod from the node's offset). */
export function lastLease(c: Cluster, sim: NodeSim, t: number): number {
  const p = c.world.config.leasePeriodMs;
  return sim.leaseOffsetMs + Math.floor((t - sim.leaseOffsetMs) / p) * p;
}

const PRESSURES = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'OutOfDisk'] as const;

export function readyConditions(at: string, mode: 'modern' | 'book' = 'modern'): NodeCondition[] {
  const ok = (type: NodeCondition['type'], reason: string, message: string): NodeCondition => ({
    type,
    status: 'False',
    lastHeartbeatTime: at,
    lastTransitionTime: at,
    reason,
    message,
  });
  // Kubernetes 1.7 nodes reported OutOfDisk and had no PIDPressure condition yet.
  const third =
    mode === 'book'
      ? ok('OutOfDisk', 'KubeletHasSufficientDisk', 'kubelet has sufficient disk space available')
      : ok('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available');
  const conditions = [
    ok('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    ok('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    third,
    { ...ok('Ready', 'KubeletReady', 'kubelet is posting ready status'), status: 'True' as const },
  ];
  return mode === 'book' ? [conditions[2]!, conditions[0]!, conditions[1]!, conditions[3]!] : conditions;
}

/** The node stopped renewing its lease: schedule the monitor tick that will notice. */
export function cutOff(c: Cluster, name: string): void {
  const sim = c.world.nodes[name]!;
  sim.lastLeaseMs = lastLease(c, sim, c.now);
  sim.epoch++;
  if (health(sim) !== 'Ready') return;
  const { nodeMonitorGraceMs: grace, nodeMonitorPeriodMs: period } = c.world.config;
  // The controller checks every 5 s and acts once now > lastProbe + grace (strictly).
  const tick = (Math.floor((sim.lastLeaseMs + grace) / period) + 1) * period;
  c.schedule('node.lost', name, tick - c.now, sim.epoch);
}

export function onNodeLost(c: Cluster, t: Timer): void {
  const sim = c.world.nodes[t.target];
  const node = c.get('Node', t.target);
  if (!sim || !node || sim.epoch !== t.epoch || physical(sim) === 'Connected') return;
  sendNode(sim, { type: 'node.graceExpired' });
  const now = stamp(c.world);
  node.status.conditions = node.status.conditions.map((cond) =>
    cond.type === 'Ready' || (PRESSURES as readonly string[]).includes(cond.type)
      ? {
          ...cond,
          status: 'Unknown',
          lastTransitionTime: now,
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
        }
      : cond,
  );
  c.update('Node', node);
  c.event({
    type: 'Normal',
    reason: 'NodeNotReady',
    message: `Node ${t.target} status is now: NodeNotReady`,
    component: 'node-controller',
    involved: { kind: 'Node', name: t.target, uid: node.metadata.uid! },
  });
  // MarkPodsNotReady: Ready=False on every pod of the node; container statuses are untouched.
  for (const pod of c.list('Pod')) {
    if (pod.spec.nodeName !== t.target) continue;
    const ready = pod.status.conditions?.find((x) => x.type === 'Ready');
    if (ready && ready.status !== 'False') {
      ready.status = 'False';
      ready.lastTransitionTime = now;
      delete ready.reason;
      c.update('Pod', pod);
    }
    c.event({
      type: 'Warning',
      reason: 'NodeNotReady',
      message: 'Node is not ready',
      component: 'node-controller',
      involved: { kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid! },
    });
  }
  if (c.world.config.mode === 'book') scheduleBookEvictions(c, t.target, sim);
  else taintUnreachable(c);
}

/**
 * Kubernetes 1.7 had no taint-based eviction: the node controller deleted a lost node's pods
 * after pod-eviction-timeout (5 minutes), unless every node was lost.
 */
function scheduleBookEvictions(c: Cluster, node: string, sim: NodeSim): void {
  const allDown = Object.values(c.world.nodes).every((n) => health(n) !== 'Ready');
  if (allDown) return;
  for (const pod of c.list('Pod'))
    if (pod.spec.nodeName === node && !isTerminating(pod))
      c.schedule('taint.evict', pod.metadata.uid!, c.world.config.defaultTolerationSeconds * 1000, sim.epoch);
}

function hasTaint(node: Node, key: string, effect: Taint['effect']): boolean {
  return (node.spec.taints ?? []).some((t) => t.key === key && t.effect === effect);
}

/** Adds or removes unreachable taints on every node; schedules evictions for new NoExecute ones. */
export function taintUnreachable(c: Cluster): void {
  const nodes = c.list('Node');
  const sims = c.world.nodes;
  // Full disruption: when every node is NotReady, the controller stops evicting (handleDisruption).
  const allDown =
    nodes.length > 0 && nodes.every((n) => sims[n.metadata.name] && health(sims[n.metadata.name]!) !== 'Ready');
  for (const node of nodes) {
    const sim = sims[node.metadata.name];
    if (!sim) continue;
    const down = health(sim) !== 'Ready';
    const before = JSON.stringify(node.spec.taints ?? []);
    let taints = (node.spec.taints ?? []).filter(
      (t) => t.key !== UNREACHABLE || (down && !(allDown && t.effect === 'NoExecute')),
    );
    const now = stamp(c.world);
    if (down && !hasTaint(node, UNREACHABLE, 'NoSchedule'))
      taints = [...taints, { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: now }];
    const addExecute = down && !allDown && !taints.some((t) => t.key === UNREACHABLE && t.effect === 'NoExecute');
    if (addExecute) taints = [...taints, { key: UNREACHABLE, effect: 'NoExecute', timeAdded: now }];
    if (JSON.stringify(taints) !== before) {
      if (taints.length) node.spec.taints = taints;
      else delete node.spec.taints;
      c.update('Node', node);
    }
  }
}

/**
 * When the taint manager will evict `pod` (ms), or undefined if it tolerates every NoExecute taint
 * of its node forever: at once for an untolerated taint, after tolerationSeconds (counted from
 * the taint's timeAdded) for a tolerated one.
 */
export function evictionTime(c: Cluster, pod: Pod, node: Node): number | undefined {
  let at: number | undefined;
  for (const taint of node.spec.taints ?? []) {
    if (taint.effect !== 'NoExecute') continue;
    const added = taint.timeAdded ? parseStamp(c.world, taint.timeAdded) : c.now;
    const tol = (pod.spec.tolerations ?? []).find((t) => tolerates([t], taint));
    const when = !tol
      ? added
      : tol.tolerationSeconds === undefined
        ? undefined
        : added + Math.max(0, tol.tolerationSeconds) * 1000;
    if (when !== undefined && (at === undefined || when < at)) at = when;
  }
  return at;
}

/** The taint-eviction controller: pods on nodes with NoExecute taints they do not tolerate go. */
export function taintManager(c: Cluster): void {
  if (c.world.config.mode === 'book') return;
  const nodes = new Map(c.list('Node').map((n) => [n.metadata.name, n]));
  for (const pod of c.list('Pod')) {
    if (!pod.spec.nodeName || isTerminating(pod)) continue;
    const node = nodes.get(pod.spec.nodeName);
    if (!node?.spec.taints?.some((t) => t.effect === 'NoExecute')) continue;
    const at = evictionTime(c, pod, node);
    if (at === undefined) continue;
    if (at <= c.now) evict(c, pod);
    else if (!c.world.queue.some((t) => t.kind === 'taint.evict' && t.target === pod.metadata.uid && t.at === at))
      c.schedule('taint.evict', pod.metadata.uid!, at - c.now);
  }
}

export function onEvict(c: Cluster, t: Timer): void {
  const pod = c.list('Pod').find((p) => p.metadata.uid === t.target);
  if (!pod || isTerminating(pod) || !pod.spec.nodeName) return;
  const node = c.get('Node', pod.spec.nodeName);
  const sim = c.world.nodes[pod.spec.nodeName];
  if (!node || !sim) return;
  if (c.world.config.mode === 'book') {
    if (sim.epoch !== t.epoch || health(sim) === 'Ready') return;
  } else {
    const at = evictionTime(c, pod, node);
    if (at === undefined || at > c.now) return;
  }
  evict(c, pod);
}

function evict(c: Cluster, pod: Pod): void {
  const name = pod.metadata.name;
  c.event({
    type: 'Normal',
    reason: 'TaintManagerEviction',
    message: `Marking for deletion Pod default/${name}`,
    component: 'taint-eviction-controller',
    involved: { kind: 'Pod', name, uid: pod.metadata.uid! },
  });
  pod.status.conditions = [
    ...(pod.status.conditions ?? []).filter((x) => x.type !== 'DisruptionTarget'),
    {
      type: 'DisruptionTarget',
      status: 'True',
      lastTransitionTime: stamp(c.world),
      reason: 'DeletionByTaintManager',
      message: 'Taint manager: deleting due to NoExecute taint',
    },
  ];
  if (c.world.config.mode === 'book') {
    // Kubernetes 1.6 marked the pod NodeLost, which kubectl prints as Unknown (semantics §3.2).
    pod.status.reason = 'NodeLost';
    pod.status.message = `Node ${pod.spec.nodeName} which was running pod ${name} is unresponsive`;
  }
  c.update('Pod', pod);
  deletePod(c, name);
}

/** A reconnected kubelet posts Ready; the controller lifts the unreachable taints. */
export function nodeStatusController(c: Cluster): void {
  for (const node of c.list('Node')) {
    const sim = c.world.nodes[node.metadata.name];
    if (!sim || physical(sim) !== 'Connected' || health(sim) === 'Ready') continue;
    sendNode(sim, { type: 'node.statusPosted' });
    const now = stamp(c.world);
    node.status.conditions = readyConditions(now, c.world.config.mode);
    c.update('Node', node);
    c.event({
      type: 'Normal',
      reason: 'NodeReady',
      message: `Node ${node.metadata.name} status is now: NodeReady`,
      component: 'node-controller',
      involved: { kind: 'Node', name: node.metadata.name, uid: node.metadata.uid! },
    });
    taintUnreachable(c);
  }
}

/** The kubelet re-posts node status every 5 minutes even when nothing changed. */
export const NODE_STATUS_REPORT_MS = 300_000;

export function onHeartbeat(c: Cluster, t: Timer): void {
  const sim = c.world.nodes[t.target];
  const node = c.get('Node', t.target);
  if (!sim) return;
  c.schedule('node.heartbeat', t.target, NODE_STATUS_REPORT_MS);
  if (!node || physical(sim) !== 'Connected' || health(sim) !== 'Ready') return;
  const now = stamp(c.world);
  node.status.conditions = node.status.conditions.map((x) => ({ ...x, lastHeartbeatTime: now }));
  c.update('Node', node);
}

// The node lifecycle controller and the physical events behind it (semantics §3): heartbeats
// stop when a node is cut off; after node-monitor-grace-period its conditions go Unknown, its
// pods are marked not Ready, it is tainted unreachable, and 300 s later its pods are evicted —
// gracefully, so on a node nobody can reach they stay Terminating forever.
import type { Cluster } from '../engine/cluster.ts';
import { deletePod } from '../engine/deletion.ts';
import { stamp } from '../engine/time.ts';
import type { NodeSim, Timer } from '../engine/world.ts';
import { stepMachine } from '../machines/run.ts';
import { nodeMachine, type NodeEvent } from '../machines/node.machine.ts';
import { isTerminating } from '../model/pods.ts';
import type { Node, NodeCondition, Taint } from '../model/types.ts';
import { physical } from './kubelet.ts';

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

const PRESSURES = ['MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;

export function readyConditions(at: string): NodeCondition[] {
  const ok = (type: NodeCondition['type'], reason: string, message: string): NodeCondition => ({
    type,
    status: 'False',
    lastHeartbeatTime: at,
    lastTransitionTime: at,
    reason,
    message,
  });
  return [
    ok('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    ok('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    ok('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    { ...ok('Ready', 'KubeletReady', 'kubelet is posting ready status'), status: 'True' },
  ];
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
  taintUnreachable(c);
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
    if (addExecute) {
      taints = [...taints, { key: UNREACHABLE, effect: 'NoExecute', timeAdded: now }];
      scheduleEvictions(c, node.metadata.name, sim);
    }
    if (JSON.stringify(taints) !== before) {
      if (taints.length) node.spec.taints = taints;
      else delete node.spec.taints;
      c.update('Node', node);
    }
  }
}

function scheduleEvictions(c: Cluster, node: string, sim: NodeSim): void {
  for (const pod of c.list('Pod')) {
    if (pod.spec.nodeName !== node || isTerminating(pod)) continue;
    const tol = (pod.spec.tolerations ?? []).find(
      (t) =>
        (t.key === UNREACHABLE || (t.key === undefined && t.operator === 'Exists')) &&
        (t.effect === 'NoExecute' || t.effect === undefined),
    );
    if (tol && tol.tolerationSeconds === undefined) continue; // tolerates forever
    const seconds = tol ? Math.max(0, tol.tolerationSeconds!) : 0;
    c.schedule('taint.evict', pod.metadata.uid!, seconds * 1000, sim.epoch);
  }
}

export function onEvict(c: Cluster, t: Timer): void {
  const pod = c.list('Pod').find((p) => p.metadata.uid === t.target);
  if (!pod || isTerminating(pod) || !pod.spec.nodeName) return;
  const node = c.get('Node', pod.spec.nodeName);
  const sim = c.world.nodes[pod.spec.nodeName];
  if (!node || !sim || sim.epoch !== t.epoch || !hasTaint(node, UNREACHABLE, 'NoExecute')) return;
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
    node.status.conditions = readyConditions(now);
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

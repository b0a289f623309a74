// Read-only questions about a World that goals and the runner ask: which pods a set owns, what
// `kubectl get pods` would print as STATUS, which SRV records DNS would answer, and the ground
// truth of what really runs where. None of them changes the World.
import { Cluster } from '../sim/engine/cluster.ts';
import type { World } from '../sim/engine/world.ts';
import { query } from '../sim/dns.ts';
import type { Pod, ReplicaSet, StatefulSet } from '../sim/model/types.ts';
import { podSummary } from '../commands/printers/get/pod.ts';

/** The StatefulSet or, failing that, the ReplicaSet of this name. */
export function findSet(world: World, name: string): StatefulSet | ReplicaSet | undefined {
  return world.objects.StatefulSet[name] ?? world.objects.ReplicaSet[name];
}

/** Pods whose controller is this set, in the store's order. */
export function setPods(world: World, set: StatefulSet | ReplicaSet): Pod[] {
  const uid = set.metadata.uid;
  return Object.values(world.objects.Pod).filter((p) =>
    p.metadata.ownerReferences?.some((r) => r.controller && r.uid === uid),
  );
}

/** Ready (the pod's Ready condition) and not being deleted. */
export function isReadyPod(p: Pod): boolean {
  return (
    !p.metadata.deletionTimestamp &&
    p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true
  );
}

/** The STATUS cell `kubectl get pods` prints for the pod (Running, Terminating, ContainerCreating…). */
export function podStatus(world: World, p: Pod): string {
  return podSummary(p, { world }).status;
}

/** The READY cell (`1/1`). */
export function podReadyCell(world: World, p: Pod): string {
  return podSummary(p, { world }).ready;
}

/**
 * Targets of a plain SRV query for `<service>.default.svc.<domain>`, as `dig SRV` would list them.
 * The DNS code shuffles answers with the World's RNG; the RNG is put back, so asking changes nothing.
 */
export function srvTargets(world: World, service: string): string[] {
  const rng = world.rng;
  try {
    const answer = query(new Cluster(world, [], {}), `${service}.default.svc.${world.config.clusterDomain}`, 'SRV');
    return answer.answers.filter((r) => r.type === 'SRV').map((r) => r.data.split(' ')[3] ?? '');
  } finally {
    world.rng = rng;
  }
}

function running(state: string): boolean {
  return state === 'Running' || state === 'Ready' || state === 'Terminating';
}

/** The node of every running container of this identity (pod name), one entry per copy, sorted. */
export function runningCopies(world: World, pod: string): string[] {
  return Object.entries(world.nodes)
    .flatMap(([node, sim]) =>
      Object.values(sim.runtime)
        .filter((r) => r.name === pod && running(r.state))
        .map(() => node),
    )
    .sort();
}

/**
 * Identities running more than once, from the kubelets' truth (as `sim status -o json` reports
 * them under "violations"), sorted.
 */
export function groundTruthViolations(world: World): string[] {
  const count = new Map<string, number>();
  for (const sim of Object.values(world.nodes))
    for (const r of Object.values(sim.runtime)) if (running(r.state)) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  return [...count.entries()]
    .filter(([, n]) => n > 1)
    .map(([name]) => name)
    .sort();
}

/** Containers that still run although the API has no pod with their UID (left by a force delete). */
export function ghosts(world: World): string[] {
  const out: string[] = [];
  for (const sim of Object.values(world.nodes))
    for (const r of Object.values(sim.runtime))
      if (running(r.state) && world.objects.Pod[r.name]?.metadata.uid !== r.uid) out.push(r.name);
  return out.sort();
}

/** Pod name → UID, to tell later whether a pod of the same name is a new one. */
export function podUids(world: World): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of Object.values(world.objects.Pod)) out[p.metadata.name] = p.metadata.uid ?? '';
  return out;
}

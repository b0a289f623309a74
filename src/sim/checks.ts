// The engine's invariants as a pure function of a World, for fuzzers and the browser soak test
// (which reads them through the page's test probe). Hard rules hold always; at-most-one holds
// unless the user forced it (a force delete, a zero grace period, a deleted node, the
// out-of-service taint), which is exactly what the lab teaches can break it.
import type { World } from './engine/world.ts';

export interface InvariantReport {
  /** Rules that must always hold; any entry is a bug. */
  broken: string[];
  /** Pod names running on more than one node at once (allowed only after forcing). */
  duplicates: string[];
}

const LIVE = new Set(['Running', 'Ready', 'Terminating']);

export function checkWorld(world: World): InvariantReport {
  const broken: string[] = [];
  if (!Number.isFinite(world.now) || world.now < 0) broken.push(`clock is ${world.now}`);
  const seen = new Map<string, number>();
  for (const node of Object.values(world.nodes))
    for (const r of Object.values(node.runtime)) if (LIVE.has(r.state)) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
  const duplicates = [...seen.entries()]
    .filter(([, n]) => n > 1)
    .map(([p]) => p)
    .sort();
  const pods = world.objects.Pod;
  for (const [key, pod] of Object.entries(pods)) {
    if (pod.metadata.name !== key) broken.push(`pod stored as ${key} is named ${pod.metadata.name}`);
    const owner = pod.metadata.ownerReferences?.find((o) => o.kind === 'StatefulSet');
    if (owner && !new RegExp(`^${escape(owner.name)}-\\d+$`).test(pod.metadata.name))
      broken.push(`pod ${pod.metadata.name} of StatefulSet ${owner.name} has no ordinal name`);
  }
  const uids = new Map<string, string>();
  for (const [kind, store] of Object.entries(world.objects))
    for (const o of Object.values(store as Record<string, { metadata: { name: string; uid?: string } }>)) {
      const uid = o.metadata.uid;
      if (!uid) continue;
      const prev = uids.get(uid);
      if (prev) broken.push(`uid ${uid} shared by ${prev} and ${kind}/${o.metadata.name}`);
      uids.set(uid, `${kind}/${o.metadata.name}`);
    }
  return { broken, duplicates };
}

/** Did any of these command lines force a deletion past the kubelet (so duplicates may appear)? */
export function forcedAny(lines: readonly string[]): boolean {
  return lines.some(
    (l) => /force|grace-period|out-of-service/.test(l) || (/delete/.test(l) && /\bno(de)?s?\b|node/.test(l)),
  );
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

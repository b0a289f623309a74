// Pod predicates shared by controllers, printers and DNS, named as upstream names them
// (pkg/controller/statefulset/stateful_set_utils.go, pkg/api/v1/pod).
import type { Pod, PodCondition } from './types.ts';

export function condition(pod: Pod, type: PodCondition['type']): PodCondition | undefined {
  return pod.status.conditions?.find((c) => c.type === type);
}

export function isPodReady(pod: Pod): boolean {
  return condition(pod, 'Ready')?.status === 'True';
}

export function isRunningAndReady(pod: Pod): boolean {
  return pod.status.phase === 'Running' && isPodReady(pod);
}

export function isTerminating(pod: Pod): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

export function isFailed(pod: Pod): boolean {
  return pod.status.phase === 'Failed';
}

export function isSucceeded(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded';
}

export function isPending(pod: Pod): boolean {
  return pod.status.phase === 'Pending';
}

/** The `(.*)-([0-9]+)$` rule: a name that does not parse has no ordinal. */
export function parentAndOrdinal(name: string): { parent: string; ordinal: number } | undefined {
  const m = /^(.*)-([0-9]+)$/.exec(name);
  if (!m) return undefined;
  const ordinal = Number(m[2]);
  if (!Number.isSafeInteger(ordinal)) return undefined;
  return { parent: m[1]!, ordinal };
}

export function controllerOf(pod: {
  metadata: Pod['metadata'];
}): { kind: string; name: string; uid: string } | undefined {
  return pod.metadata.ownerReferences?.find((r) => r.controller);
}

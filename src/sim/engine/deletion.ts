// Graceful deletion as the API server does it (pkg/registry/core/pod/strategy.go
// CheckGracefulDelete, semantics §1.9): a pod bound to a node gets a deletionTimestamp and waits
// for its kubelet; unbound pods, finished pods and grace 0 go at once, kubelet or not.
import type { Pod } from '../model/types.ts';
import type { Cluster } from './cluster.ts';
import { stamp } from './time.ts';

export interface DeleteOptions {
  /** Overrides the pod's terminationGracePeriodSeconds. */
  gracePeriodSeconds?: number;
}

export type DeleteOutcome = 'deleted' | 'terminating' | 'absent';

export function effectiveGrace(pod: Pod, opts: DeleteOptions): number {
  return opts.gracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
}

export function deletePod(c: Cluster, name: string, opts: DeleteOptions = {}): DeleteOutcome {
  const pod = c.get('Pod', name);
  if (!pod) return 'absent';
  const grace = effectiveGrace(pod, opts);
  const terminal = pod.status.phase === 'Failed' || pod.status.phase === 'Succeeded';
  if (!pod.spec.nodeName || terminal || grace === 0) {
    c.remove('Pod', name);
    return 'deleted';
  }
  const m = pod.metadata;
  const deadline = c.now + grace * 1000;
  if (m.deletionTimestamp !== undefined) {
    // A second delete may only shorten the grace period (never lengthen it).
    const current = (m.deletionGracePeriodSeconds ?? grace) * 1000;
    if (grace * 1000 >= current) return 'terminating';
  }
  m.deletionTimestamp = stamp(c.world, deadline);
  m.deletionGracePeriodSeconds = grace;
  c.update('Pod', pod);
  return 'terminating';
}

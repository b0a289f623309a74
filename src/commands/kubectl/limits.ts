// What the simulator cannot run, checked before it tries: a StatefulSet of a million pods would
// freeze the page, and a pod template without containers (which a real API server accepts for a
// StatefulSet, whose pod creations then fail) is more than the simulated controller handles.

export const MAX_SIM_REPLICAS = 1000;

export function replicaLimitError(replicas: number | undefined): string | undefined {
  if (replicas === undefined || replicas <= MAX_SIM_REPLICAS) return undefined;
  return `error: (simulator: ${replicas} replicas is more than this simulated cluster can run; use at most ${MAX_SIM_REPLICAS})`;
}

/**
 * A StatefulSet's pod template must make a pod the API server would accept: real clusters take
 * the StatefulSet and then report FailedCreate for each pod; the simulated controller cannot, so
 * the simulator refuses the template up front.
 */
export function templateLimitError(obj: {
  kind?: string;
  metadata?: { name?: string };
  spec?: unknown;
}): string | undefined {
  if (obj.kind !== 'StatefulSet' && obj.kind !== 'ReplicaSet') return undefined;
  const spec = (obj.spec ?? {}) as { template?: { spec?: { containers?: unknown } } };
  const containers = spec.template?.spec?.containers;
  const why =
    !Array.isArray(containers) || containers.length === 0
      ? 'spec.containers: Required value'
      : containers.some((c) => typeof (c as { image?: unknown }).image !== 'string' || !(c as { image: string }).image)
        ? 'spec.containers[0].image: Required value'
        : undefined;
  if (!why) return undefined;
  return `error: (simulator: the pods of ${obj.kind} "${obj.metadata?.name ?? ''}" would be refused (${why}); the simulator does not run a controller whose pods cannot be created)`;
}

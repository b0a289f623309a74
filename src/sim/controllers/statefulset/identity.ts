// A StatefulSet pod's identity (semantics §1.2): its name, hostname, labels, owner and claims,
// all derived from the set and the ordinal, never from where it runs.
import type { PersistentVolumeClaim, Pod, PodTemplateSpec, StatefulSet } from '../../model/types.ts';
import type { Mode } from '../../engine/world.ts';

export function podName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

export function claimName(templateName: string, set: StatefulSet, ordinal: number): string {
  return `${templateName}-${set.metadata.name}-${ordinal}`;
}

export function startOrdinal(set: StatefulSet): number {
  return set.spec.ordinals?.start ?? 0;
}

export function replicaCount(set: StatefulSet): number {
  return set.spec.replicas ?? 1;
}

export function ownerRef(set: StatefulSet) {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    name: set.metadata.name,
    uid: set.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** The claims a pod of this ordinal needs, as the controller would create them. */
export function claimsFor(set: StatefulSet, ordinal: number): PersistentVolumeClaim[] {
  return (set.spec.volumeClaimTemplates ?? []).map((t) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: claimName(t.metadata.name, set, ordinal),
      labels: { ...(t.metadata.labels ?? {}), ...(set.spec.selector.matchLabels ?? {}) },
      ...(t.metadata.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
    },
    spec: structuredClone(t.spec),
    status: { phase: 'Pending' },
  }));
}

/** newVersionedStatefulSetPod: the pod for `ordinal`, built from a revision's template. */
export function newPod(
  set: StatefulSet,
  ordinal: number,
  template: PodTemplateSpec,
  revisionName: string,
  mode: Mode,
): Pod {
  const name = podName(set, ordinal);
  const spec = structuredClone(template.spec);
  const claimVolumes = (set.spec.volumeClaimTemplates ?? []).map((t) => ({
    name: t.metadata.name,
    persistentVolumeClaim: { claimName: claimName(t.metadata.name, set, ordinal) },
  }));
  const claimNames = new Set(claimVolumes.map((v) => v.name));
  spec.volumes = [...(spec.volumes ?? []).filter((v) => !claimNames.has(v.name)), ...claimVolumes];
  if (spec.volumes.length === 0) delete spec.volumes;
  spec.hostname = name;
  if (set.spec.serviceName) spec.subdomain = set.spec.serviceName;
  const labels: Record<string, string> = { ...(template.metadata?.labels ?? {}) };
  labels['statefulset.kubernetes.io/pod-name'] = name;
  // The pod-index label arrived in 1.28 (PodIndexLabel); the book's cluster had none.
  if (mode === 'modern') labels['apps.kubernetes.io/pod-index'] = String(ordinal);
  labels['controller-revision-hash'] = revisionName;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      generateName: `${set.metadata.name}-`,
      labels,
      ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
      ownerReferences: [ownerRef(set)],
    },
    spec,
    status: { phase: 'Pending' },
  };
}

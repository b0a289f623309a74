// Admission plugins the API server runs on create: DefaultStorageClass gives a class-less claim
// the default class; DefaultTolerationSeconds lets every pod tolerate a lost node for 300 s.
import type { PersistentVolumeClaim, Pod, StorageClass, Toleration } from '../model/types.ts';
import type { ObjectStore } from './world.ts';

export function defaultClass(store: ObjectStore): StorageClass | undefined {
  return Object.values(store.StorageClass).find(
    (s) => s.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
  );
}

export function admitClaim(store: ObjectStore, pvc: PersistentVolumeClaim): void {
  if (pvc.spec.storageClassName === undefined) {
    const def = defaultClass(store);
    if (def) pvc.spec.storageClassName = def.metadata.name;
  }
  pvc.spec.volumeMode ??= 'Filesystem';
}

export function defaultTolerations(existing: Toleration[] | undefined, seconds: number): Toleration[] {
  const out = existing ? existing.slice() : [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!out.some((t) => t.key === key && (t.effect === 'NoExecute' || t.effect === undefined)))
      out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: seconds });
  }
  return out;
}

export function admitPod(pod: Pod, tolerationSeconds: number): void {
  pod.spec.tolerations = defaultTolerations(pod.spec.tolerations, tolerationSeconds);
}

// k8s.io/kubectl/pkg/util/storage helpers: access-mode abbreviations and class lookup.
import type { ObjectMeta, PersistentVolume, PersistentVolumeClaim } from '../../sim/model/types.ts';

const BETA_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** GetAccessModesAsString: RWO,ROX,RWX,RWOP in that fixed order, duplicates dropped. */
export function accessModesText(modes: readonly string[] | undefined): string {
  const m = new Set(modes ?? []);
  const out: string[] = [];
  if (m.has('ReadWriteOnce')) out.push('RWO');
  if (m.has('ReadOnlyMany')) out.push('ROX');
  if (m.has('ReadWriteMany')) out.push('RWX');
  if (m.has('ReadWriteOncePod')) out.push('RWOP');
  return out.join(',');
}

/** GetPersistentVolumeClaimClass: the beta annotation wins over spec.storageClassName. */
export function claimClass(pvc: Pick<PersistentVolumeClaim, 'metadata' | 'spec'>): string {
  const ann = pvc.metadata.annotations?.[BETA_CLASS];
  if (ann !== undefined) return ann;
  return pvc.spec.storageClassName ?? '';
}

/** GetPersistentVolumeClass, same rule for volumes. */
export function volumeClass(pv: PersistentVolume): string {
  const ann = pv.metadata.annotations?.[BETA_CLASS];
  if (ann !== undefined) return ann;
  return pv.spec.storageClassName ?? '';
}

/** storageutil.IsDefaultAnnotation: the GA or beta is-default-class annotation is "true". */
export function isDefaultClass(meta: ObjectMeta): boolean {
  const a = meta.annotations ?? {};
  return (
    a['storageclass.kubernetes.io/is-default-class'] === 'true' ||
    a['storageclass.beta.kubernetes.io/is-default-class'] === 'true'
  );
}

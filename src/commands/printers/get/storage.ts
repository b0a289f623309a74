// `kubectl get` for PersistentVolumeClaim, PersistentVolume and StorageClass.
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../../sim/model/types.ts';
import { ageCell, isBook } from '../context.ts';
import { canonicalQuantity } from '../quantity.ts';
import { accessModesText, claimClass, isDefaultClass, volumeClass } from '../storage.ts';
import type { Column, KindPrinter } from '../table.ts';

/** spec.volumeAttributesClassName is not modelled; it prints `<unset>` when absent. */
const vac = (spec: object): string =>
  (spec as { volumeAttributesClassName?: string }).volumeAttributesClassName ?? '<unset>';

const PVC_MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'STATUS' },
  { name: 'VOLUME' },
  { name: 'CAPACITY' },
  { name: 'ACCESS MODES' },
  { name: 'STORAGECLASS' },
  { name: 'VOLUMEATTRIBUTESCLASS' },
  { name: 'AGE' },
  { name: 'VOLUMEMODE', wide: true },
];

const PVC_BOOK: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'STATUS' },
  { name: 'VOLUME' },
  { name: 'CAPACITY' },
  { name: 'ACCESSMODES' },
  { name: 'AGE' },
];

export const claimPrinter: KindPrinter<PersistentVolumeClaim> = {
  columns: (ctx) => (isBook(ctx) ? PVC_BOOK : PVC_MODERN),
  cells(pvc, ctx) {
    const book = isBook(ctx);
    let phase: string = pvc.status.phase ?? '';
    if (!book && pvc.metadata.deletionTimestamp) phase = 'Terminating';
    const volume = pvc.spec.volumeName ?? '';
    // Capacity and access modes come from the status, and only once the claim names a volume.
    const capacity = volume ? canonicalQuantity(pvc.status.capacity?.storage ?? '0') : '';
    const modes = volume ? accessModesText(pvc.status.accessModes) : '';
    const age = ageCell(ctx, pvc.metadata);
    if (book) return [pvc.metadata.name, phase, volume, capacity, modes, age];
    return [
      pvc.metadata.name,
      phase,
      volume,
      capacity,
      modes,
      claimClass(pvc),
      vac(pvc.spec),
      age,
      pvc.spec.volumeMode ?? '<unset>',
    ];
  },
};

const PV_MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'CAPACITY' },
  { name: 'ACCESS MODES' },
  { name: 'RECLAIM POLICY' },
  { name: 'STATUS' },
  { name: 'CLAIM' },
  { name: 'STORAGECLASS' },
  { name: 'VOLUMEATTRIBUTESCLASS' },
  { name: 'REASON' },
  { name: 'AGE' },
  { name: 'VOLUMEMODE', wide: true },
];

const PV_BOOK: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'CAPACITY' },
  { name: 'ACCESSMODES' },
  { name: 'RECLAIMPOLICY' },
  { name: 'STATUS' },
  { name: 'CLAIM' },
  { name: 'REASON' },
  { name: 'AGE' },
];

export const volumePrinter: KindPrinter<PersistentVolume> = {
  columns: (ctx) => (isBook(ctx) ? PV_BOOK : PV_MODERN),
  cells(pv, ctx) {
    const book = isBook(ctx);
    const ref = pv.spec.claimRef;
    const claim = ref ? `${ref.namespace}/${ref.name}` : '';
    let phase: string = pv.status.phase ?? '';
    if (!book && pv.metadata.deletionTimestamp) phase = 'Terminating';
    const reason = (pv.status as { reason?: string }).reason ?? '';
    const capacity = canonicalQuantity(pv.spec.capacity.storage);
    const modes = accessModesText(pv.spec.accessModes);
    const policy = pv.spec.persistentVolumeReclaimPolicy ?? '';
    const age = ageCell(ctx, pv.metadata);
    if (book) return [pv.metadata.name, capacity, modes, policy, phase, claim, reason, age];
    const mode = pv.spec.volumeMode ?? '<unset>';
    return [pv.metadata.name, capacity, modes, policy, phase, claim, volumeClass(pv), vac(pv.spec), reason, age, mode];
  },
};

const SC_MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'PROVISIONER' },
  { name: 'RECLAIMPOLICY' },
  { name: 'VOLUMEBINDINGMODE' },
  { name: 'ALLOWVOLUMEEXPANSION' },
  { name: 'AGE' },
];

/** kubectl 1.6/1.7: storageClassColumns = NAME TYPE (the provisioner). */
const SC_BOOK: Column[] = [{ name: 'NAME', isName: true }, { name: 'TYPE' }];

export const storageClassPrinter: KindPrinter<StorageClass> = {
  columns: (ctx) => (isBook(ctx) ? SC_BOOK : SC_MODERN),
  cells(sc, ctx) {
    const name = isDefaultClass(sc.metadata) ? `${sc.metadata.name} (default)` : sc.metadata.name;
    if (isBook(ctx)) return [name, sc.provisioner];
    const expand = (sc as { allowVolumeExpansion?: boolean }).allowVolumeExpansion === true;
    return [
      name,
      sc.provisioner,
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      String(expand),
      ageCell(ctx, sc.metadata),
    ];
  },
};

// kubectl describe persistentvolumeclaim (describePersistentVolumeClaim).
import type { PersistentVolumeClaim } from '../../../sim/model/types.ts';
import { since, type PrintContext } from '../context.ts';
import { goList } from '../labels.ts';
import { canonicalQuantity } from '../quantity.ts';
import { accessModesText, claimClass } from '../storage.ts';
import { describeEvents } from './events.ts';
import { annotationsMultiline, labelsMultiline, namesMultiline, type DescribeWriter } from './writer.ts';

/** getPodsForPVC: pods mounting the claim, plus pods named in its owner references. */
export function podsUsing(pvc: PersistentVolumeClaim, ctx: PrintContext): string[] {
  const ns = pvc.metadata.namespace ?? 'default';
  const pods = Object.values(ctx.world.objects.Pod).filter((p) => (p.metadata.namespace ?? 'default') === ns);
  const names = pods
    .filter((p) => (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === pvc.metadata.name))
    .map((p) => p.metadata.name);
  for (const ref of pvc.metadata.ownerReferences ?? []) {
    if (ref.kind !== 'Pod') continue;
    const owner = pods.find((p) => p.metadata.uid === ref.uid);
    if (owner && !names.includes(owner.metadata.name)) names.push(owner.metadata.name);
  }
  return names;
}

export function describeClaim(w: DescribeWriter, pvc: PersistentVolumeClaim, ctx: PrintContext): void {
  w.write(0, `Name:\t${pvc.metadata.name}\n`);
  w.write(0, `Namespace:\t${pvc.metadata.namespace ?? 'default'}\n`);
  w.write(0, `StorageClass:\t${claimClass(pvc)}\n`);
  if (pvc.metadata.deletionTimestamp)
    w.write(0, `Status:\tTerminating (lasts ${since(ctx, pvc.metadata.deletionTimestamp)})\n`);
  else w.write(0, `Status:\t${pvc.status.phase ?? ''}\n`);
  w.write(0, `Volume:\t${pvc.spec.volumeName ?? ''}\n`);
  labelsMultiline(w, 'Labels', pvc.metadata.labels);
  annotationsMultiline(w, 'Annotations', pvc.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(pvc.metadata.finalizers)}\n`);
  const bound = !!pvc.spec.volumeName;
  const capacity = bound ? canonicalQuantity(pvc.status.capacity?.storage ?? '0') : '';
  w.write(0, `Capacity:\t${capacity}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesText(pvc.status.accessModes) : ''}\n`);
  if (pvc.spec.volumeMode) w.write(0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
  namesMultiline(w, 'Used By', podsUsing(pvc, ctx));
  describeEvents(w, pvc, ctx);
}

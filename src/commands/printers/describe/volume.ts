// kubectl describe persistentvolume and storageclass.
import type { PersistentVolume, StorageClass } from '../../../sim/model/types.ts';
import { since, type PrintContext } from '../context.ts';
import { formatLabels, goList, goSort } from '../labels.ts';
import { canonicalQuantity } from '../quantity.ts';
import { accessModesText, isDefaultClass, volumeClass } from '../storage.ts';
import { describeEvents } from './events.ts';
import { annotationsMultiline, labelsMultiline, type DescribeWriter } from './writer.ts';

interface CsiSource {
  driver?: string;
  fsType?: string;
  volumeHandle?: string;
  readOnly?: boolean;
  volumeAttributes?: Record<string, string>;
}

function describeSource(w: DescribeWriter, pv: PersistentVolume): void {
  const { hostPath, gcePersistentDisk: gce, csi } = pv.spec;
  if (hostPath) {
    w.write(
      2,
      `Type:\tHostPath (bare host directory volume)\n    Path:\t${hostPath.path}\n    HostPathType:\t${hostPath.type || '<none>'}\n`,
    );
  } else if (gce) {
    w.write(
      2,
      `Type:\tGCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)\n    PDName:\t${gce.pdName}\n` +
        `    FSType:\t${gce.fsType ?? ''}\n    Partition:\t0\n    ReadOnly:\tfalse\n`,
    );
  } else if (csi) {
    const c = csi as CsiSource;
    w.write(
      2,
      `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${c.driver ?? ''}\n` +
        `    FSType:\t${c.fsType ?? ''}\n    VolumeHandle:\t${c.volumeHandle ?? ''}\n    ReadOnly:\t${c.readOnly === true}\n`,
    );
    w.write(2, 'VolumeAttributes:\t');
    const keys = goSort(Object.keys(c.volumeAttributes ?? {}));
    if (!keys.length) w.writeLine('<none>');
    keys.forEach((k, i) => {
      if (i !== 0) w.write(2, '\t');
      w.write(2, `${k}=${c.volumeAttributes![k]}\n`);
    });
  } else {
    w.write(1, '<unknown>\n');
  }
}

export function describeVolume(w: DescribeWriter, pv: PersistentVolume, ctx: PrintContext): void {
  w.write(0, `Name:\t${pv.metadata.name}\n`);
  labelsMultiline(w, 'Labels', pv.metadata.labels);
  annotationsMultiline(w, 'Annotations', pv.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(pv.metadata.finalizers)}\n`);
  w.write(0, `StorageClass:\t${volumeClass(pv)}\n`);
  if (pv.metadata.deletionTimestamp)
    w.write(0, `Status:\tTerminating (lasts ${since(ctx, pv.metadata.deletionTimestamp)})\n`);
  else w.write(0, `Status:\t${pv.status.phase ?? ''}\n`);
  const ref = pv.spec.claimRef;
  w.write(0, `Claim:\t${ref ? `${ref.namespace}/${ref.name}` : ''}\n`);
  w.write(0, `Reclaim Policy:\t${pv.spec.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(0, `Access Modes:\t${accessModesText(pv.spec.accessModes)}\n`);
  if (pv.spec.volumeMode) w.write(0, `VolumeMode:\t${pv.spec.volumeMode}\n`);
  w.write(0, `Capacity:\t${canonicalQuantity(pv.spec.capacity.storage)}\n`);
  w.write(0, 'Node Affinity:\t');
  w.writeLine('<none>');
  w.write(0, `Message:\t${(pv.status as { message?: string }).message ?? ''}\n`);
  w.write(0, 'Source:\n');
  describeSource(w, pv);
  describeEvents(w, pv, ctx);
}

export function describeStorageClass(w: DescribeWriter, sc: StorageClass, ctx: PrintContext): void {
  const extra = sc as StorageClass & { parameters?: Record<string, string>; allowVolumeExpansion?: boolean };
  w.write(0, `Name:\t${sc.metadata.name}\n`);
  w.write(0, `IsDefaultClass:\t${isDefaultClass(sc.metadata) ? 'Yes' : 'No'}\n`);
  w.write(0, `Annotations:\t${formatLabels(sc.metadata.annotations)}\n`);
  w.write(0, `Provisioner:\t${sc.provisioner}\n`);
  w.write(0, `Parameters:\t${formatLabels(extra.parameters)}\n`);
  const expand = extra.allowVolumeExpansion;
  w.write(0, `AllowVolumeExpansion:\t${expand === undefined ? '<unset>' : expand ? 'True' : 'False'}\n`);
  w.write(0, 'MountOptions:\t<none>\n');
  if (sc.reclaimPolicy) w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
  if (sc.volumeBindingMode) w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
  describeEvents(w, sc, ctx);
}

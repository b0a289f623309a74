// Claims and volumes (semantics §1.8): the PV binder matches pending claims to available PVs
// (equal candidates in no particular order), the provisioner makes `pvc-<uid>` volumes for claims
// of a provisioning class, pvc-protection holds a deleted claim while a pod uses it, and a freed
// volume is retained, recycled or deleted by its reclaim policy.
import type { Cluster } from '../engine/cluster.ts';
import { random } from '../engine/rng.ts';
import { stamp } from '../engine/time.ts';
import type { PersistentVolume, PersistentVolumeClaim } from '../model/types.ts';

const UNITS: Record<string, number> = {
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  '': 1,
};

export function quantityBytes(q: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]i|[kMGT])?$/.exec(q ?? '');
  return m ? Number(m[1]) * UNITS[m[2] ?? '']! : 0;
}

function claimClass(pvc: PersistentVolumeClaim): string {
  return pvc.spec.storageClassName ?? '';
}

function fits(pv: PersistentVolume, pvc: PersistentVolumeClaim): boolean {
  if (pv.status.phase !== 'Available' || pv.metadata.deletionTimestamp) return false;
  if (pv.spec.claimRef && pv.spec.claimRef.name !== pvc.metadata.name) return false;
  if ((pv.spec.storageClassName ?? '') !== claimClass(pvc)) return false;
  if (!(pvc.spec.accessModes ?? []).every((m) => pv.spec.accessModes.includes(m))) return false;
  return quantityBytes(pv.spec.capacity.storage) >= quantityBytes(pvc.spec.resources?.requests?.storage);
}

function bind(c: Cluster, pv: PersistentVolume, pvc: PersistentVolumeClaim): void {
  pv.spec.claimRef = {
    kind: 'PersistentVolumeClaim',
    namespace: 'default',
    name: pvc.metadata.name,
    uid: pvc.metadata.uid!,
    apiVersion: 'v1',
    resourceVersion: pvc.metadata.resourceVersion!,
  };
  pv.status = { phase: 'Bound', lastPhaseTransitionTime: stamp(c.world) };
  c.update('PersistentVolume', pv);
  pvc.spec.volumeName = pv.metadata.name;
  pvc.status = {
    phase: 'Bound',
    accessModes: pv.spec.accessModes.slice(),
    capacity: { storage: pv.spec.capacity.storage },
  };
  pvc.metadata.annotations = {
    ...(pvc.metadata.annotations ?? {}),
    'pv.kubernetes.io/bind-completed': 'yes',
    'pv.kubernetes.io/bound-by-controller': 'yes',
  };
  c.update('PersistentVolumeClaim', pvc);
  c.world.volumes[pv.metadata.name] ??= { files: {} };
}

function provision(c: Cluster, pvc: PersistentVolumeClaim): boolean {
  const cls = c.get('StorageClass', claimClass(pvc));
  if (!cls || cls.provisioner === 'kubernetes.io/no-provisioner') return false;
  const pv = c.create('PersistentVolume', {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: `pvc-${pvc.metadata.uid!}`,
      annotations: { 'pv.kubernetes.io/provisioned-by': cls.provisioner },
      finalizers: ['kubernetes.io/pv-protection'],
    },
    spec: {
      capacity: { storage: pvc.spec.resources?.requests?.storage ?? '1Gi' },
      accessModes: (pvc.spec.accessModes ?? ['ReadWriteOnce']).slice(),
      persistentVolumeReclaimPolicy: cls.reclaimPolicy ?? 'Delete',
      storageClassName: cls.metadata.name,
      volumeMode: 'Filesystem',
      hostPath: {
        path: `/var/local-path-provisioner/pvc-${pvc.metadata.uid!}_default_${pvc.metadata.name}`,
        type: 'DirectoryOrCreate',
      },
    },
    status: { phase: 'Available' },
  });
  c.event({
    type: 'Normal',
    reason: 'ProvisioningSucceeded',
    message: `Successfully provisioned volume ${pv.metadata.name}`,
    component: cls.provisioner,
    involved: { kind: 'PersistentVolumeClaim', name: pvc.metadata.name, uid: pvc.metadata.uid! },
  });
  bind(c, pv, pvc);
  return true;
}

export function claimInUse(c: Cluster, claim: string): boolean {
  return c
    .list('Pod')
    .some(
      (p) =>
        p.status.phase !== 'Failed' &&
        p.status.phase !== 'Succeeded' &&
        (p.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim),
    );
}

function release(c: Cluster, pvc: PersistentVolumeClaim): void {
  const pv = pvc.spec.volumeName ? c.get('PersistentVolume', pvc.spec.volumeName) : undefined;
  if (!pv || pv.spec.claimRef?.uid !== pvc.metadata.uid) return;
  const policy = pv.spec.persistentVolumeReclaimPolicy ?? 'Retain';
  if (policy === 'Delete') {
    c.remove('PersistentVolume', pv.metadata.name);
    delete c.world.volumes[pv.metadata.name];
  } else if (policy === 'Recycle') {
    // The recycler scrubs the volume (rm -rf) and offers it again.
    delete pv.spec.claimRef;
    pv.status = { phase: 'Available', lastPhaseTransitionTime: stamp(c.world) };
    c.world.volumes[pv.metadata.name] = { files: {} };
    c.update('PersistentVolume', pv);
  } else {
    pv.status = { phase: 'Released', lastPhaseTransitionTime: stamp(c.world) };
    c.update('PersistentVolume', pv);
  }
}

export function volumeController(c: Cluster): void {
  for (const pvc of c.list('PersistentVolumeClaim')) {
    if (pvc.metadata.deletionTimestamp) {
      if (!claimInUse(c, pvc.metadata.name)) {
        c.remove('PersistentVolumeClaim', pvc.metadata.name);
        release(c, pvc);
      }
      continue;
    }
    if (pvc.status.phase === 'Bound') continue;
    const candidates = c.list('PersistentVolume').filter((pv) => fits(pv, pvc));
    if (pvc.spec.volumeName) {
      const pv = candidates.find((p) => p.metadata.name === pvc.spec.volumeName);
      if (pv) bind(c, pv, pvc);
      continue;
    }
    // FindMatchingVolume: a volume pre-bound to this claim (claimRef names it) wins outright.
    const prebound = candidates.find(
      (p) => p.spec.claimRef?.name === pvc.metadata.name && (p.spec.claimRef.namespace ?? 'default') === 'default',
    );
    if (prebound) {
      bind(c, prebound, pvc);
      continue;
    }
    if (candidates.length) {
      // Smallest volume that fits; among equals the binder promises no order (semantics §1.8).
      const smallest = Math.min(...candidates.map((p) => quantityBytes(p.spec.capacity.storage)));
      const equal = candidates.filter((p) => quantityBytes(p.spec.capacity.storage) === smallest);
      bind(c, equal[Math.floor(random(c.world) * equal.length)]!, pvc);
      continue;
    }
    provision(c, pvc);
  }
  for (const pv of c.list('PersistentVolume')) {
    // pv-protection: a deleted PV stays Terminating while bound, and goes once it is not.
    if (pv.metadata.deletionTimestamp && pv.status.phase !== 'Bound') {
      c.remove('PersistentVolume', pv.metadata.name);
      delete c.world.volumes[pv.metadata.name];
      continue;
    }
    if (pv.spec.claimRef && pv.status.phase === 'Bound' && !c.get('PersistentVolumeClaim', pv.spec.claimRef.name)) {
      pv.status = { phase: 'Released', lastPhaseTransitionTime: stamp(c.world) };
      c.update('PersistentVolume', pv);
    }
  }
}

import { describe, expect, it } from 'vitest';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../../sim/model/types.ts';
import { tableFor } from '../columns.ts';
import { renderTable } from '../table.ts';
import { at, ctxOf, testWorld } from '../testkit.ts';

const modern = ctxOf(testWorld('modern', 37));
const book = ctxOf(testWorld('book', 37));

function claim(name: string, volumeName?: string, createdS = 0): PersistentVolumeClaim {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, namespace: 'default', creationTimestamp: at(createdS) },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Mi' } },
      volumeMode: 'Filesystem',
      ...(volumeName ? { volumeName } : {}),
    },
    // The API stores quantities as written; kubectl prints the canonical form (1024Ki is 1Mi).
    status: volumeName
      ? { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1024Ki' } }
      : { phase: 'Pending' },
  };
}

const bound0 = claim('data-kubia-0', 'pv-c');
const bound1 = claim('data-kubia-1', 'pv-a');
bound1.status = { phase: 'Bound', accessModes: ['ReadWriteOnce', 'ReadOnlyMany'], capacity: { storage: '1Mi' } };
const pending = claim('data-kubia-3', undefined, 32);

describe('kubectl get pvc', () => {
  it('prints capacity and access modes only for a claim that names its volume', () => {
    expect(renderTable(tableFor('PersistentVolumeClaim', [pending, bound1, bound0], modern), modern)).toBe(
      [
        'NAME           STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE',
        'data-kubia-0   Bound     pv-c     1Mi        RWO                           <unset>                 37s',
        'data-kubia-1   Bound     pv-a     1Mi        RWO,ROX                       <unset>                 37s',
        'data-kubia-3   Pending                                                     <unset>                 5s',
        '',
      ].join('\n'),
    );
  });

  it('shows Terminating while a claim is being deleted, and VOLUMEMODE with -o wide', () => {
    const deleting: PersistentVolumeClaim = {
      ...bound0,
      metadata: { ...bound0.metadata, deletionTimestamp: at(30) },
      spec: { ...bound0.spec, storageClassName: 'standard' },
    };
    expect(tableFor('PersistentVolumeClaim', [deleting], modern, { wide: true }).rows).toEqual([
      ['data-kubia-0', 'Terminating', 'pv-c', '1Mi', 'RWO', 'standard', '<unset>', '37s', 'Filesystem'],
    ]);
  });

  it('prints the book columns, with capacity 0 when the bound claim has no status capacity', () => {
    const noCapacity: PersistentVolumeClaim = { ...bound0, status: { phase: 'Bound' } };
    expect(renderTable(tableFor('PersistentVolumeClaim', [noCapacity, pending], book), book)).toBe(
      [
        'NAME           STATUS    VOLUME    CAPACITY   ACCESSMODES   AGE',
        'data-kubia-0   Bound     pv-c      0                        37s',
        'data-kubia-3   Pending                                      5s',
        '',
      ].join('\n'),
    );
  });
});

describe('kubectl get pv and storageclass', () => {
  const pv = (name: string, claimName?: string): PersistentVolume => ({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, creationTimestamp: at(-83) },
    spec: {
      capacity: { storage: '1Mi' },
      accessModes: ['ReadWriteOnce'],
      persistentVolumeReclaimPolicy: 'Recycle',
      ...(claimName ? { claimRef: { namespace: 'default', name: claimName } } : {}),
    },
    status: { phase: claimName ? 'Bound' : 'Available' },
  });

  it('prints the claim as namespace/name', () => {
    expect(renderTable(tableFor('PersistentVolume', [pv('pv-b'), pv('pv-a', 'data-kubia-1')], modern), modern)).toBe(
      [
        'NAME   CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM                  STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE',
        'pv-a   1Mi        RWO            Recycle          Bound       default/data-kubia-1                  <unset>                          2m',
        'pv-b   1Mi        RWO            Recycle          Available                                         <unset>                          2m',
        '',
      ].join('\n'),
    );
    expect(tableFor('PersistentVolume', [pv('pv-b')], book).header).toEqual([
      'NAME',
      'CAPACITY',
      'ACCESSMODES',
      'RECLAIMPOLICY',
      'STATUS',
      'CLAIM',
      'REASON',
      'AGE',
    ]);
  });

  it('marks the default StorageClass and fills in the API defaults', () => {
    const sc: StorageClass = {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: {
        name: 'standard',
        creationTimestamp: at(-2 * 86400),
        annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
      },
      provisioner: 'rancher.io/local-path',
    };
    expect(renderTable(tableFor('StorageClass', [sc], modern), modern)).toBe(
      [
        'NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE',
        'standard (default)   rancher.io/local-path   Delete          Immediate           false                  2d',
        '',
      ].join('\n'),
    );
    expect(tableFor('StorageClass', [sc], book).rows).toEqual([['standard (default)', 'rancher.io/local-path']]);
  });
});

import { describe as group, expect, it } from 'vitest';
import type { PersistentVolumeClaim } from '../../../sim/model/types.ts';
import { describe } from '../describe.ts';
import { at, ctxOf, event, runningPod, store, testWorld } from '../testkit.ts';

function claim(): PersistentVolumeClaim {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: 'www-web-0',
      namespace: 'default',
      uid: 'uid-pvc',
      creationTimestamp: at(0),
      labels: { app: 'nginx' },
      annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' },
      finalizers: ['kubernetes.io/pvc-protection'],
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
      storageClassName: 'standard',
      volumeName: 'pvc-5b1c3e7a',
      volumeMode: 'Filesystem',
    },
    status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } },
  };
}

group('kubectl describe pvc', () => {
  it('prints a bound claim and the pods using it', () => {
    const w = testWorld('modern', 120);
    const pvc = claim();
    const user = runningPod('web-0', 0);
    user.spec.volumes = [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }];
    store(
      w,
      pvc,
      user,
      runningPod('web-1', 0),
      event(
        'www-web-0.a',
        { kind: 'PersistentVolumeClaim', name: 'www-web-0', uid: 'uid-pvc' },
        'ProvisioningSucceeded',
        'Successfully provisioned volume pvc-5b1c3e7a',
        1,
        1,
        1,
        'rancher.io/local-path',
      ),
    );
    expect(describe('PersistentVolumeClaim', pvc, ctxOf(w))).toBe(
      [
        'Name:          www-web-0',
        'Namespace:     default',
        'StorageClass:  standard',
        'Status:        Bound',
        'Volume:        pvc-5b1c3e7a',
        'Labels:        app=nginx',
        'Annotations:   pv.kubernetes.io/bind-completed: yes',
        '               pv.kubernetes.io/bound-by-controller: yes',
        'Finalizers:    [kubernetes.io/pvc-protection]',
        'Capacity:      1Gi',
        'Access Modes:  RWO',
        'VolumeMode:    Filesystem',
        'Used By:       web-0',
        'Events:',
        '  Type    Reason                 Age   From                   Message',
        '  ----    ------                 ----  ----                   -------',
        '  Normal  ProvisioningSucceeded  119s  rancher.io/local-path  Successfully provisioned volume pvc-5b1c3e7a',
        '',
      ].join('\n'),
    );
  });

  it('prints a pending claim without capacity, and a claim being deleted as Terminating', () => {
    const w = testWorld('modern', 120);
    const pending = claim();
    delete pending.spec.volumeName;
    pending.status = { phase: 'Pending' };
    pending.metadata.annotations = {};
    pending.metadata.finalizers = undefined;
    expect(describe('PersistentVolumeClaim', pending, ctxOf(w))).toBe(
      [
        'Name:          www-web-0',
        'Namespace:     default',
        'StorageClass:  standard',
        'Status:        Pending',
        'Volume:        ',
        'Labels:        app=nginx',
        'Annotations:   <none>',
        'Finalizers:    []',
        'Capacity:      ',
        'Access Modes:  ',
        'VolumeMode:    Filesystem',
        'Used By:       <none>',
        'Events:        <none>',
        '',
      ].join('\n'),
    );
    const deleting = claim();
    deleting.metadata.deletionTimestamp = at(60);
    expect(describe('PersistentVolumeClaim', deleting, ctxOf(w))).toContain('Status:        Terminating (lasts 60s)\n');
  });
});

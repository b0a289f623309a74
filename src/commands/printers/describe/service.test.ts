import { describe as group, expect, it } from 'vitest';
import type { Endpoints, PersistentVolume, Service, StorageClass } from '../../../sim/model/types.ts';
import { describe } from '../describe.ts';
import { at, ctxOf, store, testWorld } from '../testkit.ts';

group('kubectl describe service, pv and storageclass', () => {
  it('describes a headless service with its ready endpoints', () => {
    const w = testWorld('modern', 60);
    const svc: Service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubia', namespace: 'default', uid: 'uid-svc', creationTimestamp: at(0) },
      spec: {
        clusterIP: 'None',
        clusterIPs: ['None'],
        selector: { app: 'kubia' },
        ports: [{ name: 'http', port: 80 }],
      },
      status: {},
    };
    const ep: Endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubia', namespace: 'default' },
      subsets: [
        {
          addresses: [{ ip: '10.244.1.5' }, { ip: '10.244.2.6' }],
          notReadyAddresses: [{ ip: '10.244.3.7' }],
          ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
        },
      ],
    };
    store(w, svc, ep);
    expect(describe('Service', svc, ctxOf(w))).toBe(
      [
        'Name:                     kubia',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=kubia',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       None',
        'IPs:                      None',
        'Port:                     http  80/TCP',
        'TargetPort:               80/TCP',
        'Endpoints:                10.244.1.5:80,10.244.2.6:80',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('describes a pre-provisioned GCE disk volume', () => {
    const w = testWorld('modern', 60);
    const pv: PersistentVolume = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv-a', creationTimestamp: at(0), finalizers: ['kubernetes.io/pv-protection'] },
      spec: {
        capacity: { storage: '1Mi' },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Recycle',
        claimRef: { namespace: 'default', name: 'data-kubia-1' },
        gcePersistentDisk: { pdName: 'pv-a', fsType: 'ext4' },
        volumeMode: 'Filesystem',
      },
      status: { phase: 'Bound' },
    };
    expect(describe('PersistentVolume', pv, ctxOf(w))).toBe(
      [
        'Name:            pv-a',
        'Labels:          <none>',
        'Annotations:     <none>',
        'Finalizers:      [kubernetes.io/pv-protection]',
        'StorageClass:    ',
        'Status:          Bound',
        'Claim:           default/data-kubia-1',
        'Reclaim Policy:  Recycle',
        'Access Modes:    RWO',
        'VolumeMode:      Filesystem',
        'Capacity:        1Mi',
        'Node Affinity:   <none>',
        'Message:         ',
        'Source:',
        '    Type:       GCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)',
        '    PDName:     pv-a',
        '    FSType:     ext4',
        '    Partition:  0',
        '    ReadOnly:   false',
        'Events:         <none>',
        '',
      ].join('\n'),
    );
  });

  it('describes the default storage class', () => {
    const sc: StorageClass = {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
      provisioner: 'rancher.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
    };
    expect(describe('StorageClass', sc, ctxOf(testWorld()))).toBe(
      [
        'Name:                  standard',
        'IsDefaultClass:        Yes',
        'Annotations:           storageclass.kubernetes.io/is-default-class=true',
        'Provisioner:           rancher.io/local-path',
        'Parameters:            <none>',
        'AllowVolumeExpansion:  <unset>',
        'MountOptions:          <none>',
        'ReclaimPolicy:         Delete',
        'VolumeBindingMode:     WaitForFirstConsumer',
        'Events:                <none>',
        '',
      ].join('\n'),
    );
  });

  it('refuses kinds without a describer', () => {
    expect(() => describe('Event', { kind: 'Event' } as never, ctxOf(testWorld()))).toThrow(
      'no description has been implemented for Event',
    );
  });
});

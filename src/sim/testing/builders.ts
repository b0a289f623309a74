// Test builders: fully defaulted objects as the API server would store them, so engine tests do
// not depend on the manifest parser.
import type { PersistentVolume, Probe, ReplicaSet, Service, StatefulSet } from '../model/types.ts';

export interface SetOptions {
  replicas?: number;
  policy?: 'OrderedReady' | 'Parallel';
  image?: string;
  probe?: Probe;
  claims?: boolean;
  grace?: number;
  partition?: number;
  strategy?: 'RollingUpdate' | 'OnDelete';
  minReadySeconds?: number;
  whenScaled?: 'Retain' | 'Delete';
  whenDeleted?: 'Retain' | 'Delete';
  start?: number;
}

export function aStatefulSet(name: string, o: SetOptions = {}): StatefulSet {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, generation: 1 },
    spec: {
      replicas: o.replicas ?? 2,
      serviceName: name,
      selector: { matchLabels: labels },
      podManagementPolicy: o.policy ?? 'OrderedReady',
      updateStrategy:
        o.strategy === 'OnDelete'
          ? { type: 'OnDelete' }
          : { type: 'RollingUpdate', rollingUpdate: { partition: o.partition ?? 0, maxUnavailable: 1 } },
      revisionHistoryLimit: 10,
      minReadySeconds: o.minReadySeconds ?? 0,
      persistentVolumeClaimRetentionPolicy: {
        whenDeleted: o.whenDeleted ?? 'Retain',
        whenScaled: o.whenScaled ?? 'Retain',
      },
      ...(o.start !== undefined ? { ordinals: { start: o.start } } : {}),
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: o.grace ?? 10,
          containers: [
            {
              name: 'app',
              image: o.image ?? 'registry.k8s.io/nginx-slim:0.8',
              ports: [{ name: 'web', containerPort: 80, protocol: 'TCP' }],
              ...(o.probe ? { readinessProbe: o.probe } : {}),
              ...(o.claims === false ? {} : { volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }),
            },
          ],
        },
      },
      ...(o.claims === false
        ? {}
        : {
            volumeClaimTemplates: [
              {
                metadata: { name: 'www' },
                spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
              },
            ],
          }),
    },
    status: { replicas: 0, availableReplicas: 0 },
  };
}

export function aHeadlessService(name: string, publishNotReady = false): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: {
      clusterIP: 'None',
      clusterIPs: ['None'],
      selector: { app: name },
      ports: [{ name: 'web', port: 80, protocol: 'TCP', targetPort: 80 }],
      ...(publishNotReady ? { publishNotReadyAddresses: true } : {}),
    },
    status: {},
  };
}

export function aReplicaSet(name: string, replicas = 3): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name, generation: 1 },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: 'registry.k8s.io/nginx-slim:0.8' }] },
      },
    },
    status: { replicas: 0 },
  };
}

export const HTTP_PROBE: Probe = { httpGet: { path: '/index.html', port: 80 }, periodSeconds: 1, failureThreshold: 1 };

export function aPersistentVolume(name: string, storage = '1Mi'): PersistentVolume {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name },
    spec: {
      capacity: { storage },
      accessModes: ['ReadWriteOnce'],
      persistentVolumeReclaimPolicy: 'Recycle',
      volumeMode: 'Filesystem',
      gcePersistentDisk: { pdName: name, fsType: 'ext4' },
    },
    status: { phase: 'Available' },
  };
}

import { describe as group, expect, it } from 'vitest';
import type { Pod, StatefulSet } from '../../../sim/model/types.ts';
import { describe } from '../describe.ts';
import { at, ctxOf, event, runningPod, store, testWorld } from '../testkit.ts';

function kubia(): StatefulSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'kubia', namespace: 'default', uid: 'uid-kubia', creationTimestamp: at(0) },
    spec: {
      replicas: 3,
      serviceName: 'kubia',
      selector: { matchLabels: { app: 'kubia' } },
      template: {
        metadata: { labels: { app: 'kubia' } },
        spec: {
          containers: [
            {
              name: 'kubia',
              image: 'luksa/kubia-pet',
              ports: [{ name: 'http', containerPort: 8080 }],
              volumeMounts: [{ name: 'data', mountPath: '/var/data' }],
            },
          ],
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Mi' } } },
        },
      ],
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } },
    },
    status: { replicas: 3, readyReplicas: 3, availableReplicas: 3 },
  };
}

function member(name: string, phase: Pod['status']['phase'], controllerUid = 'uid-kubia'): Pod {
  const p = runningPod(name, 0, {
    labels: { app: 'kubia' },
    ownerReferences: [
      { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'kubia', uid: controllerUid, controller: true },
    ],
  });
  p.status.phase = phase;
  return p;
}

const created = (n: number) => [
  event(
    `kubia.c${n}`,
    { kind: 'StatefulSet', name: 'kubia', uid: 'uid-kubia' },
    'SuccessfulCreate',
    `create Claim data-kubia-${n} Pod kubia-${n} in StatefulSet kubia success`,
    n,
  ),
  event(
    `kubia.p${n}`,
    { kind: 'StatefulSet', name: 'kubia', uid: 'uid-kubia' },
    'SuccessfulCreate',
    `create Pod kubia-${n} in StatefulSet kubia successful`,
    n,
  ),
];

group('kubectl describe statefulset', () => {
  it('prints the describeStatefulSet layout with pod counts, template, claims and events', () => {
    const w = testWorld('modern', 125);
    const sts = kubia();
    store(w, sts, member('kubia-0', 'Running'), member('kubia-1', 'Running'), member('kubia-2', 'Running'));
    store(w, ...created(0), ...created(1));
    store(
      w,
      event(
        'kubia.x',
        { kind: 'StatefulSet', name: 'kubia', uid: 'old-uid' },
        'SuccessfulDelete',
        'from an older set',
        1,
      ),
    );
    expect(describe('StatefulSet', sts, ctxOf(w))).toBe(
      [
        'Name:               kubia',
        'Namespace:          default',
        'CreationTimestamp:  Thu, 08 Jan 2026 10:00:00 +0000',
        'Selector:           app=kubia',
        'Labels:             <none>',
        'Annotations:        <none>',
        'Replicas:           3 desired | 3 total',
        'Update Strategy:    RollingUpdate',
        '  Partition:        0',
        '  MaxUnavailable:   1',
        'Pods Status:        3 Running / 0 Waiting / 0 Succeeded / 0 Failed',
        'Pod Template:',
        '  Labels:  app=kubia',
        '  Containers:',
        '   kubia:',
        '    Image:        luksa/kubia-pet',
        '    Port:         8080/TCP',
        '    Host Port:    0/TCP',
        '    Environment:  <none>',
        '    Mounts:',
        '      /var/data from data (rw)',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Volume Claims:',
        '  Name:          data',
        '  StorageClass:  ',
        '  Labels:        <none>',
        '  Annotations:   <none>',
        '  Capacity:      1Mi',
        '  Access Modes:  [ReadWriteOnce]',
        'Events:',
        '  Type    Reason            Age   From                    Message',
        '  ----    ------            ----  ----                    -------',
        '  Normal  SuccessfulCreate  2m5s  statefulset-controller  create Claim data-kubia-0 Pod kubia-0 in StatefulSet kubia success',
        '  Normal  SuccessfulCreate  2m5s  statefulset-controller  create Pod kubia-0 in StatefulSet kubia successful',
        '  Normal  SuccessfulCreate  2m4s  statefulset-controller  create Claim data-kubia-1 Pod kubia-1 in StatefulSet kubia success',
        '  Normal  SuccessfulCreate  2m4s  statefulset-controller  create Pod kubia-1 in StatefulSet kubia successful',
        '',
      ].join('\n'),
    );
  });

  it('counts only its own pods by phase, and aligns "Events: <none>" with the claim block', () => {
    const w = testWorld('modern', 60);
    const sts = kubia();
    sts.spec.updateStrategy = { type: 'OnDelete' };
    sts.spec.volumeClaimTemplates = [];
    store(w, sts, member('kubia-0', 'Running'), member('kubia-1', 'Pending'), member('kubia-9', 'Running', 'other'));
    const text = describe('StatefulSet', sts, ctxOf(w));
    expect(text).toContain(
      'Update Strategy:    OnDelete\nPods Status:        1 Running / 1 Waiting / 0 Succeeded / 0 Failed\n',
    );
    expect(text.endsWith('  Tolerations:     <none>\nVolume Claims:     <none>\nEvents:            <none>\n')).toBe(
      true,
    );
  });

  it('shows a repeated event as "last (xN over first)"', () => {
    const w = testWorld('modern', 23 * 60 + 5);
    const sts = kubia();
    store(
      w,
      sts,
      event(
        'kubia.f',
        { kind: 'StatefulSet', name: 'kubia', uid: 'uid-kubia' },
        'FailedCreate',
        'create Pod kubia-0 in StatefulSet kubia failed error: pvc data-kubia-0 is being deleted',
        5,
        23 * 60,
        13,
        'statefulset-controller',
        'Warning',
      ),
    );
    expect(describe('StatefulSet', sts, ctxOf(w))).toContain(
      '  Warning  FailedCreate  5s (x13 over 23m)  statefulset-controller  create Pod kubia-0 in StatefulSet kubia failed error: pvc data-kubia-0 is being deleted\n',
    );
  });

  it('pads with tabs and prints no update strategy in book mode', () => {
    const w = testWorld('book', 60);
    const text = describe('StatefulSet', kubia(), ctxOf(w));
    expect(text.split('\n').slice(6, 9)).toEqual([
      'Replicas:\t\t3 desired | 3 total',
      'Pods Status:\t\t0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      'Pod Template:',
    ]);
  });
});

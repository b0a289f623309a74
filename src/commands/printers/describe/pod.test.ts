import { describe as group, expect, it } from 'vitest';
import type { Pod } from '../../../sim/model/types.ts';
import { describe } from '../describe.ts';
import { at, ctxOf, event, runningPod, store, testWorld } from '../testkit.ts';
import { podQOS } from './pod.ts';

function web0(): Pod {
  const p = runningPod('web-0', 0, {
    labels: {
      app: 'nginx',
      'statefulset.kubernetes.io/pod-name': 'web-0',
      'apps.kubernetes.io/pod-index': '0',
      'controller-revision-hash': 'web-6c5cc9bb4b',
    },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'uid-web', controller: true }],
  });
  p.spec.nodeName = 'node-1';
  p.spec.volumes = [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }];
  const c = p.spec.containers[0]!;
  c.volumeMounts = [{ name: 'www', mountPath: '/usr/share/nginx/html' }];
  c.env = [{ name: 'GREETING', value: 'hello' }];
  c.readinessProbe = { httpGet: { path: '/index.html', port: 80 }, periodSeconds: 1, failureThreshold: 1 };
  p.spec.tolerations = [
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ];
  p.status.conditions = [
    { type: 'PodReadyToStartContainers', status: 'True' },
    { type: 'Initialized', status: 'True' },
    { type: 'Ready', status: 'True' },
    { type: 'ContainersReady', status: 'True' },
    { type: 'PodScheduled', status: 'True' },
  ];
  Object.assign(p.status.containerStatuses![0]!, {
    containerID: 'containerd://4f7c9a1e',
    imageID: 'docker.io/library/nginx@sha256:0a1b2c',
  });
  return p;
}

group('kubectl describe pod', () => {
  it('prints a running StatefulSet pod', () => {
    const w = testWorld('modern', 180);
    const pod = web0();
    store(
      w,
      pod,
      event(
        'web-0.a',
        { kind: 'Pod', name: 'web-0', uid: 'uid-web-0' },
        'Scheduled',
        'Successfully assigned default/web-0 to node-1',
        0,
        0,
        1,
        'default-scheduler',
      ),
      event(
        'web-0.b',
        { kind: 'Pod', name: 'web-0', uid: 'uid-web-0' },
        'Pulled',
        'Container image "nginx:1.27" already present on machine',
        1,
        1,
        1,
        'kubelet',
      ),
      // The previous incarnation of web-0 had another UID: its events are not shown.
      event(
        'web-0.c',
        { kind: 'Pod', name: 'web-0', uid: 'uid-old' },
        'Killing',
        'Stopping container nginx',
        0,
        0,
        1,
        'kubelet',
      ),
    );
    expect(describe('Pod', pod, ctxOf(w))).toBe(
      [
        'Name:             web-0',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             node-1/10.0.0.11',
        'Start Time:       Thu, 08 Jan 2026 10:00:00 +0000',
        'Labels:           app=nginx',
        '                  apps.kubernetes.io/pod-index=0',
        '                  controller-revision-hash=web-6c5cc9bb4b',
        '                  statefulset.kubernetes.io/pod-name=web-0',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               10.244.1.5',
        'IPs:',
        '  IP:           10.244.1.5',
        'Controlled By:  StatefulSet/web',
        'Containers:',
        '  nginx:',
        '    Container ID:   containerd://4f7c9a1e',
        '    Image:          nginx:1.27',
        '    Image ID:       docker.io/library/nginx@sha256:0a1b2c',
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Thu, 08 Jan 2026 10:00:05 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Readiness:      http-get http://:80/index.html delay=0s timeout=1s period=1s #success=1 #failure=1',
        '    Environment:',
        '      GREETING:  hello',
        '    Mounts:',
        '      /usr/share/nginx/html from www (rw)',
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       True ',
        '  ContainersReady             True ',
        '  PodScheduled                True ',
        'Volumes:',
        '  www:',
        '    Type:        PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)',
        '    ClaimName:   www-web-0',
        '    ReadOnly:    false',
        'QoS Class:       BestEffort',
        'Node-Selectors:  <none>',
        'Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type    Reason     Age    From               Message',
        '  ----    ------     ----   ----               -------',
        '  Normal  Scheduled  3m     default-scheduler  Successfully assigned default/web-0 to node-1',
        '  Normal  Pulled     2m59s  kubelet            Container image "nginx:1.27" already present on machine',
        '',
      ].join('\n'),
    );
  });

  it('prints an unscheduled pod without node, IP or container state', () => {
    const w = testWorld('modern', 10);
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web-2', namespace: 'default', uid: 'u2', creationTimestamp: at(5) },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False' }] },
    };
    store(
      w,
      pod,
      event(
        'web-2.a',
        { kind: 'Pod', name: 'web-2', uid: 'u2' },
        'FailedScheduling',
        '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
        5,
        5,
        1,
        'default-scheduler',
        'Warning',
      ),
    );
    expect(describe('Pod', pod, ctxOf(w))).toBe(
      [
        'Name:             web-2',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             <none>',
        'Labels:           <none>',
        'Annotations:      <none>',
        'Status:           Pending',
        'IP:               ',
        'IPs:              <none>',
        'Containers:',
        '  nginx:',
        '    Image:        nginx:1.27',
        '    Port:         <none>',
        '    Host Port:    <none>',
        '    Environment:  <none>',
        '    Mounts:       <none>',
        'Conditions:',
        '  Type           Status',
        '  PodScheduled   False ',
        'Volumes:         <none>',
        'QoS Class:       BestEffort',
        'Node-Selectors:  <none>',
        'Tolerations:     <none>',
        'Events:',
        '  Type     Reason            Age   From               Message',
        '  ----     ------            ----  ----               -------',
        '  Warning  FailedScheduling  5s    default-scheduler  0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
        '',
      ].join('\n'),
    );
  });

  it('prints how long a deletion has been due, <invalid> while the grace period still runs', () => {
    const pod = web0();
    pod.metadata.deletionTimestamp = at(300);
    pod.metadata.deletionGracePeriodSeconds = 30;
    const during = describe('Pod', pod, ctxOf(testWorld('modern', 280)));
    expect(during).toContain(
      'Status:                    Terminating (lasts <invalid>)\nTermination Grace Period:  30s\n',
    );
    const stuck = describe('Pod', pod, ctxOf(testWorld('modern', 423)));
    expect(stuck).toContain('Status:                    Terminating (lasts 2m3s)\nTermination Grace Period:  30s\n');
  });

  it('prints the book-era expiry, reason and message of a pod on a lost node', () => {
    const pod = web0();
    pod.metadata.deletionTimestamp = at(300);
    pod.metadata.deletionGracePeriodSeconds = 30;
    pod.status.reason = 'NodeLost';
    pod.status.message = 'Node node-1 which was running pod web-0 is unresponsive';
    const text = describe('Pod', pod, ctxOf(testWorld('book', 900)));
    expect(text.split('\n').slice(9, 15)).toEqual([
      'Status:\t\t\t\tTerminating (expires Thu, 08 Jan 2026 10:05:00 +0000)',
      'Termination Grace Period:\t30s',
      'Reason:\t\t\t\tNodeLost',
      'Message:\t\t\tNode node-1 which was running pod web-0 is unresponsive',
      'IP:\t\t\t\t10.244.1.5',
      'Controlled By:\t\t\tStatefulSet/web',
    ]);
  });

  it('describes waiting and terminated containers, with a stand-in ID for a started one', () => {
    const pod = web0();
    const status = pod.status.containerStatuses![0]!;
    Object.assign(status, { containerID: undefined, restartCount: 2 });
    status.state = { terminated: { reason: 'Error', exitCode: 137, startedAt: at(5), finishedAt: at(40) } };
    const text = describe('Pod', pod, ctxOf(testWorld('modern', 60)));
    expect(text).toMatch(/ {4}Container ID: {3}containerd:\/\/[0-9a-f]{64}\n/);
    expect(text).toContain(
      [
        '    State:          Terminated',
        '      Reason:       Error',
        '      Exit Code:    137',
        '      Started:      Thu, 08 Jan 2026 10:00:05 +0000',
        '      Finished:     Thu, 08 Jan 2026 10:00:40 +0000',
        '    Ready:          True',
        '    Restart Count:  2',
      ].join('\n'),
    );
    status.state = { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } };
    expect(describe('Pod', pod, ctxOf(testWorld('modern', 60)))).toContain(
      '    Container ID:   \n    Image:          nginx:1.27\n    Image ID:       docker.io/library/nginx@sha256:0a1b2c\n',
    );
  });

  it('computes the QoS class from cpu and memory requests and limits', () => {
    const pod = web0();
    expect(podQOS(pod)).toBe('BestEffort');
    pod.spec.containers[0]!.resources = { requests: { cpu: '100m' } };
    expect(podQOS(pod)).toBe('Burstable');
    pod.spec.containers[0]!.resources = {
      requests: { cpu: '0.1', memory: '64Mi' },
      limits: { cpu: '100m', memory: '65536Ki' },
    };
    expect(podQOS(pod)).toBe('Guaranteed');
  });
});

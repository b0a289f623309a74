import { describe as group, expect, it } from 'vitest';
import type { Node, NodeCondition } from '../../../sim/model/types.ts';
import type { NodeSim } from '../../../sim/engine/world.ts';
import { describe } from '../describe.ts';
import { at, ctxOf, event, runningPod, store, testWorld } from '../testkit.ts';

function lostNode(): Node {
  const unknown = (type: NodeCondition['type']): NodeCondition => ({
    type,
    status: 'Unknown',
    lastHeartbeatTime: at(490),
    lastTransitionTime: at(545),
    reason: 'NodeStatusUnknown',
    message: 'Kubelet stopped posting node status.',
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'node-1',
      uid: 'uid-node-1',
      creationTimestamp: at(-2 * 86400),
      labels: { 'kubernetes.io/hostname': 'node-1', 'kubernetes.io/os': 'linux' },
    },
    spec: {
      podCIDR: '10.244.1.0/24',
      taints: [
        { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: at(545) },
        { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: at(545) },
      ],
    },
    status: {
      conditions: [unknown('MemoryPressure'), unknown('DiskPressure'), unknown('PIDPressure'), unknown('Ready')],
      addresses: [
        { type: 'InternalIP', address: '10.0.0.11' },
        { type: 'Hostname', address: 'node-1' },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.35.0',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: 'containerd://2.1.4',
        kernelVersion: '6.8.0-1031',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
      capacity: { cpu: '4', memory: '16374584Ki', pods: '110' },
      allocatable: { cpu: '4', memory: '16374584Ki', pods: '110' },
    },
  };
}

const sim = (physical: string, lastLeaseMs: number): NodeSim => ({
  state: JSON.stringify({ physical, health: 'Unknown' }),
  index: 1,
  leaseOffsetMs: 3000,
  lastLeaseMs,
  images: [],
  nextIp: 2,
  runtime: {},
  epoch: 1,
});

group('kubectl describe node', () => {
  it('prints an unreachable node: taints by effect, Unknown conditions, its pods and resources', () => {
    const w = testWorld('modern', 600);
    const node = lostNode();
    w.nodes['node-1'] = sim('Partitioned', 493_000);
    const kubia0 = runningPod('kubia-0', 0);
    kubia0.spec.nodeName = 'node-1';
    kubia0.spec.containers[0]!.resources = { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } };
    const elsewhere = runningPod('kubia-1', 0);
    elsewhere.spec.nodeName = 'node-2';
    store(
      w,
      node,
      kubia0,
      elsewhere,
      event(
        'node-1.a',
        { kind: 'Node', name: 'node-1', uid: 'uid-node-1' },
        'NodeNotReady',
        'Node node-1 status is now: NodeNotReady',
        545,
        545,
        1,
        'node-controller',
      ),
      event(
        'node-1.b',
        { kind: 'Node', name: 'node-1', uid: 'node-1' },
        'Starting',
        'Starting kubelet.',
        -2 * 86400,
        -2 * 86400,
        1,
        'kubelet',
      ),
    );
    expect(describe('Node', node, ctxOf(w))).toBe(
      [
        'Name:               node-1',
        'Roles:              <none>',
        'Labels:             kubernetes.io/hostname=node-1',
        '                    kubernetes.io/os=linux',
        'Annotations:        <none>',
        'CreationTimestamp:  Tue, 06 Jan 2026 10:00:00 +0000',
        'Taints:             node.kubernetes.io/unreachable:NoExecute',
        '                    node.kubernetes.io/unreachable:NoSchedule',
        'Unschedulable:      false',
        'Lease:',
        '  HolderIdentity:  node-1',
        '  AcquireTime:     <unset>',
        '  RenewTime:       Thu, 08 Jan 2026 10:08:13 +0000',
        'Conditions:',
        '  Type             Status    LastHeartbeatTime                 LastTransitionTime                Reason              Message',
        '  ----             ------    -----------------                 ------------------                ------              -------',
        '  MemoryPressure   Unknown   Thu, 08 Jan 2026 10:08:10 +0000   Thu, 08 Jan 2026 10:09:05 +0000   NodeStatusUnknown   Kubelet stopped posting node status.',
        '  DiskPressure     Unknown   Thu, 08 Jan 2026 10:08:10 +0000   Thu, 08 Jan 2026 10:09:05 +0000   NodeStatusUnknown   Kubelet stopped posting node status.',
        '  PIDPressure      Unknown   Thu, 08 Jan 2026 10:08:10 +0000   Thu, 08 Jan 2026 10:09:05 +0000   NodeStatusUnknown   Kubelet stopped posting node status.',
        '  Ready            Unknown   Thu, 08 Jan 2026 10:08:10 +0000   Thu, 08 Jan 2026 10:09:05 +0000   NodeStatusUnknown   Kubelet stopped posting node status.',
        'Addresses:',
        '  InternalIP:  10.0.0.11',
        '  Hostname:    node-1',
        'Capacity:',
        '  cpu:     4',
        '  memory:  16374584Ki',
        '  pods:    110',
        'Allocatable:',
        '  cpu:     4',
        '  memory:  16374584Ki',
        '  pods:    110',
        'System Info:',
        '  Machine ID:                 ',
        '  System UUID:                ',
        '  Boot ID:                    ',
        '  Kernel Version:             6.8.0-1031',
        '  OS Image:                   Debian GNU/Linux 12 (bookworm)',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://2.1.4',
        '  Kubelet Version:            v1.35.0',
        '  Kube-Proxy Version:         ',
        'PodCIDR:                      10.244.1.0/24',
        'PodCIDRs:                     10.244.1.0/24',
        'Non-terminated Pods:          (1 in total)',
        '  Namespace                   Name       CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----       ------------  ----------  ---------------  -------------  ---',
        '  default                     kubia-0    100m (2%)     0 (0%)      64Mi (0%)        128Mi (0%)     10m',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests   Limits',
        '  --------           --------   ------',
        '  cpu                100m (2%)  0 (0%)',
        '  memory             64Mi (0%)  128Mi (0%)',
        '  ephemeral-storage  0 (0%)     0 (0%)',
        'Events:',
        '  Type    Reason        Age   From             Message',
        '  ----    ------        ----  ----             -------',
        '  Normal  Starting      2d    kubelet          Starting kubelet.',
        '  Normal  NodeNotReady  55s   node-controller  Node node-1 status is now: NodeNotReady',
        '',
      ].join('\n'),
    );
  });

  it('renews the lease every period while the node is connected', () => {
    const w = testWorld('modern', 600);
    w.nodes['node-1'] = sim('Connected', 0);
    expect(describe('Node', lostNode(), ctxOf(w))).toContain('  RenewTime:       Thu, 08 Jan 2026 10:09:53 +0000\n');
  });
});

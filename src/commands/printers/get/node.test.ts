import { describe, expect, it } from 'vitest';
import type { Node, NodeCondition } from '../../../sim/model/types.ts';
import { tableFor } from '../columns.ts';
import { renderTable } from '../table.ts';
import { at, ctxOf, testWorld } from '../testkit.ts';
import { nodeStatus } from './node.ts';

const modern = ctxOf(testWorld('modern', 60));
const book = ctxOf(testWorld('book', 60));

function node(name: string, ready: NodeCondition['status'], labels: Record<string, string> = {}): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, creationTimestamp: at(-86400 - 3600), labels },
    spec: {},
    status: {
      conditions: [
        {
          type: 'Ready',
          status: ready,
          lastHeartbeatTime: at(0),
          lastTransitionTime: at(0),
          reason: 'r',
          message: 'm',
        },
      ],
      addresses: [{ type: 'InternalIP', address: `10.0.0.1${name.slice(-1)}` }],
      nodeInfo: {
        kubeletVersion: 'v1.35.0',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        containerRuntimeVersion: 'containerd://2.1.4',
        kernelVersion: '6.8.0-1031',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
    },
  };
}

describe('kubectl get nodes', () => {
  it('prints NotReady for an Unknown Ready condition and <none> without role labels', () => {
    expect(renderTable(tableFor('Node', [node('node-2', 'True'), node('node-1', 'Unknown')], modern), modern)).toBe(
      [
        'NAME     STATUS     ROLES    AGE   VERSION',
        'node-1   NotReady   <none>   25h   v1.35.0',
        'node-2   Ready      <none>   25h   v1.35.0',
        '',
      ].join('\n'),
    );
  });

  it('appends SchedulingDisabled when cordoned and lists role labels', () => {
    const n = node('node-1', 'True', { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'infra' });
    n.spec.unschedulable = true;
    expect(nodeStatus(n)).toBe('Ready,SchedulingDisabled');
    expect(tableFor('Node', [n], modern, { wide: true }).rows[0]).toEqual([
      'node-1',
      'Ready,SchedulingDisabled',
      'control-plane,infra',
      '25h',
      'v1.35.0',
      '10.0.0.11',
      '<none>',
      'Debian GNU/Linux 12 (bookworm)',
      '6.8.0-1031',
      'containerd://2.1.4',
    ]);
  });

  it('has no ROLES column in book mode', () => {
    expect(renderTable(tableFor('Node', [node('node-1', 'False')], book), book)).toBe(
      'NAME      STATUS     AGE       VERSION\nnode-1    NotReady   1d        v1.35.0\n',
    );
  });
});

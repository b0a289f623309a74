import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { stepMachine } from './run.ts';
import { podLifecycleMachine } from './podLifecycle.machine.ts';
import { nodeMachine } from './node.machine.ts';
import { statefulSetControllerMachine, type SetControllerContext } from './statefulSetController.machine.ts';
import type { SetView } from '../controllers/statefulset/reconcile.ts';
import { aStatefulSet } from '../testing/builders.ts';
import type { Pod } from '../model/types.ts';

const pod = (name: string, ready: boolean, extra: Partial<Pod['metadata']> = {}): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    labels: { 'controller-revision-hash': 'web-1', 'statefulset.kubernetes.io/pod-name': name },
    ...extra,
  },
  spec: { hostname: name, subdomain: 'web', containers: [{ name: 'c', image: 'x' }] },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

function view(replicas: (Pod | undefined)[], condemned: Pod[] = [], setOpts = {}): SetView {
  return {
    set: { ...aStatefulSet('web', { replicas: replicas.length, ...setOpts }), metadata: { name: 'web', uid: 'u' } },
    now: 0,
    replicas,
    condemned,
    claim: () => undefined,
    readySince: () => 0,
    currentRevision: 'web-1',
    updateRevision: 'web-1',
  };
}

describe('pod lifecycle machine', () => {
  it('goes ContainerCreating → Ready directly without a readiness probe, through Running with one', () => {
    expect(
      stepMachine(podLifecycleMachine, 'ContainerCreating', { hasReadinessProbe: false }, { type: 'pod.started' })
        .value,
    ).toBe('Ready');
    expect(
      stepMachine(podLifecycleMachine, 'ContainerCreating', { hasReadinessProbe: true }, { type: 'pod.started' }).value,
    ).toBe('Running');
    expect(
      stepMachine(podLifecycleMachine, 'Running', { hasReadinessProbe: true }, { type: 'pod.probePassed' }).value,
    ).toBe('Ready');
  });

  it('terminates only through SIGTERM and exit, and ignores events that do not apply', () => {
    expect(stepMachine(podLifecycleMachine, 'Ready', { hasReadinessProbe: false }, { type: 'pod.kill' }).value).toBe(
      'Terminating',
    );
    expect(
      stepMachine(podLifecycleMachine, 'Terminating', { hasReadinessProbe: false }, { type: 'pod.probePassed' }).value,
    ).toBe('Terminating');
    expect(
      stepMachine(podLifecycleMachine, 'Terminating', { hasReadinessProbe: false }, { type: 'pod.exited' }).value,
    ).toBe('Stopped');
  });

  it('reaches every state from ContainerCreating', () => {
    const paths = getShortestPaths(podLifecycleMachine, { input: { hasReadinessProbe: true } });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    for (const s of [
      'ContainerCreating',
      'ErrImagePull',
      'ImagePullBackOff',
      'Running',
      'Ready',
      'Terminating',
      'Stopped',
    ])
      expect(reached).toContain(s);
  });
});

describe('node machine', () => {
  it('keeps what happens to the node apart from what the control plane believes', () => {
    let v: unknown = { physical: 'Connected', health: 'Ready' };
    v = stepMachine(nodeMachine, v as never, undefined, { type: 'node.partition' }).value;
    expect(v).toEqual({ physical: 'Partitioned', health: 'Ready' });
    v = stepMachine(nodeMachine, v as never, undefined, { type: 'node.graceExpired' }).value;
    expect(v).toEqual({ physical: 'Partitioned', health: 'Unknown' });
    v = stepMachine(nodeMachine, v as never, undefined, { type: 'node.heal' }).value;
    expect(v).toEqual({ physical: 'Connected', health: 'Unknown' });
    v = stepMachine(nodeMachine, v as never, undefined, { type: 'node.statusPosted' }).value;
    expect(v).toEqual({ physical: 'Connected', health: 'Ready' });
  });
});

describe('StatefulSet controller machine', () => {
  const sync = (v: SetView) => {
    const ctx: SetControllerContext = { ops: [] };
    return stepMachine(statefulSetControllerMachine, 'Idle', ctx, { type: 'sync', view: v });
  };

  it('creates the lowest missing ordinal and comes to rest in Scaling', () => {
    const r = sync(view([pod('web-0', true), undefined, undefined]));
    expect(r.value).toBe('Scaling');
    expect(r.context.ops).toEqual([{ op: 'createPod', ordinal: 1 }]);
  });

  it('waits for an unready predecessor and says why', () => {
    const r = sync(view([pod('web-0', false), undefined]));
    expect(r.value).toBe('Scaling');
    expect(r.context.ops).toEqual([]);
    expect(r.context.halt?.reason).toBe('waiting for web-0 to be Running and Ready before creating or updating web-1');
  });

  it('deletes the highest condemned pod first, one per pass', () => {
    const r = sync(view([pod('web-0', true)], [pod('web-2', true), pod('web-1', true)]));
    expect(r.value).toBe('ScalingDown');
    expect(r.context.ops).toEqual([{ op: 'deletePod', name: 'web-2', why: 'condemned' }]);
  });

  it('rests in Idle when every pod is there, healthy and current', () => {
    const r = sync(view([pod('web-0', true), pod('web-1', true)]));
    expect(r.value).toBe('Idle');
    expect(r.context.ops).toEqual([]);
  });

  it('goes to Deleting once the set has a deletionTimestamp', () => {
    const v = view([pod('web-0', true)]);
    v.set.metadata.deletionTimestamp = '2026-01-08T10:00:00Z';
    expect(sync(v).value).toBe('Deleting');
  });
});

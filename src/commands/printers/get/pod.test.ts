import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../sim/model/types.ts';
import { renderTable } from '../table.ts';
import { tableFor } from '../columns.ts';
import { at, ctxOf, runningPod, testWorld } from '../testkit.ts';
import { podSummary } from './pod.ts';

const modern = ctxOf(testWorld('modern', 600));
const book = ctxOf(testWorld('book', 600));

function withState(state: Pod['status']['containerStatuses'], phase: Pod['status']['phase'] = 'Running'): Pod {
  const p = runningPod('web-0', 0);
  p.status.phase = phase;
  p.status.containerStatuses = state;
  return p;
}

const cs = (
  state: NonNullable<Pod['status']['containerStatuses']>[number]['state'],
  ready = false,
  restartCount = 0,
) => [{ name: 'nginx', image: 'nginx:1.27', ready, restartCount, state }];

describe('printPod STATUS, READY and RESTARTS', () => {
  it('shows the phase and counts ready running containers', () => {
    expect(podSummary(runningPod('web-0', 0), modern)).toEqual({ ready: '1/1', status: 'Running', restarts: '0' });
  });

  it('uses a waiting container reason', () => {
    for (const reason of ['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff']) {
      const p = withState(cs({ waiting: { reason } }), 'Pending');
      expect(podSummary(p, modern)).toEqual({ ready: '0/1', status: reason, restarts: '0' });
    }
  });

  it('uses a terminated container reason, or its exit code when it has none', () => {
    expect(podSummary(withState(cs({ terminated: { reason: 'Completed', exitCode: 0 } })), modern).status).toBe(
      'Completed',
    );
    expect(podSummary(withState(cs({ terminated: { reason: 'Error', exitCode: 137 } })), modern).status).toBe('Error');
    expect(podSummary(withState(cs({ terminated: { reason: '', exitCode: 2 } })), modern).status).toBe('ExitCode:2');
  });

  it('keeps READY from the container status, not the Ready condition (a pod on a lost node stays 1/1)', () => {
    const p = runningPod('web-0', 0);
    p.status.conditions = [{ type: 'Ready', status: 'False' }];
    expect(podSummary(p, modern)).toEqual({ ready: '1/1', status: 'Running', restarts: '0' });
  });

  it('prints Terminating for a pod being deleted, but not once it is Failed or Succeeded', () => {
    const p = runningPod('web-0', 0);
    p.metadata.deletionTimestamp = at(570);
    expect(podSummary(p, modern).status).toBe('Terminating');
    const done = withState(cs({ terminated: { reason: 'Completed', exitCode: 0 } }), 'Succeeded');
    done.metadata.deletionTimestamp = at(570);
    expect(podSummary(done, modern).status).toBe('Completed');
    expect(podSummary(done, book).status).toBe('Terminating');
  });

  it('prints Unknown for a deleted pod whose status reason is NodeLost', () => {
    const p = runningPod('kubia-0', 0);
    p.metadata.deletionTimestamp = at(570);
    p.status.reason = 'NodeLost';
    expect(podSummary(p, book).status).toBe('Unknown');
    expect(podSummary(p, modern).status).toBe('Unknown');
  });

  it('turns Completed back into Running while another container still runs', () => {
    const p = runningPod('web-0', 0);
    p.spec.containers.push({ name: 'sidecar', image: 'busybox' });
    p.status.containerStatuses = [
      { name: 'nginx', image: 'nginx', ready: true, restartCount: 0, state: { running: { startedAt: at(1) } } },
      {
        name: 'sidecar',
        image: 'busybox',
        ready: false,
        restartCount: 0,
        state: { terminated: { reason: 'Completed', exitCode: 0 } },
      },
    ];
    expect(podSummary(p, modern)).toEqual({ ready: '1/2', status: 'Running', restarts: '0' });
    p.status.conditions = [];
    expect(podSummary(p, modern).status).toBe('NotReady');
  });

  it('shows when the last restart happened, if the last termination is known', () => {
    const p = runningPod('web-0', 0);
    const status = p.status.containerStatuses![0]!;
    status.restartCount = 3;
    expect(podSummary(p, modern).restarts).toBe('3');
    Object.assign(status, { lastState: { terminated: { reason: 'Error', exitCode: 1, finishedAt: at(300) } } });
    expect(podSummary(p, modern).restarts).toBe('3 (5m ago)');
    expect(podSummary(p, book).restarts).toBe('3');
  });
});

describe('kubectl get pods', () => {
  const pending: Pod = {
    ...runningPod('web-1', 595),
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
    status: { phase: 'Pending' },
  };
  const running = runningPod('web-0', 0);
  running.spec.nodeName = 'node-1';

  it('prints NAME READY STATUS RESTARTS AGE, sorted by name', () => {
    expect(renderTable(tableFor('Pod', [pending, running], modern), modern)).toBe(
      [
        'NAME    READY   STATUS    RESTARTS   AGE',
        'web-0   1/1     Running   0          10m',
        'web-1   0/1     Pending   0          5s',
        '',
      ].join('\n'),
    );
  });

  it('adds IP NODE NOMINATED NODE READINESS GATES with -o wide', () => {
    expect(renderTable(tableFor('Pod', [pending, running], modern, { wide: true }), modern)).toBe(
      [
        'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
        'web-0   1/1     Running   0          10m   10.244.1.5   node-1   <none>           <none>',
        'web-1   0/1     Pending   0          5s    <none>       <none>   <none>           <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints the book era table: short ages, 10-wide columns, IP NODE only', () => {
    const old = runningPod('kubia-0', -15 * 60);
    old.spec.nodeName = 'gke-kubia-default-pool-32a2cac8-m0g1';
    expect(renderTable(tableFor('Pod', [old], book, { wide: true }), book)).toBe(
      [
        'NAME      READY     STATUS    RESTARTS   AGE       IP           NODE',
        'kubia-0   1/1       Running   0          25m       10.244.1.5   gke-kubia-default-pool-32a2cac8-m0g1',
        '',
      ].join('\n'),
    );
  });
});

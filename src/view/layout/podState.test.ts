import { describe, expect, it } from 'vitest';
import { graceLeft, nodeTruth, podLook } from './podState.ts';
import { STUCK, WEB, sessionAfter, worldAfter } from './testing.ts';

describe('podLook', () => {
  it('follows a pod from ContainerCreating to Running and Ready', () => {
    const early = worldAfter(['kubectl apply -f web.yaml', 'sleep 2']);
    expect(podLook(early, early.objects.Pod['web-0']!)).toMatchObject({
      kind: 'creating',
      status: 'ContainerCreating',
    });
    const w = worldAfter(WEB);
    expect(podLook(w, w.objects.Pod['web-0']!)).toEqual({ kind: 'ready', status: 'Running 1/1', note: '' });
  });

  it('counts down the grace period of a terminating pod', () => {
    const s = sessionAfter([...WEB, 'kubectl delete pod web-1 --wait=false']);
    const pod = s.sim.world.objects.Pod['web-1']!;
    const look = podLook(s.sim.world, pod);
    expect(look.kind).toBe('terminating');
    expect(look.status).toBe(`Terminating ${pod.metadata.deletionGracePeriodSeconds}s`);
    expect(graceLeft(s.sim.world, pod)).toBe(pod.metadata.deletionGracePeriodSeconds);
  });

  it('marks a pod on an unreachable node unknown, keeping kubectl status', () => {
    const w = worldAfter([...WEB, 'sim partition node-1', 'sleep 70']);
    expect(nodeTruth(w, 'node-1')).toEqual({ physical: 'Partitioned', health: 'Unknown' });
    const pod = Object.values(w.objects.Pod).find((p) => p.spec.nodeName === 'node-1')!;
    expect(podLook(w, pod)).toMatchObject({ kind: 'unknown', status: 'Running 1/1', note: 'pod.note.unreachable' });
  });

  it('shows a pod stuck Terminating on a lost node without a countdown', () => {
    const w = worldAfter(STUCK);
    const pod = w.objects.Pod['web-0']!;
    expect(pod.spec.nodeName).toBe('node-1');
    expect(podLook(w, pod)).toMatchObject({ kind: 'terminating', status: 'Terminating', note: 'pod.note.unreachable' });
  });

  it('flags image pull errors', () => {
    const w = worldAfter([...WEB, 'kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:nope', 'sleep 30']);
    const looks = Object.values(w.objects.Pod).map((p) => podLook(w, p));
    expect(looks.some((l) => l.kind === 'imageError' && /ImagePull/.test(l.status))).toBe(true);
  });
});

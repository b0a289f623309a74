import { describe, expect, it } from 'vitest';
import { controllerReasoning } from './reasoning.ts';
import { STUCK, WEB, worldAfter } from './testing.ts';

describe('controllerReasoning', () => {
  it('says what the controller waits for while scaling up', () => {
    const [web] = controllerReasoning(worldAfter(['kubectl apply -f web.yaml', 'sleep 2']));
    expect(web).toMatchObject({
      set: 'web',
      state: 'Scaling',
      sentence: 'Scaling: waiting for web-0 to be Running and Ready before creating or updating web-1',
      waitingOn: 'web-0',
      desired: 2,
      ready: 0,
    });
    expect(web!.blocked).toBeUndefined();
  });

  it('is idle with everything ready', () => {
    const [web] = controllerReasoning(worldAfter(WEB));
    expect(web).toMatchObject({ state: 'Idle', sentence: 'Idle: nothing to do, 2 of 2 ready' });
  });

  it('names the next pod to go while scaling down', () => {
    const w = worldAfter([
      ...WEB,
      'kubectl scale sts web --replicas=5',
      'sleep 60',
      'kubectl scale sts web --replicas=3',
    ]);
    const [web] = controllerReasoning(w);
    expect(web!.state).toBe('ScalingDown');
    expect(web!.waitingOn).toBe('web-4');
    expect(web!.next).toBe('web-3 goes after web-4 is gone');
  });

  it('says blocked when the waited-on pod is Terminating on an unreachable node', () => {
    const [web] = controllerReasoning(worldAfter(STUCK));
    expect(web!.sentence).toBe('Scaling: waiting for web-0 to terminate');
    expect(web!.blocked).toBe('blocked: web-0 is Terminating on an unreachable node');
    expect(web!.command).toBe('kubectl delete pod web-0 --force --grace-period=0');
  });

  it('counts down to eviction when the waited-on pod sits on a lost node', () => {
    const w = worldAfter(['kubectl apply -f web.yaml', 'sleep 12', 'sim partition node-1', 'sleep 100']);
    const [web] = controllerReasoning(w);
    if (web!.waitingOn && w.objects.Pod[web!.waitingOn]?.spec.nodeName === 'node-1') {
      expect(web!.blocked).toBe(`blocked: ${web!.waitingOn} is on an unreachable node (node-1)`);
      expect(web!.hint).toMatch(/evicts it in \d+s/);
    } else {
      expect(web!.blocked).toBeUndefined();
    }
  });
});

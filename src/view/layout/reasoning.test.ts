import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../../i18n/all.ts';
import { render, type Message } from '../../i18n/index.ts';
import { controllerReasoning, type SetReasoning } from './reasoning.ts';
import { STUCK, WEB, worldAfter } from './testing.ts';

beforeAll(registerAllLocales);

const en = (m: Message | undefined) => (m ? render('en', m) : m);
const zh = (m: Message | undefined) => (m ? render('zh-CN', m) : m);
/** The reasoning's words, in English. */
const words = (r: SetReasoning) => ({ ...r, sentence: en(r.sentence), blocked: en(r.blocked), next: en(r.next) });

describe('controllerReasoning', () => {
  it('says what the controller waits for while scaling up', () => {
    const [web] = controllerReasoning(worldAfter(['kubectl apply -f web.yaml', 'sleep 2']));
    expect(zh(web!.sentence)).toBe('扩容中：正在等待 web-0 进入 Running 且 Ready 状态，然后才创建或更新 web-1');
    expect(words(web!)).toMatchObject({
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
    expect(words(web!)).toMatchObject({ state: 'Idle', sentence: 'Idle: nothing to do, 2 of 2 ready' });
    expect(zh(web!.sentence)).toBe('空闲：无事可做，2 个中 2 个已就绪');
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
    expect(en(web!.next)).toBe('web-3 goes after web-4 is gone');
    expect(zh(web!.next)).toBe('web-4 消失之后，接着删除 web-3');
  });

  it('says blocked when the waited-on pod is Terminating on an unreachable node', () => {
    const [web] = controllerReasoning(worldAfter(STUCK));
    expect(en(web!.sentence)).toBe('Scaling: waiting for web-0 to terminate');
    expect(en(web!.blocked)).toBe('blocked: web-0 is Terminating on an unreachable node');
    expect(zh(web!.blocked)).toBe('卡住了：web-0 在一个失联的节点上处于 Terminating 状态');
    expect(web!.command).toBe('kubectl delete pod web-0 --force --grace-period=0');
  });

  it('counts down to eviction when the waited-on pod sits on a lost node', () => {
    const w = worldAfter(['kubectl apply -f web.yaml', 'sleep 12', 'sim partition node-1', 'sleep 100']);
    const [web] = controllerReasoning(w);
    if (web!.waitingOn && w.objects.Pod[web!.waitingOn]?.spec.nodeName === 'node-1') {
      expect(en(web!.blocked)).toBe(`blocked: ${web!.waitingOn} is on an unreachable node (node-1)`);
      expect(en(web!.hint)).toMatch(/evicts it in \d+s/);
    } else {
      expect(web!.blocked).toBeUndefined();
    }
  });
});

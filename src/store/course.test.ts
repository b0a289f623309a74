import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import { createCourse, type UrlAccess } from './course.ts';
import { createLab } from './lab.ts';

beforeAll(() => registerAllLocales());

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

function fakeUrl(search = ''): UrlAccess & { current: string } {
  const u = {
    current: search,
    search: () => u.current,
    replace: (s: string) => {
      u.current = s;
    },
  };
  return u;
}

function setup(search = '?motion=off', storage = new MemoryStorage(), namespace?: string) {
  const lab = createLab('web');
  const url = fakeUrl(search);
  const course = createCourse(lab, { storage, url, ...(namespace ? { namespace } : {}) });
  return { lab, url, storage, course };
}

describe('course controller', () => {
  it('opens a lesson on the lab: its timeline, its layout, the step in the URL', async () => {
    const { lab, url, course } = setup();
    const sandbox = lab.timeline();
    await course.open('cattle-vs-cows');
    const s = course.store.getState();
    expect(s).toMatchObject({ lessonId: 'cattle-vs-cows', step: 0, stepCount: 6, status: 'open', locked: false });
    expect(lab.timeline()).toBe(course.run()!.timeline);
    expect(lab.timeline()).not.toBe(sandbox);
    expect(lab.store.getState().sideBySide).toBe(true);
    expect(Object.keys(lab.worldNow().objects.Pod).filter((p) => p.startsWith('web-'))).toEqual([
      'web-0',
      'web-1',
      'web-2',
    ]);
    expect(url.current).toBe('?motion=off&lesson=cattle-vs-cows&step=1');
    course.dispose();
  });

  it('moves with next, previous and goTo, and the URL follows', async () => {
    const { url, course } = setup();
    await course.open('cattle-vs-cows');
    course.next();
    expect(course.store.getState().step).toBe(1);
    expect(url.current).toBe('?motion=off&lesson=cattle-vs-cows&step=2');
    course.goTo(4);
    expect(course.store.getState().step).toBe(4);
    course.previous();
    expect(course.store.getState().step).toBe(3);
    course.goTo(99);
    expect(course.store.getState().step).toBe(3);
    expect(url.current).toBe('?motion=off&lesson=cattle-vs-cows&step=4');
    course.dispose();
  });

  it('runs a narration, locks the terminal until a prediction is answered, then reveals', async () => {
    const { lab, course } = setup();
    await course.open('cattle-vs-cows');
    const before = lab.timeline().entries.length;
    course.runStepCommands();
    expect(lab.timeline().entries.at(-1)?.line).toBe('kubectl get nodes');
    expect(lab.timeline().entries.length).toBe(before + 1);
    course.goTo(3);
    expect(course.store.getState().locked).toBe(true);
    course.answer('same');
    const s = course.store.getState();
    expect(s.locked).toBe(false);
    expect(s.answer).toMatchObject({ correct: false, correctOption: { id: 'cows' } });
    // The first answer is the one kept.
    course.answer('cows');
    expect(course.store.getState().answer?.chosen.id).toBe('same');
    course.reveal();
    expect(course.run()!.applied).toBe(true);
    expect(lab.timeline().entries.some((e) => e.line === 'kubectl delete pod web-1 --wait=false')).toBe(true);
    course.dispose();
  });

  it('checks a challenge: why it fails, then met once the typed commands reach the goal', async () => {
    const { lab, course } = setup();
    await course.open('cattle-vs-cows', 4);
    expect(course.store.getState().goalMet).toBe(false);
    const r = course.check();
    expect(r?.ok).toBe(false);
    const outcome = course.store.getState().outcome;
    expect(outcome?.ok === false && outcome.why.key.startsWith('goal.')).toBe(true);
    lab.runCommand('kubectl scale rs cattle --replicas=4');
    lab.runCommand('kubectl scale sts web --replicas=4');
    expect(course.store.getState().goalMet).toBe(false);
    // Time passing (the play loop) makes the goal true without another command.
    lab.advance(60);
    expect(course.store.getState().goalMet).toBe(true);
    expect(course.run()!.status()).toBe('done');
    course.dispose();
  });

  it('shows hints one by one and runs the solution', async () => {
    const { course } = setup();
    await course.open('cattle-vs-cows', 4);
    course.hint();
    course.hint();
    course.hint();
    expect(course.run()!.shownHints()).toHaveLength(2);
    course.showSolution();
    expect(course.run()!.commands()[0]).toBe('kubectl scale rs cattle --replicas=4');
    course.runSolution();
    expect(course.store.getState()).toMatchObject({ goalMet: true, outcome: { ok: true } });
    course.next();
    expect(course.store.getState().step).toBe(5);
    course.next();
    expect(course.store.getState().complete).toBe(true);
    expect(course.store.getState().progress['cattle-vs-cows']?.finished).toBe(true);
    course.dispose();
  });

  it('saves progress per lesson and resumes it; another namespace keeps apart', async () => {
    const storage = new MemoryStorage();
    const a = setup('', storage);
    await a.course.open('node-failure');
    a.course.next();
    a.course.next();
    expect([...storage.items.keys()]).toContain('statefulset-lab.lesson.node-failure');
    a.course.dispose();

    const b = setup('', storage);
    expect(b.course.store.getState().progress['node-failure']?.step).toBe(2);
    await b.course.open('node-failure');
    expect(b.course.store.getState().step).toBe(2);
    expect(b.course.run()!.status(0)).toBe('done');
    b.course.dispose();

    const c = setup('', storage, 'embed-1');
    expect(c.course.store.getState().progress).toEqual({});
    await c.course.open('node-failure');
    expect(c.course.store.getState().step).toBe(0);
    c.course.dispose();

    b.course.forgetProgress();
    expect(storage.getItem('statefulset-lab.lesson.node-failure')).toBeNull();
    expect(storage.getItem('embed-1.lesson.node-failure')).not.toBeNull();
  });

  it('ignores damaged stored progress', async () => {
    const storage = new MemoryStorage();
    storage.setItem('statefulset-lab.lesson.scaling', '{"v":1,"lesson":"scaling","step":');
    const { course } = setup('', storage);
    expect(course.store.getState().progress).toEqual({});
    await course.open('scaling');
    expect(course.store.getState().step).toBe(0);
    course.dispose();
  });

  it('opens a link at its step (1-based, or a step id)', async () => {
    const { course, url } = setup('?lang=zh-CN&lesson=node-failure&step=5');
    await course.openFromLink(url.current);
    expect(course.store.getState()).toMatchObject({ lessonId: 'node-failure', step: 4, notice: null });
    expect(url.current).toBe('?lang=zh-CN&lesson=node-failure&step=5');
    await course.openFromLink('?lesson=cattle-vs-cows&step=grow');
    expect(course.store.getState()).toMatchObject({ lessonId: 'cattle-vs-cows', step: 4 });
    course.dispose();
  });

  it('gives a damaged link a clear message and a clean start', async () => {
    const { course, url, lab } = setup('?lesson=nope&step=2&theme=dark');
    const sandbox = lab.timeline();
    await course.openFromLink(url.current);
    let s = course.store.getState();
    expect(s.status).toBe('closed');
    expect(s.notice).toEqual({ key: 'ui.lesson.badLesson', params: { lesson: 'nope' } });
    expect(s.menuOpen).toBe(true);
    expect(lab.timeline()).toBe(sandbox);
    expect(url.current).toBe('?theme=dark');

    for (const bad of ['abc', '0', '99', '-1', '2.5']) {
      await course.openFromLink(`?lesson=scaling&step=${bad}`);
      s = course.store.getState();
      expect(s).toMatchObject({ lessonId: 'scaling', step: 0, status: 'open' });
      expect(s.notice).toEqual({ key: 'ui.lesson.badStep', params: { step: bad, total: 7 } });
    }
    course.dispose();
  });

  it('closes back to the sandbox as it was', async () => {
    const { lab, course, url } = setup('?motion=off');
    lab.runCommand('kubectl scale sts web --replicas=2');
    const sandbox = lab.timeline();
    await course.open('cattle-vs-cows');
    course.next();
    await course.open('node-failure');
    course.close();
    expect(lab.timeline()).toBe(sandbox);
    expect(lab.store.getState().sideBySide).toBe(false);
    expect(course.store.getState()).toMatchObject({ lessonId: null, status: 'closed' });
    expect(url.current).toBe('?motion=off');
    course.dispose();
  });

  it('leaves lesson mode when something else takes over the lab', async () => {
    const { lab, course } = setup();
    await course.open('scaling');
    lab.loadPreset('kubia');
    expect(course.store.getState().status).toBe('closed');
    expect(course.run()).toBeNull();
    course.dispose();
  });

  it('invites on a first visit only', () => {
    const storage = new MemoryStorage();
    const a = setup('', storage);
    expect(a.course.store.getState().invite).toBe(true);
    a.course.dismissInvite();
    a.course.dispose();
    const b = setup('', storage);
    expect(b.course.store.getState().invite).toBe(false);
    b.course.dispose();
  });
});

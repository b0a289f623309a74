// The classroom controller: a seed and a script build the start, a shared link restores a
// sandbox, a bad link leaves a clear notice and a clean lab, `?lesson=` reaches the course, each
// embed's storage is its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import { createLab } from '../store/lab.ts';
import { encodeSnapshot } from '../share/permalink.ts';
import { createClassroom } from './classroom.ts';
import { parseClassroomParams } from './params.ts';
import { memoryStorage } from './storage.ts';
import type { CourseLike } from './stepper.ts';

beforeAll(registerAllLocales);

const make = (search: string, preset: 'web' | 'empty' = 'web') => {
  const lab = createLab(preset, { motion: 'off' });
  let cleared = 0;
  const classroom = createClassroom(lab, parseClassroomParams(search), { clearHash: () => cleared++ });
  return { lab, classroom, cleared: () => cleared };
};

describe('classroom', () => {
  it('builds the start from a seed and a script', async () => {
    const { lab, classroom } = make(
      '?seed=9&script=kubectl%20scale%20sts%20web%20--replicas%3D3%3Bx%0Akubectl%20get%20sts',
    );
    await classroom.boot('');
    expect(lab.timeline().options.seed).toBe(9);
    expect(
      lab
        .timeline()
        .inputs()
        .map((i) => i.line),
    ).toEqual(['kubectl apply -f web.yaml', 'kubectl scale sts web --replicas=3;x', 'kubectl get sts']);
  });

  it('restores a shared sandbox, and shares one back', async () => {
    const { lab: a, classroom: ca } = make('');
    a.runCommand('kubectl scale sts web --replicas=3');
    a.stepAhead();
    a.stepAhead();
    const url = await ca.shareUrl('https://lab.example/sub/');
    expect(url).toMatch(/^https:\/\/lab\.example\/sub\/\?lang=en#s=1\./);
    const { lab: b, classroom: cb } = make('', 'empty');
    await cb.boot(url.slice(url.indexOf('#')));
    expect(b.timeline().inputs()).toEqual(a.timeline().inputs());
    expect(b.store.getState().cursor).toBe(a.store.getState().cursor);
    expect(cb.store.getState().notice).toBeNull();
  });

  it('a bad link: a notice, the hash dropped, and the lab as the page would start', async () => {
    const { lab, classroom, cleared } = make('?script=kubectl%20get%20pods');
    await classroom.boot('#s=1.garbage!');
    expect(classroom.store.getState().notice).toEqual({ key: 'classroom.link.damaged' });
    expect(cleared()).toBe(1);
    expect(
      lab
        .timeline()
        .inputs()
        .map((i) => i.line),
    ).toEqual(['kubectl apply -f web.yaml', 'kubectl get pods']);
    const valid = await encodeSnapshot({ options: { seed: 1 }, inputs: [], cursor: 0 });
    const again = make('');
    await again.classroom.boot(`#s=${valid}`);
    expect(again.classroom.store.getState().notice).toBeNull();
  });

  it('passes ?lesson= and ?step= to the course through the seam, and resets to that step', async () => {
    const { classroom } = make('?lesson=storage&step=4');
    const calls: string[] = [];
    let state = { lessonId: null as string | null, step: 0, stepCount: 0 };
    const listeners = new Set<(s: typeof state, p: typeof state) => void>();
    const set = (next: Partial<typeof state>) => {
      const prev = state;
      state = { ...state, ...next };
      for (const l of listeners) l(state, prev);
    };
    const course: CourseLike = {
      store: {
        getState: () => state,
        subscribe: (l) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
      },
      open: (id, step) => {
        calls.push(`open ${id} ${step}`);
        set({ lessonId: id, step: step ?? 0, stepCount: 8 });
        return Promise.resolve();
      },
      next: () => set({ step: state.step + 1 }),
      previous: () => set({ step: state.step - 1 }),
      goTo: (step) => set({ step }),
      run: () => null,
    };
    await classroom.attachCourse(course);
    // The course opens `?lesson=…&step=…` itself (it tells a damaged link apart); the classroom only steps.
    expect(calls).toEqual([]);
    await course.open('storage', 3);
    expect(calls).toEqual(['open storage 3']);
    expect(classroom.stepper.kind).toBe('lesson');
    classroom.stepper.next();
    expect(state.step).toBe(4);
    classroom.reset();
    expect(state.step).toBe(3);
    expect(await classroom.shareUrl('https://x.example/')).toBe('https://x.example/?lesson=storage&step=4&lang=en');
  });

  it('deferred: starts on the click, and autoplays only then', () => {
    const { lab, classroom } = make('?embed=1&defer=1&autoplay=1');
    expect(classroom.store.getState().started).toBe(false);
    expect(lab.store.getState().playing).toBe(false);
    classroom.start();
    expect(classroom.store.getState().started).toBe(true);
    expect(lab.store.getState().playing).toBe(true);
  });

  it('presenting and blanking', () => {
    const { classroom } = make('?present=1');
    expect(classroom.store.getState().presenting).toBe(true);
    classroom.toggleBlank();
    expect(classroom.store.getState().blanked).toBe(true);
    classroom.setPresenting(false);
    expect(classroom.store.getState()).toMatchObject({ presenting: false, blanked: false });
  });

  it('gives each embed its own storage; one without an id keeps nothing', () => {
    const shared = memoryStorage();
    const lab = createLab('empty', { motion: 'off' });
    const a = createClassroom(lab, parseClassroomParams('?embed=1&id=a'), { storage: shared });
    const b = createClassroom(lab, parseClassroomParams('?embed=1&id=b'), { storage: shared });
    const anon = createClassroom(lab, parseClassroomParams('?embed=1'), { storage: shared });
    const page = createClassroom(lab, parseClassroomParams(''), { storage: shared });
    a.storage.setItem('progress', 'A');
    b.storage.setItem('progress', 'B');
    anon.storage.setItem('progress', 'anon');
    expect([a, b, anon, page].map((c) => c.storage.getItem('progress'))).toEqual(['A', 'B', 'anon', null]);
    expect(shared.getItem('statefulset-lab:embed.a:progress')).toBe('A');
    expect(anon.namespace).toBeUndefined();
    expect(page.namespace).toBe('main');
  });
});

// The stepper seam: the sandbox steps through the timeline's changes; a lesson steps through a
// course — here a fake with the shape of src/store/course.ts — and the switching stepper follows
// whichever is active.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createLab } from '../store/lab.ts';
import { lessonStepper, sandboxStepper, switchingStepper, type CourseLike, type CourseStateLike } from './stepper.ts';

function fakeCourse() {
  const store = createStore<CourseStateLike>()(() => ({ lessonId: null, step: 0, stepCount: 0 }));
  const calls: string[] = [];
  const steps = [
    { title: 'storage.intro.title', text: 'storage.intro.text' },
    { title: 'storage.claims.title', text: 'storage.claims.text' },
    { title: 'storage.recap.title', text: 'storage.recap.text' },
  ] as const;
  const course: CourseLike = {
    store,
    open: (id, step = 0) => {
      calls.push(`open ${id} ${step}`);
      store.setState({ lessonId: id, step, stepCount: steps.length });
      return Promise.resolve();
    },
    next: () => store.setState((s) => ({ step: Math.min(s.step + 1, s.stepCount - 1) })),
    previous: () => store.setState((s) => ({ step: Math.max(s.step - 1, 0) })),
    goTo: (step) => {
      calls.push(`goTo ${step}`);
      store.setState({ step });
    },
    run: () =>
      store.getState().lessonId === null
        ? null
        : { stepIndex: store.getState().step, lesson: { steps: steps as never }, params: () => ({ node: 'node-2' }) },
  };
  return { course, store, calls };
}

describe('sandbox stepper', () => {
  it('steps through the timeline’s changes and reports the cursor', () => {
    const lab = createLab('web', { motion: 'off' });
    const s = sandboxStepper(lab);
    const seen: number[] = [];
    s.subscribe((p) => seen.push(p.step));
    expect(s.current()).toEqual({ step: 0 });
    s.next();
    const first = s.current().step;
    expect(first).toBeGreaterThan(0);
    s.next();
    expect(s.current().step).toBeGreaterThan(first);
    s.previous();
    expect(s.current().step).toBe(first);
    s.goTo(0);
    expect(s.current().step).toBe(0);
    expect(seen.at(-1)).toBe(0);
  });
});

describe('lesson stepper', () => {
  it('drives the course and reads its position and notes', async () => {
    const { course, calls } = fakeCourse();
    const s = lessonStepper(course);
    expect(s.current()).toEqual({ step: 0 });
    await course.open('storage', 1);
    expect(s.current()).toEqual({ lesson: 'storage', step: 1, stepCount: 3 });
    expect(s.notes!()).toEqual({
      title: 'storage.claims.title',
      text: 'storage.claims.text',
      next: 'storage.recap.title',
      params: { node: 'node-2' },
    });
    s.next();
    expect(s.current().step).toBe(2);
    expect(s.notes!()!.next).toBeUndefined();
    s.previous();
    s.goTo(0);
    expect(s.current().step).toBe(0);
    // Steps out of range are refused here, so a host's goto can't push the course past its end.
    s.goTo(3);
    s.goTo(-1);
    expect(calls).toEqual(['open storage 1', 'goTo 0']);
  });
});

describe('switching stepper', () => {
  it('follows the lesson while one is open, else the sandbox', async () => {
    const lab = createLab('web', { motion: 'off' });
    const { course, store } = fakeCourse();
    const s = switchingStepper(sandboxStepper(lab));
    const seen: unknown[] = [];
    s.subscribe((p) => seen.push(p));
    expect(s.kind).toBe('sandbox');
    s.attach(lessonStepper(course));
    expect(s.kind).toBe('sandbox');
    await course.open('scaling', 0);
    expect(s.kind).toBe('lesson');
    expect(seen.at(-1)).toEqual({ lesson: 'scaling', step: 0, stepCount: 3 });
    s.next();
    expect(store.getState().step).toBe(1);
    expect(lab.store.getState().cursor).toBe(0);
    store.setState({ lessonId: null });
    expect(s.kind).toBe('sandbox');
    s.next();
    expect(lab.store.getState().cursor).toBeGreaterThan(0);
  });
});

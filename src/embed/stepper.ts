// The one thing presenter keys, the presenter window and the embed protocol step through: a
// lesson's steps when a lesson is open, else the sandbox's timeline (each step is the next change
// in the cluster, the position its virtual time). The lesson side is written against the shape of
// the course store (src/store/course.ts), so wiring it in is one call: `lessonStepper(course)`.
import type { MessageKey } from '../i18n/index.ts';
import type { Lab } from '../store/lab.ts';

export interface StepPosition {
  lesson?: string;
  /** Lessons: the 0-based step index. Sandbox: the cursor, in virtual ms. */
  step: number;
  /** Lessons only: how many steps there are. */
  stepCount?: number;
}

/** Text for speaker notes: message keys with their parameters, rendered in the reader's language. */
export interface StepNotes {
  title: MessageKey;
  text?: MessageKey;
  next?: MessageKey;
  params?: Record<string, string>;
}

export interface Stepper {
  kind: 'lesson' | 'sandbox';
  current(): StepPosition;
  goTo(step: number): void;
  next(): void;
  previous(): void;
  /** Calls back whenever the position changes; returns the unsubscribe function. */
  subscribe(cb: (p: StepPosition) => void): () => void;
  notes?(): StepNotes | undefined;
}

/** The sandbox: steps are the timeline's changes (the same as the ← and → keys). */
export function sandboxStepper(lab: Lab): Stepper {
  const current = () => ({ step: lab.store.getState().cursor });
  return {
    kind: 'sandbox',
    current,
    goTo: (ms) => lab.seek(ms),
    next: () => lab.stepAhead(),
    previous: () => lab.stepBack(),
    subscribe: (cb) =>
      lab.store.subscribe((s, prev) => {
        if (s.cursor !== prev.cursor || s.version !== prev.version) cb(current());
      }),
  };
}

// ---- lessons: the course store's shape, declared here so this file compiles before it exists ----

/** What the lesson stepper reads of `CourseState` (src/store/course.ts). */
export interface CourseStateLike {
  lessonId: string | null;
  /** 0-based. */
  step: number;
  stepCount: number;
}

interface LessonStepLike {
  id?: string;
  title: MessageKey;
  text: MessageKey;
}

/** What the lesson stepper reads of a `LessonRun`, for speaker notes. */
export interface LessonRunLike {
  stepIndex: number;
  lesson: { steps: readonly LessonStepLike[] };
  params(): Record<string, string>;
}

/** What the lesson stepper uses of `Course` (src/store/course.ts). */
export interface CourseLike {
  store: {
    getState(): CourseStateLike;
    subscribe(listener: (s: CourseStateLike, prev: CourseStateLike) => void): () => void;
  };
  /**
   * Opens a lesson at a 0-based step (`?lesson=…&step=…`). The id comes from a URL, so the course
   * checks it (method syntax, so the course's narrower `LessonId` parameter still fits).
   */
  open(id: string, step?: number): Promise<void>;
  next(): void;
  previous(): void;
  goTo(step: number): void;
  run(): LessonRunLike | null;
}

export function lessonStepper(course: CourseLike): Stepper {
  const current = (): StepPosition => {
    const s = course.store.getState();
    return s.lessonId === null ? { step: s.step } : { lesson: s.lessonId, step: s.step, stepCount: s.stepCount };
  };
  return {
    kind: 'lesson',
    current,
    goTo: (step) => {
      const { stepCount } = course.store.getState();
      if (Number.isInteger(step) && step >= 0 && step < stepCount) course.goTo(step);
    },
    next: () => course.next(),
    previous: () => course.previous(),
    subscribe: (cb) =>
      course.store.subscribe((s, prev) => {
        if (s.lessonId !== prev.lessonId || s.step !== prev.step || s.stepCount !== prev.stepCount) cb(current());
      }),
    notes: () => {
      const run = course.run();
      if (!run) return undefined;
      const steps = run.lesson.steps;
      const step = steps[run.stepIndex];
      if (!step) return undefined;
      const after = steps[run.stepIndex + 1];
      return { title: step.title, text: step.text, ...(after ? { next: after.title } : {}), params: run.params() };
    },
  };
}

/**
 * The lesson's stepper while a lesson is open, else the sandbox's. Subscribers hear of both, so a
 * host or a presenter window follows a student from the sandbox into a lesson and back.
 */
export function switchingStepper(sandbox: Stepper): Stepper & { attach(lessons: Stepper): void } {
  let lessons: Stepper | undefined;
  const listeners = new Set<(p: StepPosition) => void>();
  const active = () => (lessons && lessons.current().lesson !== undefined ? lessons : sandbox);
  let unLessons = () => {};
  const notify = () => {
    const p = active().current();
    for (const l of listeners) l(p);
  };
  sandbox.subscribe(() => {
    if (active() === sandbox) notify();
  });
  return {
    get kind() {
      return active().kind;
    },
    current: () => active().current(),
    goTo: (step) => active().goTo(step),
    next: () => active().next(),
    previous: () => active().previous(),
    notes: () => active().notes?.(),
    subscribe: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    attach: (l) => {
      unLessons();
      lessons = l;
      unLessons = l.subscribe(notify);
      notify();
    },
  };
}

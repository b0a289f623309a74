// The course controller: binds one `LessonRun` at a time to the page's lab, so the picture, the
// terminal and the time controls show the lesson's timeline. The lesson panel renders this
// store; progress goes to storage after every change; the URL follows the step.
//
// The lessons themselves (steps, goals, the runner) are not part of the first page load: `open`
// imports them. Only the small course index (ids and title keys) is imported statically.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { loadCourseText, msg, type Message } from '../i18n/index.ts';
import { loadExecutor } from '../timeline/executor.ts';
import { COURSE_IDS, courseEntry } from '../lessons/course-index.ts';
import type { GoalResult } from '../lessons/goals.ts';
import { lessonLink, parseProgress, type CourseProgress, type LessonProgress } from '../lessons/progress.ts';
import type { AnswerOutcome, LessonRun } from '../lessons/runner.ts';
import type { Lesson, LessonId } from '../lessons/schema.ts';
import { Timeline } from '../timeline/timeline.ts';
import type { Lab } from './lab.ts';

export type CourseStatus = 'closed' | 'loading' | 'open';

export interface CourseState {
  lessonId: LessonId | null;
  /** 0-based index of the current step. */
  step: number;
  stepCount: number;
  status: CourseStatus;
  /** A prediction waits for its answer: the terminal is disabled. */
  locked: boolean;
  /** Bumped whenever the run changes (an answer, a hint, a check), so the panel redraws. */
  revision: number;
  /** The last Check of the current act or challenge step; null before the first. */
  outcome: GoalResult | null;
  /** The current act or challenge step's goal holds (checked whenever the world changes). */
  goalMet: boolean;
  /** The answer to the current prediction, once given. */
  answer: AnswerOutcome | null;
  /** The last `next()` went on from the lesson's own cluster, not the student's. */
  continued: boolean;
  /** Every step of the lesson is passed and the student went past the recap. */
  complete: boolean;
  /** Something to tell the student (a broken link), shown until dismissed. */
  notice: Message | null;
  /** Saved progress of every lesson started (for the course menu). */
  progress: CourseProgress;
  menuOpen: boolean;
  /** The first-visit invitation to the course is still showing. */
  invite: boolean;
  /** The lesson was opened by the page's link, not by the student (the panel leaves the focus alone). */
  fromLink: boolean;
}

export interface Course {
  store: StoreApi<CourseState>;
  /** Opens a lesson (loading its content on demand), at `step` or where the student left it. */
  open(id: LessonId, step?: number): Promise<void>;
  /** Back to the sandbox, as it was before the lesson opened. */
  close(): void;
  next(): void;
  previous(): void;
  goTo(step: number): void;
  run(): LessonRun | null;
  /** Opens what `?lesson=…&step=…` asks for; a damaged link gets a notice and a clean start. */
  openFromLink(search: string): Promise<void>;
  runStepCommands(): void;
  answer(optionId: string): void;
  reveal(): void;
  /** Checks the current step's goal and keeps the result (with its `why`) for the panel. */
  check(): GoalResult | null;
  hint(): void;
  showSolution(): void;
  runSolution(): void;
  restartStep(): void;
  restartLesson(): void;
  forgetProgress(): void;
  setMenu(open: boolean): void;
  dismissNotice(): void;
  dismissInvite(): void;
  /** Stops following the lab (tests). */
  dispose(): void;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where the course reads and writes `?lesson=…&step=…`; `false` leaves the URL alone. */
export interface UrlAccess {
  search(): string;
  replace(search: string): void;
}

export interface CourseOptions {
  storage?: StorageLike;
  /** Prefix of the storage keys, so two labs on one origin (embeds) keep apart. */
  namespace?: string;
  url?: UrlAccess | false;
}

const DEFAULT_NAMESPACE = 'statefulset-lab';

interface LessonModules {
  lessonById: (id: string) => Lesson | undefined;
  LessonRun: typeof LessonRun;
}

/** The lessons and the runner, one chunk loaded on first use. */
async function loadLessons(): Promise<LessonModules> {
  const [catalog, runner] = await Promise.all([import('../lessons/catalog.ts'), import('../lessons/runner.ts')]);
  return { lessonById: catalog.lessonById, LessonRun: runner.LessonRun };
}

function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed iframe)
  }
}

function browserUrl(): UrlAccess | false {
  if (typeof location === 'undefined' || typeof history === 'undefined') return false;
  return {
    search: () => location.search,
    replace: (search) => history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`),
  };
}

export function createCourse(lab: Lab, options: CourseOptions = {}): Course {
  const storage = options.storage ?? browserStorage();
  const ns = options.namespace ?? DEFAULT_NAMESPACE;
  const url = options.url ?? browserUrl();
  const key = (id: LessonId) => `${ns}.lesson.${id}`;
  const inviteKey = `${ns}.course.invited`;

  const read = (id: LessonId): LessonProgress | undefined => {
    try {
      return parseProgress(storage?.getItem(key(id)) ?? null, COURSE_IDS);
    } catch {
      return undefined;
    }
  };
  const write = (p: LessonProgress) => {
    try {
      storage?.setItem(key(p.lesson), JSON.stringify(p));
    } catch {
      // Full or blocked storage: the lesson still works, it just won't be remembered.
    }
  };
  const readAll = (): CourseProgress => {
    const out: CourseProgress = {};
    for (const id of COURSE_IDS) {
      const p = read(id);
      if (p) out[id] = p;
    }
    return out;
  };
  const invited = () => {
    try {
      return storage?.getItem(inviteKey) === '1';
    } catch {
      return false;
    }
  };

  const initialProgress = readAll();
  const store = createStore<CourseState>()(() => ({
    lessonId: null,
    step: 0,
    stepCount: 0,
    status: 'closed',
    locked: false,
    revision: 0,
    outcome: null,
    goalMet: false,
    answer: null,
    continued: false,
    complete: false,
    notice: null,
    progress: initialProgress,
    menuOpen: false,
    invite: !invited() && Object.keys(initialProgress).length === 0,
    fromLink: false,
  }));

  let current: LessonRun | null = null;
  /** The sandbox as it was when the first lesson opened, restored by `close`. */
  let sandbox: { timeline: Timeline; sideBySide: boolean } | null = null;
  /** Guards against an older `open` finishing after a newer one. */
  let opening = 0;

  const setUrl = (id: LessonId | null, step: number) => {
    if (!url) return;
    const q = new URLSearchParams(url.search());
    q.delete('lesson');
    q.delete('step');
    if (id) for (const [k, v] of new URLSearchParams(lessonLink(id, step))) q.set(k, v);
    const s = q.toString();
    url.replace(s ? `?${s}` : '');
  };

  /** The answer shown for the current prediction (answers survive going back and reloading). */
  const answerOf = (run: LessonRun): AnswerOutcome | null =>
    run.step.kind === 'predict' && run.answered !== undefined ? run.answer(run.answered) : null;

  const goalHolds = (run: LessonRun): boolean =>
    (run.step.kind === 'act' || run.step.kind === 'challenge') && run.check().ok;

  /** After every operation: the lab shows the run's timeline, progress is saved, the URL follows. */
  const sync = (run: LessonRun, extra: Partial<CourseState> = {}) => {
    lab.adopt(run.timeline);
    const p = run.progress();
    write(p);
    store.setState((s) => ({
      lessonId: run.lesson.id,
      step: run.stepIndex,
      stepCount: run.stepCount,
      status: 'open',
      locked: run.locked,
      revision: s.revision + 1,
      answer: answerOf(run),
      goalMet: goalHolds(run),
      progress: { ...s.progress, [run.lesson.id]: run.progress() },
      ...extra,
    }));
    setUrl(run.lesson.id, run.stepIndex);
  };

  /** A step changed: forget the previous step's check and continuation note. */
  const moved = (run: LessonRun, extra: Partial<CourseState> = {}) =>
    sync(run, { outcome: null, continued: false, complete: false, ...extra });

  // The world changes with time too (playing, stepping): a goal can become true without a command.
  const unsubscribe = lab.store.subscribe((s, prev) => {
    const run = current;
    if (!run || s.version === prev.version) return;
    if (lab.timeline() !== run.timeline) {
      // Something else took over the lab (a preset was loaded): the lesson is over.
      leave();
      return;
    }
    const kind = run.step.kind;
    if (kind !== 'act' && kind !== 'challenge') return;
    const before = run.status();
    const r = run.check();
    const st = store.getState();
    if (r.ok !== st.goalMet || run.status() !== before) {
      write(run.progress());
      store.setState((x) => ({
        goalMet: r.ok,
        // A passing check clears an old "not yet"; a failing one waits for the student to ask.
        outcome: r.ok ? r : x.outcome,
        revision: x.revision + 1,
        progress: { ...x.progress, [run.lesson.id]: run.progress() },
      }));
    }
  });

  /** Leaves lesson mode without touching the lab's timeline. */
  const leave = () => {
    current = null;
    sandbox = null;
    store.setState({
      lessonId: null,
      status: 'closed',
      locked: false,
      step: 0,
      stepCount: 0,
      outcome: null,
      answer: null,
      goalMet: false,
      continued: false,
      complete: false,
    });
    setUrl(null, 0);
  };

  const guarded = (f: (run: LessonRun) => void) => () => {
    if (current) f(current);
  };

  async function openLesson(id: LessonId, step: number | undefined, fromLink: boolean): Promise<void> {
    const token = ++opening;
    const entry = courseEntry(id);
    if (!entry) throw new RangeError(`no lesson ${id}`);
    store.setState({ status: 'loading', menuOpen: false, invite: false, notice: null, fromLink });
    // A lesson runs its setup commands at once: the command executor must be here too.
    const [mods] = await Promise.all([loadLessons(), loadCourseText(lab.store.getState().lang), loadExecutor()]);
    if (token !== opening) return;
    const lesson = mods.lessonById(id)!;
    const runOptions = { createTimeline: (o: ConstructorParameters<typeof Timeline>[0]) => new Timeline(o) };
    const saved = read(id);
    const run = saved ? mods.LessonRun.resume(lesson, saved, runOptions) : new mods.LessonRun(lesson, runOptions);
    if (step !== undefined && step !== run.stepIndex) run.goTo(Math.min(Math.max(0, step), run.stepCount - 1));
    if (!sandbox) sandbox = { timeline: lab.timeline(), sideBySide: lab.store.getState().sideBySide };
    current = run;
    lab.setSideBySide(lesson.layout === 'side-by-side');
    try {
      storage?.setItem(inviteKey, '1');
    } catch {
      // see write()
    }
    moved(run, { complete: false });
  }

  const course: Course = {
    store,
    run: () => current,
    open: (id, step) => openLesson(id, step, false),
    close: () => {
      const back = sandbox;
      leave();
      if (back) {
        lab.adopt(back.timeline);
        lab.setSideBySide(back.sideBySide);
      }
    },
    next: guarded((run) => {
      const more = run.next();
      if (!more) return sync(run, { complete: true, outcome: null });
      moved(run, { continued: run.continuedFromLessonWorld });
    }),
    previous: guarded((run) => {
      if (store.getState().complete) return sync(run, { complete: false });
      if (run.previous()) moved(run);
    }),
    goTo: (step) => {
      const run = current;
      if (!run || !Number.isInteger(step) || step < 0 || step >= run.stepCount) return;
      run.goTo(step);
      moved(run);
    },
    openFromLink: async (search) => {
      const q = new URLSearchParams(search);
      const id = q.get('lesson');
      if (id === null) return;
      const entry = courseEntry(id);
      if (!entry) {
        setUrl(null, 0);
        store.setState({ notice: msg('ui.lesson.badLesson', { lesson: id }), menuOpen: true, invite: false });
        return;
      }
      const raw = q.get('step');
      let step: number | undefined;
      let bad = false;
      if (raw !== null) {
        const ids = (await loadLessons()).lessonById(entry.id)!.steps.map((s) => s.id);
        if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= ids.length) step = Number(raw) - 1;
        else if (ids.includes(raw)) step = ids.indexOf(raw);
        else bad = true;
      }
      if (bad) {
        // A clean start: the first step of the lesson the link named, with a word about why.
        await openLesson(entry.id, 0, true);
        store.setState({
          notice: msg('ui.lesson.badStep', { step: raw ?? '', total: entry.steps }),
        });
        return;
      }
      await openLesson(entry.id, step, true);
    },
    runStepCommands: guarded((run) => {
      if (run.step.kind !== 'narrate' || run.applied) return;
      run.runStepCommands();
      sync(run);
    }),
    answer: (optionId) => {
      const run = current;
      if (!run || run.step.kind !== 'predict' || run.answered !== undefined) return;
      if (!run.step.options.some((o) => o.id === optionId)) return;
      run.answer(optionId);
      sync(run);
    },
    reveal: guarded((run) => {
      if (run.step.kind !== 'predict' || run.applied) return;
      run.reveal();
      sync(run);
    }),
    check: () => {
      const run = current;
      if (!run) return null;
      const r = run.check();
      sync(run, { outcome: r, goalMet: r.ok });
      return r;
    },
    hint: guarded((run) => {
      if (run.hint() !== undefined) sync(run);
    }),
    showSolution: guarded((run) => {
      run.solution();
      sync(run);
    }),
    runSolution: guarded((run) => {
      run.solution();
      run.applySolution();
      const r = run.check();
      sync(run, { outcome: r, goalMet: r.ok });
    }),
    restartStep: guarded((run) => {
      run.restartStep();
      moved(run);
    }),
    restartLesson: guarded((run) => {
      run.restart();
      moved(run);
    }),
    forgetProgress: () => {
      for (const id of COURSE_IDS) {
        try {
          storage?.removeItem(key(id));
        } catch {
          // see write()
        }
      }
      store.setState({ progress: {} });
    },
    setMenu: (menuOpen) => store.setState({ menuOpen }),
    dismissNotice: () => store.setState({ notice: null }),
    dismissInvite: () => {
      try {
        storage?.setItem(inviteKey, '1');
      } catch {
        // see write()
      }
      store.setState({ invite: false });
    },
    dispose: () => unsubscribe(),
  };
  return course;
}

// The classroom around the lab: presenter mode, the blank screen, the embed's start (deferred
// until a click), the starting seed and script, permalinks, and the stepper that presenter keys,
// the presenter window and an embedding host all step through. No React here; the views in
// src/view/present read its store.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MessageKey } from '../i18n/index.ts';
import type { Lab } from '../store/lab.ts';
import { PRESETS } from '../store/presets.ts';
import { loadExecutor } from '../timeline/executor.ts';
import { Timeline } from '../timeline/timeline.ts';
import { shareFromHash } from '../share/hash.ts';
import type { LinkProblem } from '../share/permalink.ts';
import type { ClassroomParams } from './params.ts';
import { lessonStepper, sandboxStepper, switchingStepper, type CourseLike, type Stepper } from './stepper.ts';
import { memoryStorage, namespacedStorage, pageNamespace, type KeyValueStorage } from './storage.ts';

export interface Notice {
  key: MessageKey;
  params?: Record<string, string>;
}

export interface ClassroomState {
  presenting: boolean;
  /** The projector shows black (`.` or B), so the class looks at the instructor. */
  blanked: boolean;
  /** False while a deferred embed waits for its click. */
  started: boolean;
  /** Something about the link that couldn't be used, said once at the top of the page. */
  notice: Notice | null;
}

export interface Classroom {
  params: ClassroomParams;
  store: StoreApi<ClassroomState>;
  stepper: Stepper;
  /** Where this page keeps things (lesson progress): namespaced per embed, or memory only. */
  storage: KeyValueStorage;
  /** The storage and channel namespace (`main`, `embed.<id>`), or undefined for a memory-only embed. */
  namespace: string | undefined;
  /** Hands the course to the classroom: presenter keys, the host and Share then step through lessons. */
  attachCourse: (course: CourseLike) => Promise<void>;
  /** Applies the link: a shared sandbox (`#s=`), or the seed and the script. */
  boot: (hash: string) => Promise<void>;
  /** The reader clicked the deferred embed (or nothing was deferred). */
  start: () => void;
  /** Back to how the page started (the host's `reset`). */
  reset: () => void;
  setPresenting: (on: boolean) => void;
  toggleBlank: () => void;
  dismissNotice: () => void;
  /** A URL that reopens what is on screen. */
  shareUrl: (base: string) => Promise<string>;
}

const LINK_PROBLEM: Record<LinkProblem, MessageKey> = {
  damaged: 'classroom.link.damaged',
  'too-large': 'classroom.link.tooLarge',
  'unsupported-version': 'classroom.link.version',
  invalid: 'classroom.link.invalid',
};

export interface ClassroomEnv {
  storage?: KeyValueStorage;
  /** Drops the share payload from the address bar once read (so a reload starts clean after a bad link). */
  clearHash?: () => void;
}

export function createClassroom(lab: Lab, params: ClassroomParams, env: ClassroomEnv = {}): Classroom {
  const namespace = pageNamespace(params.embed, params.id);
  const storage = namespace ? namespacedStorage(env.storage, namespace) : memoryStorage();
  const stepper = switchingStepper(sandboxStepper(lab));
  let course: CourseLike | undefined;
  const store = createStore<ClassroomState>()(() => ({
    presenting: params.present,
    blanked: false,
    started: !params.defer,
    notice: params.rejected.length
      ? { key: 'classroom.params.rejected', params: { names: params.rejected.join(', ') } }
      : null,
  }));

  const applySeedAndScript = () => {
    const { preset } = lab.store.getState();
    if (params.seed !== undefined) {
      const p = PRESETS[preset];
      const t = new Timeline({ ...p.options, seed: params.seed });
      for (const c of p.commands) t.run(c);
      lab.adopt(t);
    }
    for (const line of params.script) lab.runCommand(line);
  };

  const classroom: Classroom = {
    params,
    store,
    stepper,
    storage,
    namespace,
    attachCourse: (c) => {
      course = c;
      stepper.attach(lessonStepper(c));
      return Promise.resolve();
    },
    boot: async (hash) => {
      if (params.speed !== undefined) lab.setSpeed(params.speed);
      const share = shareFromHash(hash);
      // Replaying a link or a script runs commands: the executor must be here first.
      if (share !== undefined || params.seed !== undefined || params.script.length > 0) await loadExecutor();
      if (share !== undefined) {
        // The codec loads only when a link is opened or made.
        const { decodeSnapshot } = await import('../share/permalink.ts');
        const decoded = await decodeSnapshot(share);
        if (decoded.ok) {
          try {
            const { options, inputs, cursor } = decoded.snapshot;
            lab.adopt(Timeline.replay(options, inputs, cursor));
            return;
          } catch {
            store.setState({ notice: { key: LINK_PROBLEM.invalid } });
          }
        } else store.setState({ notice: { key: LINK_PROBLEM[decoded.problem] } });
        env.clearHash?.();
      }
      applySeedAndScript();
    },
    start: () => {
      if (store.getState().started && !params.autoplay) return;
      store.setState({ started: true });
      if (params.autoplay) lab.play();
    },
    reset: () => {
      if (course && params.lesson !== undefined && stepper.kind === 'lesson') {
        stepper.goTo(params.step ?? 0);
        return;
      }
      lab.loadPreset(lab.store.getState().preset);
      applySeedAndScript();
      if (params.speed !== undefined) lab.setSpeed(params.speed);
      if (params.autoplay) lab.play();
    },
    setPresenting: (presenting) => store.setState({ presenting, ...(presenting ? {} : { blanked: false }) }),
    toggleBlank: () => store.setState((s) => ({ blanked: !s.blanked })),
    dismissNotice: () => store.setState({ notice: null }),
    shareUrl: async (base) => {
      const p = stepper.current();
      const lang = lab.store.getState().lang;
      if (stepper.kind === 'lesson' && p.lesson !== undefined)
        return `${base}?lesson=${encodeURIComponent(p.lesson)}&step=${p.step + 1}&lang=${lang}`;
      const t = lab.timeline();
      const { encodeSnapshot } = await import('../share/permalink.ts');
      const payload = await encodeSnapshot({ options: t.options, inputs: t.inputs(), cursor: t.cursor });
      return `${base}?lang=${lang}#s=${payload}`;
    },
  };
  return classroom;
}

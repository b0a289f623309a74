// Lessons as typed data: a starting cluster, setup commands and a list of steps. All text is a
// message key (src/i18n), so one lesson serves every locale and only the active locale's text is
// loaded. `validateLesson` checks the same rules at runtime, for lessons that arrive as JSON.
import type { Mode, StorageModel } from '../sim/engine/world.ts';
import type { MessageKey } from '../i18n/index.ts';
import { validateGoal, type Goal } from './goals.ts';

/** The ten lessons of the course, in order. */
export type LessonId =
  | 'cattle-vs-cows'
  | 'stable-identity'
  | 'ordered-start'
  | 'scaling'
  | 'storage'
  | 'at-most-one'
  | 'deploying'
  | 'peer-discovery'
  | 'node-failure'
  | 'updates';

/**
 * Sections of the source notes (source-notes-zh.md), so a test can prove every section is taught
 * by at least one step: 一.1 cattle and cows, 一.2 stable identity and scaling, 一.3 storage,
 * 一.4 at-most-one, 二 deploying, 三 peer discovery, 四 node failure.
 */
export type NoteSection = '一.1' | '一.2' | '一.3' | '一.4' | '二' | '三' | '四';
export const NOTE_SECTIONS: readonly NoteSection[] = ['一.1', '一.2', '一.3', '一.4', '二', '三', '四'];

/** The cluster a lesson starts from (the session options of src/commands). */
export interface SessionSetup {
  /** Seeds every random choice, so the lesson plays the same way every time. */
  seed: number;
  storage?: StorageModel;
  mode?: Mode;
  nodes?: number;
}

/** Object kinds a step can point at, in kubectl's short names. */
export type RefKind = 'pod' | 'node' | 'sts' | 'rs' | 'pvc' | 'pv' | 'svc';
export const REF_KINDS: readonly RefKind[] = ['pod', 'node', 'sts', 'rs', 'pvc', 'pv', 'svc'];

/** An object to highlight or to test for: `pod/web-0`, `sts/web`, `pvc/www-web-0`, `node/node-1`. */
export type ObjectRef = `${RefKind}/${string}`;

/** The API kind an `ObjectRef` names (the UI's selection kinds and the World's object stores). */
export const REF_API_KIND = {
  pod: 'Pod',
  node: 'Node',
  sts: 'StatefulSet',
  rs: 'ReplicaSet',
  pvc: 'PersistentVolumeClaim',
  pv: 'PersistentVolume',
  svc: 'Service',
} as const satisfies Record<RefKind, string>;

export type RefApiKind = (typeof REF_API_KIND)[RefKind];

/** Splits `pod/web-0` into its API kind and name (undefined when malformed). */
export function parseRef(ref: string): { kind: RefApiKind; name: string } | undefined {
  const slash = ref.indexOf('/');
  if (slash <= 0 || slash === ref.length - 1) return undefined;
  const short = ref.slice(0, slash) as RefKind;
  if (!REF_KINDS.includes(short)) return undefined;
  return { kind: REF_API_KIND[short], name: ref.slice(slash + 1) };
}

/**
 * A lesson variable, bound from the world when a step begins, so lessons never hard-code what
 * the simulation decides (which node a pod was scheduled to). `nodeOf`: the node a pod runs on.
 */
export type Binding = { nodeOf: string };

/** `%name%` in commands and goals; `{name}` in texts (as every message parameter). */
export const VARIABLE = /%([a-zA-Z][a-zA-Z0-9]*)%/g;

interface StepBase {
  /** Unique within the lesson (kebab-case); progress and URLs refer to steps by index, tests by id. */
  id: string;
  /**
   * Variables bound when the step begins, usable from then on as `%name%` in commands and goals
   * and as `{name}` in every text of the lesson.
   * @example bind: { node: { nodeOf: 'kubia-0' } } // then: 'sim partition %node%'
   */
  bind?: Record<string, Binding>;
  /** Short heading of the step. */
  title: MessageKey;
  /** What the student reads: the narration, the task, or the question. */
  text: MessageKey;
  /** Objects the picture should emphasise during this step. */
  highlight?: ObjectRef[];
  /** Sections of the source notes this step teaches. */
  teaches?: NoteSection[];
}

/** The lesson tells and shows: it runs commands (they appear in the terminal). */
export interface NarrateStep extends StepBase {
  kind: 'narrate';
  commands: string[];
  /**
   * What holds once the commands have run: checked by the lesson tests, so the narration can
   * never describe something the simulation doesn't do.
   */
  expect?: Goal;
  /** Commands here that are meant to fail (exit status other than 0 or 124), shown as a lesson. */
  failing?: string[];
}

/** The student does one given thing (types it, or clicks the button that runs it). */
export interface ActStep extends StepBase {
  kind: 'act';
  /** The command to run; each button in the lab runs the command it shows. */
  command: string;
  /** Holds once the student has acted (and enough time has passed). */
  goal: Goal;
  /** What "skip" runs: `command`, then whatever waiting makes `goal` hold. */
  solution: string[];
}

export interface PredictOption {
  /** Short id, unique within the step (`a`, `web-3`…). */
  id: string;
  text: MessageKey;
  /** Why this option is right or wrong; shown once the student has answered. */
  explain: MessageKey;
}

/** Predict, then reveal: the student answers before the simulation shows what happens. */
export interface PredictStep extends StepBase {
  kind: 'predict';
  options: PredictOption[];
  /** Id of the correct option. */
  answer: string;
  /** Commands that show the answer; they run only once the student has answered. */
  reveal: string[];
  /** Narration shown with the reveal. */
  revealText: MessageKey;
  /**
   * Holds after the reveal and not before it: the evidence that the correct option is what the
   * simulation does (checked by the lesson tests).
   */
  proof: Goal;
  failing?: string[];
}

/** Try it yourself: a goal the engine checks, with hints and a solution. */
export interface ChallengeStep extends StepBase {
  kind: 'challenge';
  goal: Goal;
  /** Shown one at a time, from a nudge to nearly the answer. */
  hints: MessageKey[];
  /** Commands that reach the goal from the step's starting state, waits included. */
  solution: string[];
  /**
   * The next step starts from the lesson's own world (as if the solution had run), not from the
   * student's: for challenges with several valid answers that leave the cluster in different states.
   */
  resetAfter?: boolean;
}

/** What to remember. */
export interface RecapStep extends StepBase {
  kind: 'recap';
  points: MessageKey[];
}

export type Step = NarrateStep | ActStep | PredictStep | ChallengeStep | RecapStep;
export type StepKind = Step['kind'];
export const STEP_KINDS: readonly StepKind[] = ['narrate', 'act', 'predict', 'challenge', 'recap'];

export interface Lesson {
  id: LessonId;
  /** 1-based position in the course. */
  number: number;
  title: MessageKey;
  summary: MessageKey;
  session: SessionSetup;
  /** Extra manifests the lesson's commands may name with `-f` (path → YAML). */
  files?: Record<string, string>;
  /** Commands that build the starting state before the first step (shown in the terminal). */
  setup: string[];
  /** `side-by-side`: the ReplicaSet and the StatefulSet drawn as two halves. */
  layout?: 'side-by-side';
  steps: Step[];
}

/** Declares a lesson with its literal types checked (an identity function). */
export function defineLesson(lesson: Lesson): Lesson {
  return lesson;
}

// ---- runtime validation ----

export type Validation = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a lesson that may come from JSON: shape, unique ids, a predict, a challenge and a
 * final recap, well-formed goals and references, and (when a table is given) that every message
 * key exists.
 */
export function validateLesson(data: unknown, messages?: Readonly<Record<string, string>>): Validation {
  const errors: string[] = [];
  const err = (where: string, what: string) => errors.push(`${where}: ${what}`);
  if (!isObject(data)) return { ok: false, errors: ['lesson: not an object'] };
  const key = (where: string, v: unknown) => {
    if (typeof v !== 'string' || !v) err(where, 'missing message key');
    else if (messages && !(v in messages)) err(where, `unknown message key "${v}"`);
  };
  const commands = (where: string, v: unknown, allowEmpty = true) => {
    if (!Array.isArray(v) || (!allowEmpty && !v.length)) return err(where, 'expected a list of commands');
    v.forEach((c, i) => {
      if (typeof c !== 'string' || !c.trim()) err(`${where}[${i}]`, 'empty command');
    });
  };
  const goal = (where: string, v: unknown) => {
    for (const e of validateGoal(v, messages)) err(where, e);
  };
  if (typeof data.id !== 'string' || !ID.test(data.id)) err('id', 'expected a kebab-case id');
  if (typeof data.number !== 'number' || data.number < 1) err('number', 'expected a positive number');
  key('title', data.title);
  key('summary', data.summary);
  if (!isObject(data.session) || typeof data.session.seed !== 'number') err('session', 'expected { seed, … }');
  commands('setup', data.setup);
  if (data.files !== undefined && !isStringRecord(data.files)) err('files', 'expected path → text');
  if (data.layout !== undefined && data.layout !== 'side-by-side') err('layout', 'unknown layout');
  if (!Array.isArray(data.steps) || !data.steps.length) {
    err('steps', 'a lesson needs steps');
    return { ok: false, errors };
  }
  const ids = new Set<string>();
  const bound = new Set<string>();
  const vars = (where: string, v: unknown) => {
    for (const m of JSON.stringify(v ?? null).matchAll(VARIABLE))
      if (!bound.has(m[1]!)) err(where, `variable %${m[1]}% is not bound by this or an earlier step`);
  };
  data.steps.forEach((s: unknown, i) => {
    const at = `steps[${i}]`;
    if (!isObject(s)) return err(at, 'not an object');
    const where = `${at} (${String(s.id)})`;
    if (typeof s.id !== 'string' || !ID.test(s.id)) err(where, 'expected a kebab-case id');
    else if (ids.has(s.id)) err(where, 'duplicate step id');
    else ids.add(s.id);
    if (s.bind !== undefined) {
      if (!isObject(s.bind)) err(where, 'bind must map names to bindings');
      else
        for (const [name, b] of Object.entries(s.bind)) {
          if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) err(where, `bad variable name ${name}`);
          if (!isObject(b) || typeof b.nodeOf !== 'string' || !b.nodeOf) err(where, `bad binding for ${name}`);
          bound.add(name);
        }
    }
    vars(where, [s.commands, s.command, s.solution, s.reveal, s.goal, s.expect, s.proof]);
    key(`${where}.title`, s.title);
    key(`${where}.text`, s.text);
    if (s.highlight !== undefined) {
      if (!Array.isArray(s.highlight)) err(where, 'highlight must be a list');
      else for (const r of s.highlight) if (typeof r !== 'string' || !parseRef(r)) err(where, `bad object ref "${r}"`);
    }
    if (s.teaches !== undefined) {
      if (!Array.isArray(s.teaches)) err(where, 'teaches must be a list');
      else for (const n of s.teaches) if (!NOTE_SECTIONS.includes(n as NoteSection)) err(where, `unknown section ${n}`);
    }
    switch (s.kind) {
      case 'narrate':
        commands(`${where}.commands`, s.commands);
        if (s.expect !== undefined) goal(`${where}.expect`, s.expect);
        break;
      case 'act':
        if (typeof s.command !== 'string' || !s.command.trim()) err(where, 'an act step needs a command');
        goal(`${where}.goal`, s.goal);
        commands(`${where}.solution`, s.solution, false);
        break;
      case 'predict': {
        if (!Array.isArray(s.options) || s.options.length < 2) {
          err(where, 'a prediction needs at least two options');
          break;
        }
        const opts = new Set<string>();
        s.options.forEach((o: unknown, j) => {
          if (!isObject(o) || typeof o.id !== 'string' || !o.id) return err(`${where}.options[${j}]`, 'bad option');
          if (opts.has(o.id)) err(`${where}.options[${j}]`, 'duplicate option id');
          opts.add(o.id);
          key(`${where}.options[${j}].text`, o.text);
          key(`${where}.options[${j}].explain`, o.explain);
        });
        if (typeof s.answer !== 'string' || !opts.has(s.answer)) err(where, 'the answer must be one of the options');
        commands(`${where}.reveal`, s.reveal, false);
        key(`${where}.revealText`, s.revealText);
        goal(`${where}.proof`, s.proof);
        break;
      }
      case 'challenge':
        goal(`${where}.goal`, s.goal);
        if (!Array.isArray(s.hints) || !s.hints.length) err(where, 'a challenge needs hints');
        else s.hints.forEach((h, j) => key(`${where}.hints[${j}]`, h));
        commands(`${where}.solution`, s.solution, false);
        if (s.resetAfter !== undefined && typeof s.resetAfter !== 'boolean') err(where, 'resetAfter must be a boolean');
        break;
      case 'recap':
        if (!Array.isArray(s.points) || !s.points.length) err(where, 'a recap needs points');
        else s.points.forEach((p, j) => key(`${where}.points[${j}]`, p));
        break;
      default:
        err(where, `unknown step kind ${String(s.kind)}`);
    }
  });
  const kinds = data.steps.map((s: unknown) => (isObject(s) ? s.kind : undefined));
  if (!kinds.includes('predict')) err('steps', 'every lesson needs a predict step');
  if (!kinds.includes('challenge')) err('steps', 'every lesson needs a challenge step');
  if (kinds.at(-1) !== 'recap') err('steps', 'a lesson ends with a recap');
  return errors.length ? { ok: false, errors } : { ok: true, lesson: data as unknown as Lesson };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringRecord(v: unknown): boolean {
  return isObject(v) && Object.values(v).every((x) => typeof x === 'string');
}

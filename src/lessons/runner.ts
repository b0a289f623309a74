// The headless lesson runner: one LessonRun plays one lesson on a timeline. The UI drives it
// (and renders its state); the lesson tests drive it the same way. No DOM, no React.
//
// A step's *canonical effect* is what "skip" does: a narration's commands, a prediction's
// reveal, an act's or a challenge's solution. Jumping to step N (a `?lesson=…&step=…` link,
// going back, restarting a step) rebuilds the world by replaying the setup and the canonical
// effects of steps 0…N-1 — the simulation is deterministic, so that world is always the same.
import type { SessionOptions } from '../commands/index.ts';
import type { World } from '../sim/engine/world.ts';
import { Timeline, type TimelineEntry } from '../timeline/timeline.ts';
import { withParams, type MessageKey } from '../i18n/index.ts';
import { check, type Goal, type GoalContext, type GoalResult } from './goals.ts';
import { parseRef, VARIABLE, type Lesson, type PredictOption, type RefApiKind, type Step } from './schema.ts';
import { emptyProgress, type LessonProgress } from './progress.ts';
import { ViolationWatch } from './violations.ts';
import { podUids } from './world-queries.ts';

export interface LessonRunOptions {
  /** Makes the timeline (the app passes its own, to share the lab's time controls). */
  createTimeline?: (options: SessionOptions) => Timeline;
}

/** Where a step stands. `skipped`: passed by running its canonical effect rather than by the student. */
export type StepStatus = 'pending' | 'done' | 'skipped';

export interface AnswerOutcome {
  correct: boolean;
  chosen: PredictOption;
  correctOption: PredictOption;
  /** Why the chosen option is right or wrong. */
  explanation: MessageKey;
}

/** A student's command and, on act and challenge steps, the goal check that followed it. */
export interface RunOutcome {
  entry: TimelineEntry;
  goal?: GoalResult;
}

interface StepStart {
  /** Highest timeline entry id before the step began. */
  entryId: number;
  at: number;
  podsAtStart: Record<string, string>;
}

interface StepState {
  /** The step's commands (narration), reveal (prediction) or solution (act, challenge) have run. */
  applied: boolean;
  answered?: string;
  status: StepStatus;
  hints: number;
  solutionShown: boolean;
}

export class LessonRun {
  readonly lesson: Lesson;
  private readonly options: LessonRunOptions;
  private tl!: Timeline;
  private index = 0;
  private states!: StepState[];
  private start!: StepStart;
  private watch!: ViolationWatch;
  /** Lesson variables bound so far (`bind` on steps). */
  private vars: Record<string, string> = {};
  private lastReset = false;

  constructor(lesson: Lesson, options: LessonRunOptions = {}) {
    this.lesson = lesson;
    this.options = options;
    this.reset();
  }

  /** Starts the lesson again from its first step. */
  restart(): void {
    this.goTo(0);
  }

  /** A run resumed from saved progress: the world of its current step, its answers and flags. */
  static resume(lesson: Lesson, progress: LessonProgress, options: LessonRunOptions = {}): LessonRun {
    const run = new LessonRun(lesson, options);
    if (progress.lesson !== lesson.id) return run;
    run.goTo(Math.min(Math.max(0, progress.step), lesson.steps.length - 1));
    lesson.steps.forEach((s, i) => {
      const st = run.states[i]!;
      if (progress.done.includes(s.id)) st.status = 'done';
      else if (progress.skipped.includes(s.id)) st.status = 'skipped';
      if (progress.answers[s.id] !== undefined) st.answered = progress.answers[s.id];
      st.hints = progress.hints[s.id] ?? 0;
      st.solutionShown = progress.solutions.includes(s.id);
    });
    return run;
  }

  // ---- where we are ----

  get timeline(): Timeline {
    return this.tl;
  }

  get stepIndex(): number {
    return this.index;
  }

  get step(): Step {
    return this.lesson.steps[this.index]!;
  }

  get stepCount(): number {
    return this.lesson.steps.length;
  }

  /** The world at the timeline's cursor (what the picture shows). */
  world(): World {
    return this.tl.world();
  }

  status(index = this.index): StepStatus {
    return this.states[index]?.status ?? 'pending';
  }

  /** Whether the current step's commands, reveal or solution have run. */
  get applied(): boolean {
    return this.states[this.index]!.applied;
  }

  /** The option the student chose on the current (prediction) step, if any. */
  get answered(): string | undefined {
    return this.states[this.index]!.answered;
  }

  get hintsShown(): number {
    return this.states[this.index]!.hints;
  }

  get solutionShown(): boolean {
    return this.states[this.index]!.solutionShown;
  }

  /**
   * Parameters for every text of the lesson (`{node}`…): the variables bound so far. The UI
   * renders texts as `t(lang, key, run.params())`.
   */
  params(): Record<string, string> {
    return { ...this.vars };
  }

  /** A command or goal text with its `%variables%` filled in. */
  expand(text: string): string {
    return text.replace(VARIABLE, (whole, name: string) => this.vars[name] ?? whole);
  }

  /**
   * The current step's commands as they will run: a narration's commands, a prediction's reveal,
   * an act's suggested command and solution, a challenge's solution (once asked for).
   */
  commands(): string[] {
    const s = this.step;
    switch (s.kind) {
      case 'narrate':
        return s.commands.map((c) => this.expand(c));
      case 'predict':
        return s.reveal.map((c) => this.expand(c));
      case 'act':
        return s.solution.map((c) => this.expand(c));
      case 'challenge':
        return this.states[this.index]!.solutionShown ? s.solution.map((c) => this.expand(c)) : [];
      case 'recap':
        return [];
    }
  }

  /** Objects the picture should emphasise now, variables filled in. */
  highlights(): { kind: RefApiKind; name: string }[] {
    return (this.step.highlight ?? []).flatMap((r) => {
      const ref = parseRef(this.expand(r));
      return ref ? [ref] : [];
    });
  }

  /** The command an act step asks the student to run. */
  suggestedCommand(): string | undefined {
    return this.step.kind === 'act' ? this.expand(this.step.command) : undefined;
  }

  /**
   * True while a prediction waits for its answer: the UI should not let the student run
   * commands then, or the simulation would give the answer away.
   */
  get locked(): boolean {
    return this.step.kind === 'predict' && !this.states[this.index]!.applied && this.answered === undefined;
  }

  get finished(): boolean {
    return this.states.every((s) => s.status !== 'pending');
  }

  // ---- acting ----

  /** Runs a command the student typed or clicked. On act and challenge steps, checks the goal after it. */
  run(line: string): RunOutcome {
    const entry = this.tl.run(line);
    const step = this.step;
    if (step.kind === 'act' || step.kind === 'challenge') return { entry, goal: this.check() };
    this.watch.scan();
    return { entry };
  }

  /** Lets virtual time pass (the app's clock does the same through the timeline). */
  advance(seconds: number): void {
    this.tl.advance(Math.round(seconds * 1000));
    this.watch.scan();
  }

  /** Runs the current narration's commands. Returns the new terminal entries. */
  runStepCommands(): TimelineEntry[] {
    const step = this.step;
    if (step.kind !== 'narrate') throw new Error(`step ${step.id} is a ${step.kind} step, not a narration`);
    const entries = this.runAll(step.commands);
    this.markApplied('done');
    return entries;
  }

  /** Records the answer to the current prediction (the first answer is the one kept in progress). */
  answer(optionId: string): AnswerOutcome {
    const step = this.step;
    if (step.kind !== 'predict') throw new Error(`step ${step.id} is not a prediction`);
    const chosen = step.options.find((o) => o.id === optionId);
    if (!chosen) throw new Error(`step ${step.id} has no option ${optionId}`);
    const correctOption = step.options.find((o) => o.id === step.answer)!;
    const st = this.states[this.index]!;
    st.answered ??= optionId;
    return { correct: optionId === step.answer, chosen, correctOption, explanation: chosen.explain };
  }

  /** Runs the current prediction's reveal. Without an answer the step counts as skipped. */
  reveal(): TimelineEntry[] {
    const step = this.step;
    if (step.kind !== 'predict') throw new Error(`step ${step.id} is not a prediction`);
    if (this.states[this.index]!.applied) return [];
    const entries = this.runAll(step.reveal);
    this.markApplied(this.states[this.index]!.answered !== undefined ? 'done' : 'skipped');
    return entries;
  }

  /**
   * Checks the current step: the goal of an act or a challenge (marking it done when it holds),
   * the proof of a revealed prediction, the expectation of a narration.
   */
  check(): GoalResult {
    this.watch.scan();
    const goal = this.goalOf(this.step);
    if (!goal) return { ok: true };
    const checked = check(this.resolve(goal), this.world(), this.context());
    // Lesson variables reach every nested message (a commandRun goal's `what` may say {node}).
    const r: GoalResult = checked.ok ? checked : { ok: false, why: withParams(checked.why, this.vars) };
    const st = this.states[this.index]!;
    if (r.ok && (this.step.kind === 'act' || this.step.kind === 'challenge') && st.status === 'pending')
      st.status = st.solutionShown ? 'skipped' : 'done';
    return r;
  }

  /** The context goals are checked in: this step's commands, pods at its start, violations seen. */
  context(): GoalContext {
    return {
      commands: this.tl.entries
        .filter((e) => e.id > this.start.entryId)
        .map((e) => ({ line: e.line, exitCode: e.exitCode })),
      since: this.start.at,
      podsAtStart: this.start.podsAtStart,
      violationsSeen: this.watch.seen(),
    };
  }

  /** The next hint of the current challenge, or undefined when there are no more. */
  hint(): MessageKey | undefined {
    const step = this.step;
    if (step.kind !== 'challenge') return undefined;
    const st = this.states[this.index]!;
    const h = step.hints[st.hints];
    if (h !== undefined) st.hints++;
    return h;
  }

  /** The hints shown so far on the current step. */
  shownHints(): MessageKey[] {
    const step = this.step;
    return step.kind === 'challenge' ? step.hints.slice(0, this.states[this.index]!.hints) : [];
  }

  /** The commands that solve the current act or challenge (marks the solution as seen). */
  solution(): string[] {
    const step = this.step;
    if (step.kind !== 'act' && step.kind !== 'challenge') return [];
    this.states[this.index]!.solutionShown = true;
    return step.solution.map((c) => this.expand(c));
  }

  /** Runs the current act's or challenge's solution. */
  applySolution(): TimelineEntry[] {
    const step = this.step;
    if (step.kind !== 'act' && step.kind !== 'challenge') return [];
    const entries = this.runAll(step.solution);
    const st = this.states[this.index]!;
    st.applied = true;
    if (st.status === 'pending')
      st.status = check(this.resolve(step.goal), this.world(), this.context()).ok ? 'skipped' : 'pending';
    return entries;
  }

  // ---- moving ----

  /**
   * Moves to the next step. A step the student hasn't completed is completed for them first
   * (its commands, reveal or solution run), so the next step starts from the state it expects.
   * Returns false at the end of the lesson.
   */
  next(): boolean {
    const step = this.step;
    const solvedByStudent =
      step.kind === 'challenge' && !!step.resetAfter && !this.states[this.index]!.applied && this.check().ok;
    this.complete();
    if (this.index >= this.lesson.steps.length - 1) return false;
    if (solvedByStudent) {
      // The student's own answer may have left the cluster in another state than the next
      // steps expect: continue from the lesson's world.
      this.goTo(this.index + 1);
      this.lastReset = true;
      return true;
    }
    this.lastReset = false;
    this.index++;
    this.beginStep();
    return true;
  }

  /** Whether the last `next()` rebuilt the world (the UI may say "the lesson continues from its own cluster"). */
  get continuedFromLessonWorld(): boolean {
    return this.lastReset;
  }

  /** Goes back one step (rebuilding that step's starting world). */
  previous(): boolean {
    if (this.index === 0) return false;
    this.goTo(this.index - 1);
    return true;
  }

  /** Starts the current step again from its canonical starting world. */
  restartStep(): void {
    const st = this.states[this.index]!;
    const keep = { answered: st.answered, hints: st.hints, solutionShown: st.solutionShown };
    this.goTo(this.index);
    Object.assign(this.states[this.index]!, keep, { status: 'pending' });
  }

  /**
   * Jumps to a step (0-based), for `?step=` links: a fresh timeline replays the setup and the
   * canonical effect of every earlier step. Completion of earlier steps is kept.
   */
  goTo(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.lesson.steps.length)
      throw new RangeError(`lesson ${this.lesson.id} has no step ${index}`);
    const kept = this.states;
    this.reset();
    for (let i = 0; i < index; i++) {
      this.index = i;
      this.beginStep();
      this.complete();
    }
    this.index = index;
    this.beginStep();
    // The replay completed earlier steps canonically; what the student had achieved is kept.
    this.states = kept.map((s, i) => ({
      ...s,
      applied: i < index,
      status: i < index && s.status === 'pending' ? 'skipped' : s.status,
    }));
    if (this.step.kind === 'recap') this.markApplied('done');
  }

  /** Progress as plain JSON, for localStorage. */
  progress(): LessonProgress {
    const p = emptyProgress(this.lesson.id);
    p.step = this.index;
    this.lesson.steps.forEach((s, i) => {
      const st = this.states[i]!;
      if (st.status === 'done') p.done.push(s.id);
      if (st.status === 'skipped') p.skipped.push(s.id);
      if (st.answered !== undefined) p.answers[s.id] = st.answered;
      if (st.hints) p.hints[s.id] = st.hints;
      if (st.solutionShown) p.solutions.push(s.id);
    });
    p.finished = this.finished;
    return p;
  }

  // ---- internals ----

  private reset(): void {
    const l = this.lesson;
    const files = l.files ?? {};
    const options: SessionOptions = {
      ...l.session,
      ...(l.files ? { readFile: (p: string) => files[p.split('/').pop() ?? p] } : {}),
    };
    this.tl = this.options.createTimeline ? this.options.createTimeline(options) : new Timeline(options);
    this.states = l.steps.map(freshState);
    this.vars = {};
    this.watch = new ViolationWatch(this.tl);
    for (const line of l.setup) this.tl.run(line);
    this.index = 0;
    this.beginStep();
  }

  private beginStep(): void {
    this.watch.scan();
    const world = this.tl.world();
    for (const [name, b] of Object.entries(this.step.bind ?? {}))
      this.vars[name] = world.objects.Pod[b.nodeOf]?.spec.nodeName ?? `(${b.nodeOf} is not on a node)`;
    const last = this.tl.entries.at(-1);
    this.start = { entryId: last?.id ?? 0, at: this.tl.head, podsAtStart: podUids(this.tl.world()) };
    this.watch.forget();
    // A recap is read, not done: reaching it completes it.
    if (this.step.kind === 'recap') this.markApplied('done');
  }

  /** Runs the current step's canonical effect if it hasn't run, and marks the step passed. */
  private complete(): void {
    const step = this.step;
    const st = this.states[this.index]!;
    if (st.applied) {
      if (st.status === 'pending') st.status = step.kind === 'recap' ? 'done' : 'skipped';
      return;
    }
    switch (step.kind) {
      case 'narrate':
        this.runStepCommands();
        break;
      case 'predict':
        this.reveal();
        break;
      case 'act':
      case 'challenge':
        // Reached by the student's own commands: keep their world.
        if (this.check().ok) {
          st.applied = true;
          break;
        }
        this.applySolution();
        if (st.status === 'pending') st.status = 'skipped';
        break;
      case 'recap':
        st.applied = true;
        st.status = 'done';
        break;
    }
  }

  private markApplied(status: StepStatus): void {
    const st = this.states[this.index]!;
    st.applied = true;
    if (st.status === 'pending') st.status = status;
  }

  /** A goal with its `%variables%` filled in. */
  resolve(goal: Goal): Goal {
    return JSON.parse(this.expand(JSON.stringify(goal))) as Goal;
  }

  private runAll(lines: readonly string[]): TimelineEntry[] {
    const out: TimelineEntry[] = [];
    for (const line of lines) {
      out.push(this.tl.run(this.expand(line)));
      this.watch.scan();
    }
    return out;
  }

  private goalOf(step: Step): Goal | undefined {
    switch (step.kind) {
      case 'act':
      case 'challenge':
        return step.goal;
      case 'predict':
        return this.states[this.index]!.applied ? step.proof : undefined;
      case 'narrate':
        return this.states[this.index]!.applied ? step.expect : undefined;
      case 'recap':
        return undefined;
    }
  }
}

function freshState(): StepState {
  return { applied: false, status: 'pending', hints: 0, solutionShown: false };
}

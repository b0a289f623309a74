// One generated test per lesson (after learnGitBranching's levels.spec): the lesson is valid,
// every key it uses exists in both languages, and played through headlessly it tells the truth —
// narrations show what they claim, every act and challenge goal is false before its solution and
// true after it, every prediction's proof is false before the reveal and true after it, and any
// step can be reached by index or resumed from saved progress.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales, TABLES } from '../i18n/all.ts';
import { LANGS, render, t, type MessageKey } from '../i18n/index.ts';
import type { TimelineEntry } from '../timeline/timeline.ts';
import { LESSON_IDS, LESSONS, lessonById, stepIds } from './catalog.ts';
import { check, goalKeys, type Goal } from './goals.ts';
import { lessonLink, parseLessonLink, parseProgress } from './progress.ts';
import { LessonRun } from './runner.ts';
import { NOTE_SECTIONS, validateLesson, type Lesson, type Step } from './schema.ts';

beforeAll(registerAllLocales);

/** Every message key a lesson refers to. */
function lessonKeys(lesson: Lesson): MessageKey[] {
  const keys: MessageKey[] = [lesson.title, lesson.summary];
  for (const s of lesson.steps) {
    keys.push(s.title, s.text);
    const goals: Goal[] = [];
    switch (s.kind) {
      case 'narrate':
        if (s.expect) goals.push(s.expect);
        break;
      case 'act':
        goals.push(s.goal);
        break;
      case 'predict':
        keys.push(s.revealText, ...s.options.flatMap((o) => [o.text, o.explain]));
        goals.push(s.proof);
        break;
      case 'challenge':
        keys.push(...s.hints);
        goals.push(s.goal);
        break;
      case 'recap':
        keys.push(...s.points);
        break;
    }
    keys.push(...goals.flatMap(goalKeys));
  }
  return keys;
}

/** Commands must succeed (or end at their `timeout`), except those a step lists as failing. */
function expectCommandsOk(step: Step | undefined, entries: TimelineEntry[]): void {
  const failing = step && (step.kind === 'narrate' || step.kind === 'predict') ? (step.failing ?? []) : [];
  for (const e of entries) {
    const where = `${step?.id ?? 'setup'}: $ ${e.line}\n${e.stdout}${e.stderr}`;
    if (failing.includes(e.line)) expect(e.exitCode, where).not.toBe(0);
    else expect([0, 124], where).toContain(e.exitCode);
    expect(e.stderr, where).not.toMatch(/internal simulator error/);
  }
}

/** Every text of the step, rendered in both languages with the run's variables: nothing left unfilled. */
function expectTextsRender(run: LessonRun): void {
  const step = run.step;
  const keys: MessageKey[] = [step.title, step.text];
  if (step.kind === 'predict') keys.push(step.revealText, ...step.options.flatMap((o) => [o.text, o.explain]));
  if (step.kind === 'challenge') keys.push(...step.hints);
  if (step.kind === 'recap') keys.push(...step.points);
  for (const lang of LANGS)
    for (const key of keys) expect(t(lang, key, run.params()), `${lang} ${key}`).not.toMatch(/\{[a-zA-Z]\w*\}|\[\[/);
}

function why(r: ReturnType<typeof check>): string {
  return r.ok ? 'ok' : render('en', r.why);
}

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('is a valid lesson whose keys exist in both languages', () => {
    const v = validateLesson(lesson, TABLES.en);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(LESSONS.indexOf(lesson) + 1).toBe(lesson.number);
    for (const key of lessonKeys(lesson)) {
      expect(TABLES.en[key], key).toBeTruthy();
      expect(TABLES['zh-CN'][key], key).toBeTruthy();
    }
    for (const s of lesson.steps) if (s.kind === 'act') expect(s.solution[0], s.id).toBe(s.command);
  });

  it('plays through headlessly, every claim and goal checked', () => {
    const run = new LessonRun(lesson);
    expectCommandsOk(undefined, run.timeline.entries);
    const worlds: string[] = [];
    for (;;) {
      const step = run.step;
      worlds.push(JSON.stringify(run.world()));
      expectTextsRender(run);
      // Highlighted objects exist when the step begins or once it has run.
      const missing = () => run.highlights().filter((h) => !run.world().objects[h.kind][h.name]);
      const missingAtStart = missing().map((h) => h.name);
      switch (step.kind) {
        case 'narrate': {
          expectCommandsOk(step, run.runStepCommands());
          if (step.expect) expect(why(run.check()), `${step.id}: expect`).toBe('ok');
          break;
        }
        case 'act':
        case 'challenge': {
          expect(why(run.check()), `${step.id}: the goal must not hold before the student acts`).not.toBe('ok');
          expect(render('en', (run.check() as { why: Parameters<typeof render>[1] }).why)).not.toMatch(
            /\{[a-zA-Z]\w*\}/,
          );
          expectCommandsOk(step, run.applySolution());
          expect(why(run.check()), `${step.id}: the solution must reach the goal`).toBe('ok');
          break;
        }
        case 'predict': {
          const before = check(run.resolve(step.proof), run.world(), run.context());
          expect(why(before), `${step.id}: the proof must not hold before the reveal`).not.toBe('ok');
          for (const o of step.options)
            expect(run.answer(o.id).correct, `${step.id}/${o.id}`).toBe(o.id === step.answer);
          expectCommandsOk(step, run.reveal());
          expect(why(run.check()), `${step.id}: the reveal must show the answer`).toBe('ok');
          break;
        }
        case 'recap':
          break;
      }
      expect(run.status(), step.id).not.toBe('pending');
      for (const h of missing())
        expect(missingAtStart, `${step.id}: highlighted ${h.name} never exists`).not.toContain(h.name);
      if (!run.next()) break;
    }
    expect(run.finished).toBe(true);

    // A step can be reached directly (a ?step= link), in exactly the world the walk reached:
    // the last one, which replays every step before it.
    const last = lesson.steps.length - 1;
    const jump = new LessonRun(lesson);
    jump.goTo(last);
    expect(jump.stepIndex).toBe(last);
    expect(JSON.stringify(jump.world()) === worlds[last], `world at step ${last}`).toBe(true);
  });

  it('saves progress as JSON and resumes from it', () => {
    const run = new LessonRun(lesson);
    run.next();
    const saved = JSON.stringify(run.progress());
    const parsed = parseProgress(saved, LESSON_IDS);
    expect(parsed).toEqual(run.progress());
    const resumed = LessonRun.resume(lesson, parsed!);
    expect(resumed.stepIndex).toBe(1);
    expect(resumed.status(0)).toBe(run.status(0));
    expect(resumed.progress()).toEqual(run.progress());
  });
});

describe('the course', () => {
  it('has its lessons in order, with unique ids', () => {
    expect(new Set(LESSON_IDS).size).toBe(LESSONS.length);
    LESSONS.forEach((l, i) => expect(l.number).toBe(i + 1));
  });

  it('teaches every section of the source notes in at least one step', () => {
    const taught = new Set(LESSONS.flatMap((l) => l.steps.flatMap((s) => s.teaches ?? [])));
    for (const section of NOTE_SECTIONS) expect(taught, section).toContain(section);
  });

  it('opens a lesson at a step from a link, by number or by step id', () => {
    const first = LESSONS[0]!;
    expect(parseLessonLink(lessonLink(first.id, 2), LESSON_IDS, stepIds)).toEqual({ lesson: first.id, step: 2 });
    const id = first.steps[1]!.id;
    expect(parseLessonLink(`?lesson=${first.id}&step=${id}`, LESSON_IDS, stepIds)).toEqual({
      lesson: first.id,
      step: 1,
    });
    expect(parseLessonLink('?lesson=nope&step=2', LESSON_IDS, stepIds)).toBeUndefined();
    expect(parseLessonLink(`?lesson=${first.id}&step=999`, LESSON_IDS, stepIds)?.step).toBe(first.steps.length - 1);
    expect(lessonById(first.id)).toBe(first);
  });
});

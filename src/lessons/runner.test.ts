// The lesson runner as a student meets it: wrong answers, hints, own solutions, skipping,
// going back, restarting, and a challenge that a shortcut must not pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import { render } from '../i18n/index.ts';
import { LESSON_IDS, lessonById } from './catalog.ts';
import { parseCourseProgress, parseProgress } from './progress.ts';
import { LessonRun } from './runner.ts';
import { validateLesson, type Lesson } from './schema.ts';

beforeAll(registerAllLocales);

const lesson = (id: string): Lesson => lessonById(id)!;

function at(id: string, step: string): LessonRun {
  const run = new LessonRun(lesson(id));
  run.goTo(run.lesson.steps.findIndex((s) => s.id === step));
  return run;
}

function why(run: LessonRun): string {
  const r = run.check();
  return r.ok ? 'ok' : render('en', r.why);
}

describe('predictions', () => {
  it('lock the terminal until answered, keep the first answer and explain every option', () => {
    const run = at('scaling', 'down-first');
    expect(run.locked).toBe(true);
    const wrong = run.answer('oldest');
    expect(wrong.correct).toBe(false);
    expect(wrong.correctOption.id).toBe('highest');
    expect(wrong.explanation).toBe('scaling.down-first.oldest.why');
    expect(run.locked).toBe(false);
    expect(run.answer('highest').correct).toBe(true);
    expect(run.progress().answers['down-first']).toBe('oldest');
    run.reveal();
    expect(run.status()).toBe('done');
    expect(run.reveal()).toEqual([]);
  });

  it('count as shown, not done, when revealed without an answer', () => {
    const run = at('scaling', 'down-first');
    run.reveal();
    expect(run.status()).toBe('skipped');
  });
});

describe('challenges', () => {
  it('give hints one at a time, and a solution that counts as shown', () => {
    const run = at('scaling', 'finish');
    expect(run.hint()).toBe('scaling.finish.hint1');
    expect(run.hint()).toBe('scaling.finish.hint2');
    expect(run.hint()).toBeUndefined();
    expect(run.shownHints()).toEqual(['scaling.finish.hint1', 'scaling.finish.hint2']);
    expect(run.commands()).toEqual([]);
    expect(run.solution()[0]).toBe('sim readiness web-1 pass');
    expect(run.commands()).toEqual(run.solution());
    run.applySolution();
    expect(run.check().ok).toBe(true);
    expect(run.status()).toBe('skipped');
    expect(run.progress()).toMatchObject({ hints: { finish: 2 }, solutions: ['finish'] });
    expect(run.progress().skipped).toContain('finish');
  });

  it('explain a wrong attempt, and count the student’s own solution as done', () => {
    const run = at('cattle-vs-cows', 'grow');
    expect(run.run('kubectl scale sts web --replicas=5').goal).toMatchObject({ ok: false });
    expect(why(run)).toBe('cattle is set to 3 replicas; the goal is 4.');
    run.run('kubectl scale rs cattle --replicas=4');
    expect(why(run)).toMatch(/^cattle-\w+ exists but isn’t Ready yet \(STATUS \w+\)\.$/);
    run.advance(30);
    expect(why(run)).toBe('web is set to 5 replicas; the goal is 4.');
    run.run('kubectl scale sts web --replicas=4');
    expect(why(run)).toBe('web still has 5 pods, web-4 among them; the goal is exactly 4.');
    run.advance(30);
    expect(why(run)).toBe('ok');
    expect(run.status()).toBe('done');
    expect(run.next()).toBe(true);
    expect(run.continuedFromLessonWorld).toBe(false);
    expect(run.world().objects.Pod['web-4']).toBeUndefined();
  });

  it('catch a shortcut that broke the rule on the way, even once it is repaired', () => {
    const run = at('node-failure', 'way-out');
    const node = run.params().node!;
    expect(run.suggestedCommand()).toBeUndefined();
    run.run('kubectl delete pod kubia-0 --grace-period=0 --force');
    run.run('kubectl get pods');
    // Long enough for the replacement to start while the old container still runs unseen.
    run.run('sleep 30');
    run.run(`sim heal ${node}`);
    run.run('sleep 60');
    expect(run.world().objects.Pod['kubia-0']).toBeDefined();
    expect(why(run)).toMatch(/^Two copies of kubia-0 ran at the same time during this step/);
    run.restartStep();
    expect(why(run)).toBe('kubia-0 is being deleted (Terminating).');
  });

  it('accept every safe way out, and continue from the lesson’s world after a different one', () => {
    const run = at('node-failure', 'way-out');
    const node = run.params().node!;
    run.run(`sim poweroff ${node}`);
    run.run(`kubectl taint nodes ${node} node.kubernetes.io/out-of-service=nodeshutdown:NoExecute`);
    run.advance(90);
    expect(why(run)).toBe('ok');
    expect(run.status()).toBe('done');
    run.next();
    expect(run.continuedFromLessonWorld).toBe(true);
    expect(run.step.id).toBe('again');
    expect(run.status(run.stepIndex - 1)).toBe('done');
    expect(run.world().nodes[node]!.state).toContain('Connected');
  });
});

describe('moving around', () => {
  it('completes a step when the student moves on, and rebuilds the world going back', () => {
    const run = new LessonRun(lesson('storage'));
    expect(run.step.kind).toBe('narrate');
    expect(run.commands()).toEqual(['kubectl get pvc', 'kubectl get pv']);
    run.next();
    expect(run.status(0)).toBe('done');
    run.runStepCommands();
    expect(run.status(1)).toBe('done');
    run.next();
    const world = JSON.stringify(run.world());
    run.next();
    run.previous();
    expect(run.stepIndex).toBe(2);
    expect(JSON.stringify(run.world())).toBe(world);
    expect(run.status(1)).toBe('done');
    expect(() => run.goTo(99)).toThrow(RangeError);
    run.goTo(run.stepCount - 1);
    expect(run.finished).toBe(true);
    expect(run.next()).toBe(false);
    run.restart();
    expect(run.stepIndex).toBe(0);
  });

  it('fills lesson variables into commands, goals, highlights and texts', () => {
    const run = at('node-failure', 'cut');
    const node = run.params().node!;
    expect(node).toMatch(/^node-\d$/);
    expect(run.suggestedCommand()).toBe(`sim partition ${node}`);
    expect(run.highlights()).toContainEqual({ kind: 'Node', name: node });
    expect(why(run)).toBe(`Not yet: cut ${node} off the network (sim partition ${node}).`);
    run.run(`sim partition ${node}`);
    expect(why(run)).toBe('ok');
  });
});

describe('stored progress and lessons from JSON', () => {
  it('ignores what it does not recognise', () => {
    expect(parseProgress('not json', LESSON_IDS)).toBeUndefined();
    expect(parseProgress({ v: 2, lesson: 'updates' }, LESSON_IDS)).toBeUndefined();
    expect(parseProgress({ v: 1, lesson: 'nope' }, LESSON_IDS)).toBeUndefined();
    expect(parseProgress({ v: 1, lesson: 'updates', step: -3, hints: { a: 'x', b: 2 } }, LESSON_IDS)).toMatchObject({
      step: 0,
      hints: { b: 2 },
    });
    const course = parseCourseProgress(
      JSON.stringify({ updates: { v: 1, lesson: 'updates', step: 2 }, scaling: { v: 1, lesson: 'updates' } }),
      LESSON_IDS,
    );
    expect(Object.keys(course)).toEqual(['updates']);
  });

  it('rejects a malformed lesson with reasons', () => {
    const bad = {
      ...lesson('scaling'),
      id: 'Bad Id',
      steps: [
        { id: 'a', kind: 'narrate', title: 'scaling.title', text: 'nope.text', commands: ['sim partition %who%'] },
        { id: 'a', kind: 'predict', title: 'scaling.title', text: 'scaling.title', options: [], answer: 'x' },
      ],
    };
    const v = validateLesson(bad, { 'scaling.title': 'x' });
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.errors).toEqual(
      expect.arrayContaining([
        'id: expected a kebab-case id',
        'steps[0] (a): variable %who% is not bound by this or an earlier step',
        'steps[0] (a).text: unknown message key "nope.text"',
        'steps[1] (a): duplicate step id',
        'steps[1] (a): a prediction needs at least two options',
        'steps: every lesson needs a challenge step',
        'steps: a lesson ends with a recap',
      ]),
    );
  });
});

// The lesson panel, beside the picture: the current step's narration, its commands, the
// prediction, the goal with its check, hints and solution, the recap; Back and Next below.
// Every text is a message rendered as plain text (React escapes it): lessons carry no markup.
import { useEffect, useId, useRef, useState } from 'react';
import { render } from '../../i18n/index.ts';
import { COURSE_IDS, courseEntry } from '../../lessons/course-index.ts';
import type { LessonRun } from '../../lessons/runner.ts';
import type { LessonId, Step } from '../../lessons/schema.ts';
import { LESSON_UI, STEP_KIND_LABEL, STEP_STATUS_LABEL } from '../../lessons/ui-keys.ts';
import { runFromGui, useLab } from '../hooks/lab.ts';
import { useLang, useT, type T } from '../hooks/useT.ts';
import { useCourse, useCourseState } from './context.ts';
import { LessonLoading } from './LessonLoading.tsx';
import { Notice } from './Notice.tsx';
import { useScrollIntoView } from './useScrollIntoView.ts';
import './lesson.css';

export function LessonPanel() {
  const course = useCourse();
  const t = useT();
  const status = useCourseState((s) => s.status);
  const step = useCourseState((s) => s.step);
  const lessonId = useCourseState((s) => s.lessonId);
  const complete = useCourseState((s) => s.complete);
  useCourseState((s) => s.revision);
  const heading = useRef<HTMLHeadingElement>(null);
  const run = course.run();

  // A new step (or the lesson's end, or a lesson the student opened) takes the focus to its
  // heading, so keyboard and screen reader users start reading there. A lesson the page opened
  // from its link leaves the focus where the page starts.
  const where = `${lessonId}:${step}:${complete}`;
  const fromLink = useCourseState((s) => s.fromLink);
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (status !== 'open' || where === seen.current) return;
    const first = seen.current === null;
    seen.current = where;
    if (!(first && fromLink)) heading.current?.focus();
  }, [where, status, fromLink]);

  if (status === 'loading' || !run) return <LessonLoading />;

  const entry = courseEntry(run.lesson.id)!;
  const s = run.step;
  const last = run.stepIndex === run.stepCount - 1;
  return (
    <section className="panel lesson" aria-labelledby="lesson-heading" data-testid="lesson" data-step={s.id}>
      <div className="lesson-head">
        <p className="lesson-crumb">
          <span className="lesson-number">{t(LESSON_UI.lessonNumber, { n: entry.number })}</span>{' '}
          <span>{t(run.lesson.title)}</span>
        </p>
        <div className="lesson-steps">
          <span data-testid="lesson.stepOf">{t(LESSON_UI.stepOf, { n: run.stepIndex + 1, total: run.stepCount })}</span>
          <progress max={run.stepCount} value={complete ? run.stepCount : run.stepIndex + 1} aria-hidden="true" />
          <button type="button" className="btn btn-small" onClick={() => course.setMenu(true)}>
            {t(LESSON_UI.course)}
          </button>
          <button type="button" className="btn btn-small" onClick={() => course.close()} data-testid="lesson.leave">
            {t('ui.lesson.leave')}
          </button>
        </div>
      </div>
      <div className="lesson-body" data-scrolls>
        <Notice />
        {complete ? (
          <Complete run={run} headingRef={heading} />
        ) : (
          <StepView run={run} step={s} t={t} headingRef={heading} />
        )}
      </div>
      <div className="lesson-nav">
        <button
          type="button"
          className="btn"
          onClick={() => course.previous()}
          disabled={run.stepIndex === 0 && !complete}
          data-testid="lesson.back"
        >
          {t(LESSON_UI.previous)}
        </button>
        {!complete && (
          <button type="button" className="btn btn-primary" onClick={() => course.next()} data-testid="lesson.next">
            {last ? t('ui.lesson.finish') : t(LESSON_UI.next)}
          </button>
        )}
      </div>
    </section>
  );
}

interface StepProps {
  run: LessonRun;
  step: Step;
  t: T;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

function StepView({ run, step, t, headingRef }: StepProps) {
  const course = useCourse();
  const continued = useCourseState((s) => s.continued);
  const params = run.params();
  const highlights = run.highlights();
  return (
    <>
      {continued && (
        <p className="lesson-note" data-testid="lesson.continued">
          {t(LESSON_UI.continued)}
        </p>
      )}
      <p className="lesson-kind" data-kind={step.kind}>
        {t(STEP_KIND_LABEL[step.kind])}
        <span className="sr-only"> {t('ui.lesson.stepStatus', { status: t(STEP_STATUS_LABEL[run.status()]) })}</span>
      </p>
      <h2 id="lesson-heading" className="lesson-title" tabIndex={-1} ref={headingRef}>
        {t(step.title, params)}
      </h2>
      <p className="lesson-text" data-testid="lesson.text">
        {t(step.text, params)}
      </p>
      {highlights.length > 0 && (
        <p className="lesson-highlighted">
          {t('ui.lesson.highlighted', { objects: highlights.map((h) => h.name).join(', ') })}
        </p>
      )}
      {step.kind === 'narrate' && (
        <Narrate
          run={run}
          t={t}
          onRun={() => {
            course.runStepCommands();
            focusNext('lesson.next');
          }}
        />
      )}
      {step.kind === 'act' && <Act run={run} t={t} />}
      {step.kind === 'predict' && <Predict run={run} step={step} t={t} />}
      {step.kind === 'challenge' && <Challenge run={run} t={t} />}
      {step.kind === 'recap' && (
        <div className="lesson-recap">
          <h3>{t('ui.lesson.remember')}</h3>
          <ul>
            {step.points.map((p) => (
              <li key={p}>{t(p, params)}</li>
            ))}
          </ul>
          <p className="lesson-muted">{t(LESSON_UI.progressSaved)}</p>
        </div>
      )}
    </>
  );
}

function Commands({ lines }: { lines: string[] }) {
  return (
    <ul className="lesson-commands">
      {lines.map((c, i) => (
        <li key={`${i}:${c}`}>
          <code>{c}</code>
        </li>
      ))}
    </ul>
  );
}

function Narrate({ run, t, onRun }: { run: LessonRun; t: T; onRun: () => void }) {
  const lines = run.commands();
  const ref = useScrollIntoView<HTMLDivElement>(run.applied);
  if (lines.length === 0) return null;
  return (
    <div className="lesson-block" ref={ref}>
      <p className="lesson-label">{t('ui.lesson.commandsToRun')}</p>
      <Commands lines={lines} />
      {run.applied ? (
        <p className="lesson-ok" role="status">
          {t('ui.lesson.commandsRan')}
        </p>
      ) : (
        <button type="button" className="btn btn-primary" onClick={onRun} data-testid="lesson.run">
          {t(LESSON_UI.runCommands)}
        </button>
      )}
    </div>
  );
}

/** The goal's state: reached, or (after a Check) what is still missing. */
function GoalStatus({ t }: { t: T }) {
  const lang = useLang();
  const goalMet = useCourseState((s) => s.goalMet);
  const outcome = useCourseState((s) => s.outcome);
  const ref = useScrollIntoView<HTMLDivElement>(outcome);
  return (
    <div role="status" className="lesson-outcome-slot" data-testid="lesson.goal" ref={ref}>
      {goalMet ? (
        <p className="lesson-ok">
          <span aria-hidden="true">✓ </span>
          {t(LESSON_UI.goalMet)}
        </p>
      ) : outcome && !outcome.ok ? (
        <p className="lesson-bad">
          <span aria-hidden="true">✗ </span>
          {t(LESSON_UI.goalNotMet, { why: render(lang, outcome.why) })}
        </p>
      ) : null}
    </div>
  );
}

function Act({ run, t }: { run: LessonRun; t: T }) {
  const lab = useLab();
  const course = useCourse();
  const command = run.suggestedCommand()!;
  return (
    <div className="lesson-block">
      <p className="lesson-label">{t('ui.lesson.tryCommand')}</p>
      <button
        type="button"
        className="btn lesson-command"
        onClick={() => runFromGui(lab, command)}
        data-testid="lesson.command"
      >
        <code>{command}</code>
      </button>
      <GoalStatus t={t} />
      <div className="lesson-actions">
        <button type="button" className="btn" onClick={() => course.check()} data-testid="lesson.check">
          {t(LESSON_UI.check)}
        </button>
        <button type="button" className="btn" onClick={() => course.runSolution()} data-testid="lesson.skip">
          {t(LESSON_UI.skip)}
        </button>
      </div>
    </div>
  );
}

function Predict({ run, step, t }: { run: LessonRun; step: Extract<Step, { kind: 'predict' }>; t: T }) {
  const course = useCourse();
  const answer = useCourseState((s) => s.answer);
  const id = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const params = run.params();
  const chosen = answer?.chosen.id ?? choice;
  const verdictRef = useScrollIntoView<HTMLDivElement>(answer?.chosen.id);
  const revealRef = useScrollIntoView<HTMLDivElement>(run.applied);
  return (
    <div className="lesson-block">
      <fieldset className="lesson-options" disabled={!!answer}>
        <legend className="lesson-label">{t('ui.lesson.yourPrediction')}</legend>
        {step.options.map((o) => {
          const mark = answer && o.id === answer.correctOption.id ? 'right' : answer && o.id === chosen ? 'wrong' : '';
          return (
            <label key={o.id} className="lesson-option" data-mark={mark || undefined}>
              <input
                type="radio"
                name={`${id}-prediction`}
                value={o.id}
                checked={chosen === o.id}
                onChange={() => setChoice(o.id)}
                data-testid={`lesson.option.${o.id}`}
              />
              <span>{t(o.text, params)}</span>
              {mark && (
                <span className="lesson-option-mark" aria-hidden="true">
                  {mark === 'right' ? '✓' : '✗'}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
      {!answer && (
        <>
          <button
            type="button"
            className="btn btn-primary"
            disabled={choice === null}
            onClick={() => {
              if (!choice) return;
              course.answer(choice);
              focusNext('lesson.reveal');
            }}
            data-testid="lesson.answer"
          >
            {t(LESSON_UI.answer)}
          </button>
          <p className="lesson-muted">{t(LESSON_UI.predictLocked)}</p>
        </>
      )}
      <div role="status" data-testid="lesson.verdict" ref={verdictRef}>
        {answer && (
          <div className={answer.correct ? 'lesson-verdict is-right' : 'lesson-verdict is-wrong'}>
            <p className="lesson-verdict-head">
              <span aria-hidden="true">{answer.correct ? '✓ ' : '✗ '}</span>
              {t(answer.correct ? LESSON_UI.correct : LESSON_UI.incorrect)}
            </p>
            <p>{t(answer.explanation, params)}</p>
            {!answer.correct && <p>{t(LESSON_UI.theAnswer, { answer: t(answer.correctOption.text, params) })}</p>}
          </div>
        )}
      </div>
      {!run.applied ? (
        answer && (
          <>
            <p className="lesson-label">{t('ui.lesson.commandsToRun')}</p>
            <Commands lines={run.commands()} />
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                course.reveal();
                focusNext('lesson.next');
              }}
              data-testid="lesson.reveal"
            >
              {t(LESSON_UI.reveal)}
            </button>
          </>
        )
      ) : (
        <div className="lesson-reveal" data-testid="lesson.revealed" ref={revealRef}>
          <h3>{t('ui.lesson.whatHappened')}</h3>
          <p>{t(step.revealText, params)}</p>
        </div>
      )}
    </div>
  );
}

function Challenge({ run, t }: { run: LessonRun; t: T }) {
  const course = useCourse();
  const params = run.params();
  const step = run.step as Extract<Step, { kind: 'challenge' }>;
  const hints = run.shownHints();
  const more = hints.length < step.hints.length;
  const solution = run.solutionShown ? run.commands() : [];
  const hintsRef = useScrollIntoView<HTMLUListElement>(hints.length);
  const solutionRef = useScrollIntoView<HTMLDivElement>(solution.length);
  return (
    <div className="lesson-block">
      <p className="lesson-muted">{t('ui.lesson.watching')}</p>
      <GoalStatus t={t} />
      <div className="lesson-actions">
        <button type="button" className="btn btn-primary" onClick={() => course.check()} data-testid="lesson.check">
          {t(LESSON_UI.check)}
        </button>
        {more && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              course.hint();
              // The button goes with the last hint: on to the solution.
              if (hints.length + 1 === step.hints.length) focusNext('lesson.showSolution');
            }}
            data-testid="lesson.hint"
          >
            {t(LESSON_UI.hint)}
          </button>
        )}
        {!run.solutionShown && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              course.showSolution();
              focusNext('lesson.runSolution');
            }}
            data-testid="lesson.showSolution"
          >
            {t(LESSON_UI.showSolution)}
          </button>
        )}
      </div>
      {hints.length > 0 && (
        <ul className="lesson-hints" data-testid="lesson.hints" ref={hintsRef}>
          {hints.map((h, i) => (
            <li key={h}>
              <span className="lesson-label">{t(LESSON_UI.hintOf, { n: i + 1, total: step.hints.length })}</span>{' '}
              {t(h, params)}
            </li>
          ))}
        </ul>
      )}
      {hints.length > 0 && !more && <p className="lesson-muted">{t(LESSON_UI.noMoreHints)}</p>}
      {solution.length > 0 && (
        <div className="lesson-solution" data-testid="lesson.solution" ref={solutionRef}>
          <h3>{t('ui.lesson.solution')}</h3>
          <Commands lines={solution} />
          {!run.applied && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                course.runSolution();
                focusNext('lesson.next');
              }}
              data-testid="lesson.runSolution"
            >
              {t(LESSON_UI.runSolution)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function Complete({ run, headingRef }: { run: LessonRun; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const course = useCourse();
  const t = useT();
  const entry = courseEntry(run.lesson.id)!;
  const next = courseEntry(nextId(run.lesson.id) ?? '');
  return (
    <div className="lesson-complete" data-testid="lesson.complete">
      <h2 id="lesson-heading" className="lesson-title" tabIndex={-1} ref={headingRef}>
        <span aria-hidden="true">✓ </span>
        {t(LESSON_UI.lessonComplete)}
      </h2>
      <p>{t('ui.lesson.completeText', { n: entry.number, title: t(entry.title) })}</p>
      <p className="lesson-muted">{t(LESSON_UI.progressSaved)}</p>
      {next ? (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void course.open(next.id)}
          data-testid="lesson.nextLesson"
        >
          {t(LESSON_UI.nextLesson)}: {t(next.title)}
        </button>
      ) : (
        <p>{t('ui.lesson.courseComplete')}</p>
      )}
      <div className="lesson-actions">
        <button type="button" className="btn" onClick={() => course.setMenu(true)}>
          {t(LESSON_UI.course)}
        </button>
        <button type="button" className="btn" onClick={() => course.restartLesson()}>
          {t(LESSON_UI.restartLesson)}
        </button>
      </div>
    </div>
  );
}

function nextId(id: LessonId): LessonId | undefined {
  const i = COURSE_IDS.indexOf(id);
  return i >= 0 ? COURSE_IDS[i + 1] : undefined;
}

/**
 * After a button that goes away when used (Run, Lock in my answer, Show me what happens…), the
 * focus moves to what comes next instead of falling back to the top of the page.
 */
function focusNext(next: string): void {
  setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="${next}"]`)?.focus());
}

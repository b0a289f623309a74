// The message keys of the lesson panel, in one typed place, so the UI never spells a key and
// the unused-key check sees every one of them in use.
import type { MessageKey } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { StepKind } from './schema.ts';
import type { StepStatus } from './runner.ts';

export const LESSON_UI = {
  course: 'ui.lesson.course',
  lessonNumber: 'ui.lesson.number',
  stepOf: 'ui.lesson.stepOf',
  next: 'ui.lesson.next',
  previous: 'ui.lesson.previous',
  restartStep: 'ui.lesson.restartStep',
  restartLesson: 'ui.lesson.restartLesson',
  runCommands: 'ui.lesson.runCommands',
  skip: 'ui.lesson.skip',
  check: 'ui.lesson.check',
  goal: 'ui.lesson.goal',
  goalMet: 'ui.lesson.goalMet',
  goalNotMet: 'ui.lesson.goalNotMet',
  hint: 'ui.lesson.hint',
  hintOf: 'ui.lesson.hintOf',
  noMoreHints: 'ui.lesson.noMoreHints',
  showSolution: 'ui.lesson.showSolution',
  runSolution: 'ui.lesson.runSolution',
  answer: 'ui.lesson.answer',
  correct: 'ui.lesson.correct',
  incorrect: 'ui.lesson.incorrect',
  theAnswer: 'ui.lesson.theAnswer',
  reveal: 'ui.lesson.reveal',
  predictLocked: 'ui.lesson.predictLocked',
  /** Shown after `next()` when `run.continuedFromLessonWorld` is true. */
  continued: 'ui.lesson.continued',
  lessonComplete: 'ui.lesson.complete',
  nextLesson: 'ui.lesson.nextLesson',
  progressSaved: 'ui.lesson.progressSaved',
  resetProgress: 'ui.lesson.resetProgress',
  language: 'ui.language',
} as const satisfies Record<string, MessageKey>;

export const STEP_KIND_LABEL = {
  narrate: 'ui.lesson.kind.narrate',
  act: 'ui.lesson.kind.act',
  predict: 'ui.lesson.kind.predict',
  challenge: 'ui.lesson.kind.challenge',
  recap: 'ui.lesson.kind.recap',
} as const satisfies Record<StepKind, MessageKey>;

export const STEP_STATUS_LABEL = {
  pending: 'ui.lesson.status.pending',
  done: 'ui.lesson.status.done',
  skipped: 'ui.lesson.status.skipped',
} as const satisfies Record<StepStatus, MessageKey>;

/** Each language's name, written in that language (for the language switch). */
export const LANGUAGE_NAME = {
  en: 'ui.languageName.en',
  'zh-CN': 'ui.languageName.zh-CN',
} as const satisfies Record<Lang, MessageKey>;

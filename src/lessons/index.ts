// Public surface of the course: the lessons, the runner that plays them, goals, progress and
// links, and the lesson panel's message keys. The UI imports from here only.
export { LESSONS, LESSON_IDS, lessonById, nextLesson, stepIds } from './catalog.ts';
export { LessonRun, type AnswerOutcome, type LessonRunOptions, type RunOutcome, type StepStatus } from './runner.ts';
export {
  check,
  describeGoal,
  EMPTY_CONTEXT,
  validateGoal,
  type Goal,
  type GoalContext,
  type GoalKind,
  type GoalResult,
} from './goals.ts';
export {
  emptyProgress,
  lessonLink,
  parseCourseProgress,
  parseLessonLink,
  parseProgress,
  type CourseProgress,
  type LessonLink,
  type LessonProgress,
} from './progress.ts';
export {
  NOTE_SECTIONS,
  parseRef,
  REF_API_KIND,
  STEP_KINDS,
  validateLesson,
  type ActStep,
  type Binding,
  type ChallengeStep,
  type Lesson,
  type LessonId,
  type NarrateStep,
  type NoteSection,
  type ObjectRef,
  type PredictOption,
  type PredictStep,
  type RecapStep,
  type RefApiKind,
  type SessionSetup,
  type Step,
  type StepKind,
} from './schema.ts';
export { LANGUAGE_NAME, LESSON_UI, STEP_KIND_LABEL, STEP_STATUS_LABEL } from './ui-keys.ts';

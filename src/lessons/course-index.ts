// The course's table of contents, small enough for the first page load: the course menu lists
// lessons from this, and everything else (steps, goals, the runner) loads with `import()` when a
// lesson opens. `course-index.test.ts` keeps it in step with `catalog.ts`.
import type { MessageKey } from '../i18n/index.ts';
import type { LessonId } from './schema.ts';

export interface LessonEntry {
  id: LessonId;
  number: number;
  title: MessageKey;
  summary: MessageKey;
  steps: number;
}

export const COURSE_INDEX: readonly LessonEntry[] = [
  { id: 'cattle-vs-cows', number: 1, title: 'cattle-vs-cows.title', summary: 'cattle-vs-cows.summary', steps: 6 },
  { id: 'stable-identity', number: 2, title: 'stable-identity.title', summary: 'stable-identity.summary', steps: 8 },
  { id: 'ordered-start', number: 3, title: 'ordered-start.title', summary: 'ordered-start.summary', steps: 8 },
  { id: 'scaling', number: 4, title: 'scaling.title', summary: 'scaling.summary', steps: 7 },
  { id: 'storage', number: 5, title: 'storage.title', summary: 'storage.summary', steps: 9 },
  { id: 'at-most-one', number: 6, title: 'at-most-one.title', summary: 'at-most-one.summary', steps: 7 },
  { id: 'deploying', number: 7, title: 'deploying.title', summary: 'deploying.summary', steps: 8 },
  { id: 'peer-discovery', number: 8, title: 'peer-discovery.title', summary: 'peer-discovery.summary', steps: 9 },
  { id: 'node-failure', number: 9, title: 'node-failure.title', summary: 'node-failure.summary', steps: 12 },
  { id: 'updates', number: 10, title: 'updates.title', summary: 'updates.summary', steps: 12 },
];

export const COURSE_IDS: readonly LessonId[] = COURSE_INDEX.map((l) => l.id);

export function courseEntry(id: string): LessonEntry | undefined {
  return COURSE_INDEX.find((l) => l.id === id);
}

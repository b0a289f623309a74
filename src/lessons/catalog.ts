// The course: every lesson in order. The UI lists these; the lesson tests run each of them.
import type { Lesson, LessonId } from './schema.ts';
import { cattleVsCows } from './content/01-cattle-vs-cows.ts';
import { stableIdentity } from './content/02-stable-identity.ts';
import { orderedStart } from './content/03-ordered-start.ts';
import { scaling } from './content/04-scaling.ts';
import { storage } from './content/05-storage.ts';
import { atMostOne } from './content/06-at-most-one.ts';
import { deploying } from './content/07-deploying.ts';
import { peerDiscovery } from './content/08-peer-discovery.ts';
import { nodeFailure } from './content/09-node-failure.ts';
import { updates } from './content/10-updates.ts';

export const LESSONS: readonly Lesson[] = [
  cattleVsCows,
  stableIdentity,
  orderedStart,
  scaling,
  storage,
  atMostOne,
  deploying,
  peerDiscovery,
  nodeFailure,
  updates,
];

export const LESSON_IDS: readonly LessonId[] = LESSONS.map((l) => l.id);

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

/** The lesson after this one, if any. */
export function nextLesson(id: LessonId): Lesson | undefined {
  const i = LESSONS.findIndex((l) => l.id === id);
  return i >= 0 ? LESSONS[i + 1] : undefined;
}

/** Step ids of a lesson (for `?step=` links that name a step). */
export function stepIds(id: LessonId): readonly string[] {
  return lessonById(id)?.steps.map((s) => s.id) ?? [];
}

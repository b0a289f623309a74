// Progress through a lesson as plain JSON (what the browser keeps in localStorage), and the
// `?lesson=…&step=…&lang=…` links that open a lesson at a step. Stored or linked data is
// untrusted: parse functions check it and drop what they don't recognise.
import type { LessonId } from './schema.ts';

export interface LessonProgress {
  /** Format version, bumped if the shape ever changes. */
  v: 1;
  lesson: LessonId;
  /** Index of the current step (0-based). */
  step: number;
  /** Step ids the student completed themselves. */
  done: string[];
  /** Step ids passed by letting the lesson run them (skip, show me, run the solution). */
  skipped: string[];
  /** Step id → the option first chosen on a prediction. */
  answers: Record<string, string>;
  /** Step id → hints shown. */
  hints: Record<string, number>;
  /** Step ids whose solution was shown. */
  solutions: string[];
  finished: boolean;
}

export function emptyProgress(lesson: LessonId): LessonProgress {
  return { v: 1, lesson, step: 0, done: [], skipped: [], answers: {}, hints: {}, solutions: [], finished: false };
}

/** Progress for every lesson started, keyed by lesson id. */
export type CourseProgress = Partial<Record<LessonId, LessonProgress>>;

/** Reads stored progress (a JSON string or value); undefined when it isn't progress for a known lesson. */
export function parseProgress(data: unknown, lessons: readonly LessonId[]): LessonProgress | undefined {
  let v: unknown = data;
  if (typeof data === 'string') {
    try {
      v = JSON.parse(data) as unknown;
    } catch {
      return undefined;
    }
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (o.v !== 1 || typeof o.lesson !== 'string' || !lessons.includes(o.lesson as LessonId)) return undefined;
  const p = emptyProgress(o.lesson as LessonId);
  if (typeof o.step === 'number' && Number.isInteger(o.step) && o.step >= 0) p.step = o.step;
  p.done = strings(o.done);
  p.skipped = strings(o.skipped);
  p.solutions = strings(o.solutions);
  p.answers = record(o.answers, (x): x is string => typeof x === 'string');
  p.hints = record(o.hints, (x): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0);
  p.finished = o.finished === true;
  return p;
}

/** Reads stored course progress, keeping the lessons whose progress parses. */
export function parseCourseProgress(data: unknown, lessons: readonly LessonId[]): CourseProgress {
  let v: unknown = data;
  if (typeof data === 'string') {
    try {
      v = JSON.parse(data) as unknown;
    } catch {
      return {};
    }
  }
  const out: CourseProgress = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [id, p] of Object.entries(v)) {
    const parsed = parseProgress(p, lessons);
    if (parsed && parsed.lesson === id) out[parsed.lesson] = parsed;
  }
  return out;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function record<T>(v: unknown, ok: (x: unknown) => x is T): Record<string, T> {
  const out: Record<string, T> = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  for (const [k, x] of Object.entries(v)) if (ok(x)) out[k] = x;
  return out;
}

// ---- links ----

/** What a link asks for: a lesson and a 0-based step index. */
export interface LessonLink {
  lesson: LessonId;
  step: number;
}

/**
 * Reads `?lesson=ID&step=N` (N is 1-based, as people count steps; a step id works too).
 * `stepIds` gives the lesson's step ids, to resolve ids and clamp numbers.
 */
export function parseLessonLink(
  search: string,
  lessons: readonly LessonId[],
  stepIds: (lesson: LessonId) => readonly string[],
): LessonLink | undefined {
  const q = new URLSearchParams(search);
  const id = q.get('lesson');
  if (!id || !lessons.includes(id as LessonId)) return undefined;
  const lesson = id as LessonId;
  const ids = stepIds(lesson);
  const raw = q.get('step');
  let step = 0;
  if (raw !== null && /^\d+$/.test(raw)) step = Math.min(Math.max(Number(raw) - 1, 0), ids.length - 1);
  else if (raw !== null && ids.includes(raw)) step = ids.indexOf(raw);
  return { lesson, step };
}

/** The query string of a link to a step (0-based index in, 1-based number out). */
export function lessonLink(lesson: LessonId, step: number): string {
  return `?lesson=${encodeURIComponent(lesson)}&step=${step + 1}`;
}

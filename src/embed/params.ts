// The classroom's URL parameters: presenter mode, the presenter window, embed mode and its
// options, and a lesson and step to open. Every value is untrusted (a link, an iframe's src): a
// value that doesn't parse is dropped and named in `rejected`, so the page can say so and start
// clean; nothing here throws. The lab's own settings (lang, theme, motion, preset…) are read by
// src/view/params.ts.
import { SPEEDS } from '../store/lab.ts';

/** Parts of the page an embed can show (`?panels=picture,terminal`). */
export type Panel = 'picture' | 'time' | 'terminal' | 'sidebar' | 'reasoning';
export const PANELS: readonly Panel[] = ['picture', 'time', 'terminal', 'sidebar', 'reasoning'];

export interface ClassroomParams {
  /** `?present=1`: large type, thick strokes, high contrast, secondary panels hidden. */
  present: boolean;
  /** `?presenter-notes=1`: this window is the presenter's notes window of another. */
  notesWindow: boolean;
  /** `?embed=1`: no site chrome; the postMessage bridge is on. */
  embed: boolean;
  /** `?defer=1`: show a start button and build nothing visible until the reader clicks. */
  defer: boolean;
  /** `?id=`: names this embed's storage and channels; without it an embed keeps nothing. */
  id?: string;
  /**
   * `?origin=`: the host origins allowed to drive this embed (comma-separated); `undefined` when
   * the parameter is absent (then only the page that framed it, by its referrer, is listened to).
   * A list with an unusable entry becomes empty: nobody may drive the embed.
   */
  origins?: string[];
  /** `?panels=`: which panels an embed shows (all when absent). */
  panels?: Panel[];
  /** `?readonly=1`: the reader watches; the terminal takes no input. */
  readOnly: boolean;
  /** `?autoplay=1`: time runs from the start (after the click, when deferred). */
  autoplay: boolean;
  /** `?speed=`: one of the time bar's speeds. */
  speed?: number;
  /** `?seed=`: seeds the sandbox's cluster (scheduling, names, IPs). */
  seed?: number;
  /** `?script=`: commands run at the start, one per line (newline-separated). */
  script: string[];
  /** `?lesson=`: a lesson id, passed through to the course as is (the course validates it). */
  lesson?: string;
  /** `?step=`: 1-based in the URL, 0-based here. */
  step?: number;
  /** `?step=` naming a step by its id (`?step=claims-stay`), as lesson links may. */
  stepId?: string;
  /** Names of parameters that were present but unusable. */
  rejected: string[];
}

export const LIMITS = { script: 50, line: 500, id: 40, origins: 10, seed: 2 ** 31 - 1 } as const;

const ID = /^[A-Za-z0-9_-]+$/;
const LESSON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function flag(v: string | null): boolean | undefined {
  if (v === null) return undefined;
  const s = v.toLowerCase();
  if (['', '1', 'true', 'on', 'yes'].includes(s)) return true;
  if (['0', 'false', 'off', 'no'].includes(s)) return false;
  return undefined;
}

/** An origin as `location.origin` spells it, or undefined (paths, `*`, `null` and junk are not origins). */
export function normalizeOrigin(raw: string): string | undefined {
  const s = raw.trim();
  if (!/^https?:\/\/[^/?#\s]+$/i.test(s.replace(/\/$/, ''))) return undefined;
  // URL() would read `http://a\\b` or `http://u@a` as the origin http://a: refuse what isn't plainly one.
  if (/[\\@]/.test(s)) return undefined;
  try {
    const u = new URL(s);
    return u.origin === 'null' ? undefined : u.origin;
  } catch {
    return undefined;
  }
}

export function parseClassroomParams(search: string): ClassroomParams {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    q = new URLSearchParams();
  }
  const rejected: string[] = [];
  const bool = (name: string): boolean => {
    const v = q.get(name);
    const b = flag(v);
    if (v !== null && b === undefined) rejected.push(name);
    return b ?? false;
  };
  const out: ClassroomParams = {
    present: bool('present'),
    notesWindow: bool('presenter-notes'),
    embed: bool('embed'),
    defer: bool('defer'),
    readOnly: bool('readonly'),
    autoplay: bool('autoplay'),
    script: [],
    rejected,
  };

  const id = q.get('id');
  if (id !== null) {
    if (id.length <= LIMITS.id && ID.test(id)) out.id = id;
    else rejected.push('id');
  }

  const origin = q.get('origin');
  if (origin !== null) {
    const list = origin.split(',').map(normalizeOrigin);
    // A bad entry voids the whole list: guessing what was meant could let in an origin that
    // wasn't, so an unusable list allows nobody (and the page says why).
    if (list.length > LIMITS.origins || list.some((o) => o === undefined)) {
      rejected.push('origin');
      out.origins = [];
    } else out.origins = [...new Set(list as string[])];
  }

  const panels = q.get('panels');
  if (panels !== null) {
    const names = panels
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const known = names.filter((p): p is Panel => (PANELS as readonly string[]).includes(p));
    if (known.length !== names.length || known.length === 0) rejected.push('panels');
    if (known.length > 0) out.panels = PANELS.filter((p) => known.includes(p));
  }

  const speed = q.get('speed');
  if (speed !== null) {
    const n = Number(speed);
    if ((SPEEDS as readonly number[]).includes(n)) out.speed = n;
    else rejected.push('speed');
  }

  const seed = q.get('seed');
  if (seed !== null) {
    if (/^\d{1,10}$/.test(seed) && Number(seed) <= LIMITS.seed) out.seed = Number(seed);
    else rejected.push('seed');
  }

  const scripts = q.getAll('script');
  if (scripts.length > 0) {
    const lines = scripts
      .flatMap((s) => s.split(/\r\n|\r|\n/))
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
    if (lines.length > LIMITS.script || lines.some((l) => l.length > LIMITS.line)) rejected.push('script');
    else out.script = lines;
  }

  const lesson = q.get('lesson');
  if (lesson !== null) {
    if (lesson.length <= 60 && LESSON.test(lesson)) out.lesson = lesson;
    else rejected.push('lesson');
  }
  const step = q.get('step');
  if (step !== null) {
    if (/^\d{1,4}$/.test(step) && Number(step) >= 1) out.step = Number(step) - 1;
    else if (step.length <= 60 && LESSON.test(step) && !/^\d+$/.test(step)) out.stepId = step;
    else rejected.push('step');
  }
  return out;
}

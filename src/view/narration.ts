// What the live region says when the cursor moves: one short sentence per marker passed
// ("web-1 is Ready."), a summary when many pass at once, and where we are after a step back.
// Sentences come in the page's language; kubectl's words (Ready, Terminating…) stay as printed.
import { t, type DisplayLang, type MessageKey } from '../i18n/index.ts';
import type { Marker } from '../timeline/timeline.ts';
import { formatClock } from './format.ts';

const SENTENCE: Record<Exclude<Marker['what'], 'changed'>, MessageKey> = {
  created: 'narration.created',
  ready: 'narration.ready',
  'not-ready': 'narration.notReady',
  terminating: 'narration.terminating',
  deleted: 'narration.deleted',
  'node-not-ready': 'narration.nodeNotReady',
  'node-ready': 'narration.nodeReady',
};

/** A marker as a sentence: "web-2 is Terminating." */
export function describeMarker(lang: DisplayLang, m: Pick<Marker, 'what' | 'object'>, status?: string): string {
  const name = m.object.split('/')[1] ?? m.object;
  if (m.what !== 'changed') return t(lang, SENTENCE[m.what], { name });
  return status ? t(lang, 'narration.status', { name, status }) : t(lang, 'narration.changed', { name });
}

export interface NarrationInput {
  lang: DisplayLang;
  markers: readonly Marker[];
  from: number;
  to: number;
  /** While playing, small status steps are not read out. */
  playing: boolean;
  /** kubectl STATUS of a pod at the cursor, for "changed" markers. */
  statusOf?: (object: string) => string | undefined;
  /** Most sentences before the rest is summed up. */
  max?: number;
}

/** The sentence(s) for moving the cursor from `from` to `to` ('' when nothing worth saying). */
export function narrate({ lang, markers, from, to, playing, statusOf, max = 4 }: NarrationInput): string {
  if (to === from) return '';
  if (to < from) {
    const here = markers.filter((m) => m.at === to && m.what !== 'changed');
    const said = here.slice(0, max).map((m) => describeMarker(lang, m));
    return [t(lang, 'narration.backAt', { clock: formatClock(to, true) }), ...said].join(' ');
  }
  const passed = markers.filter((m) => m.at > from && m.at <= to && (!playing || m.what !== 'changed'));
  // A listener wants where each object ended up: the last word per object (a status step at the
  // same instant as the marker before it adds nothing).
  const latest = new Map<string, Marker>();
  for (const m of passed) {
    const prev = latest.get(m.object);
    if (prev && prev.at === m.at && m.what === 'changed') continue;
    latest.set(m.object, m);
  }
  const sentences = [...latest.values()]
    .sort((a, b) => a.at - b.at)
    .map((m) => describeMarker(lang, m, m.what === 'changed' ? statusOf?.(m.object) : undefined));
  if (sentences.length <= max) return sentences.join(' ');
  const more = sentences.length - max;
  const tail = t(lang, more === 1 ? 'narration.more.one' : 'narration.more.other', { n: more });
  return `${sentences.slice(0, max).join(' ')} ${tail}`;
}

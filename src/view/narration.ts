// What the live region says when the cursor moves: one short sentence per marker passed
// ("web-1 is Ready."), a summary when many pass at once, and where we are after a step back.
import type { Marker } from '../timeline/timeline.ts';
import { formatClock } from './format.ts';

/** A marker as a sentence: "web-2 is Terminating." */
export function describeMarker(m: Pick<Marker, 'what' | 'object'>, status?: string): string {
  const name = m.object.split('/')[1] ?? m.object;
  switch (m.what) {
    case 'created':
      return `${name} was created.`;
    case 'ready':
      return `${name} is Ready.`;
    case 'not-ready':
      return `${name} is no longer Ready.`;
    case 'terminating':
      return `${name} is Terminating.`;
    case 'deleted':
      return `${name} is gone.`;
    case 'node-not-ready':
      return `${name} is NotReady.`;
    case 'node-ready':
      return `${name} is Ready again.`;
    case 'changed':
      return status ? `${name} is ${status}.` : `${name} changed.`;
  }
}

export interface NarrationInput {
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
export function narrate({ markers, from, to, playing, statusOf, max = 4 }: NarrationInput): string {
  if (to === from) return '';
  if (to < from) {
    const here = markers.filter((m) => m.at === to && m.what !== 'changed');
    const said = here.slice(0, max).map((m) => describeMarker(m));
    return [`Back at ${formatClock(to, true)}.`, ...said].join(' ');
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
    .map((m) => describeMarker(m, m.what === 'changed' ? statusOf?.(m.object) : undefined));
  if (sentences.length <= max) return sentences.join(' ');
  const more = sentences.length - max;
  return `${sentences.slice(0, max).join(' ')} And ${more} more ${more === 1 ? 'change' : 'changes'}.`;
}

import type { KeyboardEvent } from 'react';
import { INTERESTING } from '../../timeline/markers.ts';
import type { Marker } from '../../timeline/timeline.ts';
import { formatClock, spokenClock } from '../format.ts';
import { describeMarker } from '../narration.ts';
import { useLab, useLabState } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** What a tick stands for, in a tooltip. */
const TICK_WORDS: Record<Marker['what'], MessageKey> = {
  created: 'time.tick.created',
  ready: 'time.tick.ready',
  'not-ready': 'time.tick.notReady',
  terminating: 'time.tick.terminating',
  deleted: 'time.tick.deleted',
  'node-not-ready': 'time.tick.nodeNotReady',
  'node-ready': 'time.tick.nodeReady',
  changed: 'time.tick.changed',
};

/** Ticks drawn at most; markers closer than one slot share a tick. */
const SLOTS = 400;

interface Tick {
  left: number;
  what: Marker['what'];
  at: number;
}

/** Worst-first, so a shared tick shows the most telling kind. */
const RANK: Record<Marker['what'], number> = {
  'node-not-ready': 7,
  terminating: 6,
  deleted: 5,
  'not-ready': 4,
  'node-ready': 3,
  ready: 2,
  created: 1,
  changed: 0,
};

function ticksFor(markers: readonly Marker[], span: number): Tick[] {
  if (span <= 0) return [];
  const slots = new Map<number, Tick>();
  for (const m of markers) {
    const slot = Math.round((m.at / span) * SLOTS);
    const prev = slots.get(slot);
    if (!prev || RANK[m.what] > RANK[prev.what]) slots.set(slot, { left: (m.at / span) * 100, what: m.what, at: m.at });
  }
  return [...slots.values()];
}

/**
 * How much of the timeline the scrubber spans: up to the last thing that happened (or the cursor),
 * plus a little room, but never past the head. Quiet time the simulator ran ahead through (looking
 * for a next change that never came) would only squash the markers.
 */
function scrubberSpan(cursor: number, head: number, lastMarker: number, lastCommand: number): number {
  const busy = Math.max(cursor, lastMarker, lastCommand);
  return Math.max(1, Math.min(head, busy + Math.max(5000, busy * 0.05)));
}

/**
 * The timeline scrubber: a range from 0 to about the last change (see scrubberSpan) whose thumb
 * is the cursor, with the markers drawn along the track. Arrow keys move a second (Shift: ten),
 * PageUp/PageDown a tenth, Home/End to the ends.
 */
export function Scrubber() {
  const lab = useLab();
  const cursor = useLabState((s) => s.cursor);
  const head = useLabState((s) => s.head);
  const lang = useLabState((s) => s.lang);
  const tr = useT();
  useLabState((s) => s.version);
  const markers = lab.timeline().markers;
  const span = scrubberSpan(cursor, head, markers.at(-1)?.at ?? 0, lab.timeline().entries.at(-1)?.end ?? 0);
  const ticks = ticksFor(markers, span);
  const interesting = markers.filter((m) => INTERESTING.has(m.what));
  const here = interesting.filter((m) => m.at === cursor);
  const next = interesting.find((m) => m.at > cursor);
  const max = span;

  const valueText = [
    tr('time.scrubber.of', { at: spokenClock(lang, cursor), total: spokenClock(lang, max) }),
    cursor < head ? tr('time.scrubber.past') : tr('time.scrubber.newest'),
    ...here.slice(0, 3).map((m) => describeMarker(lang, m)),
  ].join(tr('time.scrubber.separator'));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const jump: Record<string, number> = {
      ArrowLeft: -1000,
      ArrowDown: -1000,
      ArrowRight: 1000,
      ArrowUp: 1000,
      PageDown: -max / 10,
      PageUp: max / 10,
    };
    if (e.key === 'Home') lab.seek(0);
    else if (e.key === 'End') lab.seek(head);
    else if (jump[e.key] !== undefined) lab.seek(cursor + jump[e.key]! * (e.shiftKey ? 10 : 1));
    else return;
    e.preventDefault();
  };

  return (
    <div className="scrubber" data-scrubber>
      <div className="scrubber-track" aria-hidden="true">
        <div className="scrubber-past" style={{ width: `${(cursor / max) * 100}%` }} />
        {ticks.map((t) => (
          <span
            key={`${t.at}-${t.what}`}
            className={`tick tick-${t.what}`}
            style={{ left: `${t.left}%` }}
            title={`${formatClock(t.at, true)} ${tr(TICK_WORDS[t.what])}`}
          />
        ))}
      </div>
      <input
        type="range"
        className="scrubber-input"
        data-testid="timeline.scrubber"
        aria-label={tr('time.timeline')}
        aria-describedby="scrubber-help"
        aria-valuetext={valueText}
        min={0}
        max={max}
        step="any"
        value={Math.min(cursor, max)}
        onChange={(e) => lab.seek(Number(e.target.value))}
        onKeyDown={onKeyDown}
      />
      <div className="scrubber-ends" aria-hidden="true">
        <span>0:00</span>
        <span>{formatClock(max)}</span>
      </div>
      <p id="scrubber-help" className="sr-only">
        {tr('time.scrubber.count', { n: markers.length, interesting: interesting.length })}{' '}
        {next
          ? tr('time.scrubber.next', { what: describeMarker(lang, next), at: spokenClock(lang, next.at) })
          : tr('time.scrubber.nothingNext')}{' '}
        {tr('time.scrubber.keys')}
      </p>
    </div>
  );
}

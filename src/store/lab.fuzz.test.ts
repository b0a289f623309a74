// Property tests for the store: random sequences of what the page does (typed command lines from
// the fuzz grammar, seeks, steps, skips, play ticks, presets, time-lapses) never throw; after each,
// the timeline and the store agree, the engine's invariants hold, and a rejected write leaves the
// cluster's objects as they were. runCommand is the one executor the terminal, lessons and embeds use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../commands/session.ts';
import { writesObjects } from '../commands/session.ts';
import { line, usefulLine } from '../commands/fuzz-grammar.ts';
import { checkWorld, forcedAny } from '../sim/checks.ts';
import { fuzzCounter, fuzzRuns, fuzzSeed, fuzzTimeout } from '../testing/fuzz.ts';
import { createLab, type Lab } from './lab.ts';
import { PRESET_IDS, type PresetId } from './presets.ts';
import { registerAllLocales } from '../i18n/all.ts';

// Announcements are text in the page's language; the page always has its table loaded.
registerAllLocales();

const count = fuzzCounter('lab.fuzz');

type Action =
  | { a: 'run'; line: string }
  | { a: 'seek'; fraction: number }
  | { a: 'step' | 'back' | 'stepAhead' | 'finish' | 'play' | 'pause' | 'skipToNext' }
  | { a: 'skip'; animate: boolean }
  | { a: 'tick'; ms: number }
  | { a: 'advance'; s: number }
  | { a: 'lapse'; fraction: number }
  | { a: 'preset'; id: PresetId }
  | { a: 'select'; name: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: line.map((l): Action => ({ a: 'run', line: l })) },
  { weight: 6, arbitrary: usefulLine.map((l): Action => ({ a: 'run', line: l })) },
  {
    weight: 2,
    arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }).map((f): Action => ({ a: 'seek', fraction: f })),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom<Action>(
      { a: 'step' },
      { a: 'back' },
      { a: 'stepAhead' },
      { a: 'finish' },
      { a: 'play' },
      { a: 'pause' },
      { a: 'skipToNext' },
    ),
  },
  { weight: 2, arbitrary: fc.boolean().map((animate): Action => ({ a: 'skip', animate })) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: 120_000 }).map((ms): Action => ({ a: 'tick', ms })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 600 }).map((s): Action => ({ a: 'advance', s })) },
  {
    weight: 1,
    arbitrary: fc.double({ min: -1, max: 2, noNaN: true }).map((f): Action => ({ a: 'lapse', fraction: f })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PRESET_IDS).map((id): Action => ({ a: 'preset', id })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('web-0', 'web-1', 'nope', '').map((name): Action => ({ a: 'select', name })),
  },
);

const objectsText = (lab: Lab) => JSON.stringify(lab.worldNow().objects);
const session = (lab: Lab) => (lab.timeline() as unknown as { session: Session }).session;

/** Does one action; returns the command lines that ran since the last preset load. */
function act(lab: Lab, x: Action, lines: string[]): string[] {
  switch (x.a) {
    case 'run': {
      const before = objectsText(lab);
      const atHead = lab.timeline().atHead;
      const versionBefore = lab.store.getState().version;
      const entry = lab.runCommand(x.line);
      const trimmed = x.line.trim();
      if (!trimmed) {
        expect(entry).toBeUndefined();
        return lines;
      }
      expect(lab.store.getState().version).toBeGreaterThan(versionBefore);
      expect(lab.store.getState().history.at(-1)).toBe(trimmed);
      if (!entry) return lines; // clear / cls
      count(entry.exitCode === 0 ? 'lab:commands:ok' : 'lab:commands:failed');
      expect(lab.store.getState().announcement).toContain(trimmed);
      const rejected = entry.exitCode !== 0 && entry.exitCode !== 124 && !session(lab).lastRunKeptChanges;
      // Rejection leaves the cluster as it was (a run in the past first forks the timeline there).
      if (rejected && writesObjects(trimmed) && atHead && entry.end === entry.at)
        expect(objectsText(lab), `${trimmed}\n${entry.stderr}`).toBe(before);
      return [...lines, trimmed];
    }
    case 'seek': {
      const head = lab.store.getState().head;
      lab.seek(Math.round(head * x.fraction));
      return lines;
    }
    case 'step':
      lab.stepForward();
      return lines;
    case 'back':
      lab.stepBack();
      return lines;
    case 'stepAhead':
      lab.stepAhead();
      return lines;
    case 'finish':
      lab.finishFastForward();
      return lines;
    case 'play':
      lab.play();
      return lines;
    case 'pause':
      lab.pause();
      return lines;
    case 'skipToNext':
      lab.skipToNextInteresting();
      return lines;
    case 'skip':
      lab.skipAhead(x.animate);
      return lines;
    case 'tick':
      lab.tick(x.ms);
      return lines;
    case 'advance':
      lab.advance(x.s);
      return lines;
    case 'lapse':
      lab.fastForwardTo(x.fraction);
      return lines;
    case 'preset':
      lab.loadPreset(x.id);
      return [];
    case 'select':
      lab.select(x.name ? { kind: 'Pod', name: x.name } : null);
      return lines;
  }
}

function checkLab(lab: Lab, lines: string[], ctx: string): void {
  const s = lab.store.getState();
  const t = lab.timeline();
  expect(s.cursor, ctx).toBe(t.cursor);
  expect(s.head, ctx).toBe(t.head);
  expect(Number.isFinite(s.cursor) && s.cursor >= 0, ctx).toBe(true);
  if (!s.fastForward) expect(s.cursor, ctx).toBeLessThanOrEqual(s.head);
  else expect(s.fastForward.from <= s.fastForward.to, ctx).toBe(true);
  const world = lab.worldNow();
  expect(world.now, ctx).toBe(Math.min(s.cursor, s.head));
  const report = checkWorld(world);
  expect(report.broken, ctx).toEqual([]);
  if (!forcedAny(lines)) expect(report.duplicates, `${ctx}\n(at most one, nothing forced)`).toEqual([]);
}

describe('fuzzing the store', () => {
  it.each(['web', 'cattle-vs-cows'] as const)(
    'random page actions from the %s preset never throw and keep the lab consistent',
    (preset) => {
      fc.assert(
        fc.property(fc.array(action, { minLength: 1, maxLength: 12 }), (acts) => {
          const lab = createLab(preset, { motion: 'off' });
          let lines: string[] = [];
          const done: string[] = [];
          for (const x of acts) {
            done.push(JSON.stringify(x));
            lines = act(lab, x, lines);
            checkLab(lab, lines, done.join('\n'));
            count('lab:actions');
          }
          count('lab:sequences');
        }),
        { numRuns: fuzzRuns(60, 40), seed: fuzzSeed(preset === 'web' ? 401 : 402) },
      );
    },
    fuzzTimeout(120_000),
  );
});

// How long the property tests run, and what they report. `npm test` runs each fuzzer briefly
// (its default); `npm run fuzz` sets FUZZ_RUNS (e.g. 100000) and every fuzzer scales to it by its
// cost: a property whose case runs a whole command session counts as many cheap ones.
// FUZZ_SEED explores cases other than the fixed ones CI runs.
import { afterAll } from 'vitest';

const LONG = process.env.FUZZ_RUNS === undefined ? undefined : Number(process.env.FUZZ_RUNS);

/** Cases to run: `quick` normally; with FUZZ_RUNS set, FUZZ_RUNS / `cost` (at least `quick`). */
export function fuzzRuns(quick: number, cost = 1): number {
  if (LONG === undefined || !Number.isFinite(LONG)) return quick;
  return Math.max(quick, Math.round(LONG / cost));
}

/** The seed: FUZZ_SEED if given, else the property's fixed one. */
export function fuzzSeed(fixed: number): number {
  return process.env.FUZZ_SEED === undefined ? fixed : Number(process.env.FUZZ_SEED);
}

/**
 * A tally of cases per property, printed once the file's tests are done (`fuzz cases: {…}`), so
 * a long run reports how many cases each fuzzer ran.
 */
export function fuzzCounter(file: string): (property: string, n?: number) => void {
  const counted: Record<string, number> = {};
  afterAll(() => {
    console.info(`fuzz cases (${file}): ${JSON.stringify(counted)}`);
  });
  return (property, n = 1) => {
    counted[property] = (counted[property] ?? 0) + n;
  };
}

/** A test's time limit: `quick` normally, an hour on a long run. */
export function fuzzTimeout(quick: number): number {
  return LONG === undefined ? quick : 3_600_000;
}

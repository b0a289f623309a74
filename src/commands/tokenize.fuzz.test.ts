// Property tests for the first two stages of every command line: the shell-like tokenizer and the
// pflag-style flag parser. Neither may throw on any input; the tokenizer inverts `quote`; the flag
// parser either parses (every word lands in args, flags or rest) or says why in kubectl's words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzCounter, fuzzRuns, fuzzSeed, fuzzTimeout } from '../testing/fuzz.ts';
import { parseFlags, parseGoBool, parseGoDuration, parseGoInt, type FlagSpec } from './flags.ts';
import { junk, line } from './fuzz-grammar.ts';
import { quote, tokenize } from './tokenize.ts';

const count = fuzzCounter('tokenize.fuzz');
const T = fuzzTimeout(20_000);

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'\'"\\ \t\n$`ab-='), maxLength: 30 }),
  junk,
  line,
);

describe('the tokenizer', () => {
  it('never throws, and gives words or a shell error', { timeout: T }, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = tokenize(text);
        if (r.ok) {
          expect(r.words.every((w) => typeof w === 'string')).toBe(true);
          count('tokenize:ok');
        } else {
          expect(r.error).toMatch(/^unexpected EOF while looking for matching /);
          count('tokenize:error');
        }
      }),
      { numRuns: fuzzRuns(1000), seed: fuzzSeed(101) },
    );
  });

  it('reads back exactly the words `quote` wrote', { timeout: T }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), junk), { maxLength: 6 }), (words) => {
        expect(tokenize(words.map(quote).join(' '))).toEqual({ ok: true, words });
        count('quote:roundtrip');
      }),
      { numRuns: fuzzRuns(1000), seed: fuzzSeed(102) },
    );
  });
});

const flagName = fc.constantFrom('output', 'replicas', 'force', 'selector', 'timeout', 'filename', 'all', 'x-y');
const spec: fc.Arbitrary<FlagSpec> = fc
  .tuple(
    flagName,
    fc.option(fc.constantFrom('o', 'l', 'f', 'w', 'A'), { nil: undefined }),
    fc.constantFrom<FlagSpec['type']>('string', 'bool', 'strings', 'int', 'duration'),
    fc.boolean(),
    fc.option(fc.constantFrom('true', '', 'x'), { nil: undefined }),
  )
  .map(([name, short, type, csv, noOpt]) => ({
    names: short ? [name, short] : [name],
    type,
    ...(csv ? { csv } : {}),
    ...(noOpt !== undefined ? { noOpt } : {}),
  }));
/** A command's flag set: like pflag, no two flags share a name or a shorthand. */
const specs = fc.uniqueArray(spec, { selector: (s) => s.names[0], maxLength: 5 }).filter((xs) => {
  const shorts = xs.flatMap((s) => s.names.slice(1));
  return new Set(shorts).size === shorts.length;
});
const word = fc.oneof(
  fc.constantFrom('--output', '-o', '--replicas=3', '-f', '--', '-', '---', '--=', '-ow', '-owide', '--all', '-h'),
  fc.constantFrom('--help', '--force=maybe', '--timeout=1x', '--replicas=1e3', '--selector', 'pods', 'web-0'),
  junk,
);

describe('the flag parser', () => {
  it('never throws; a parse accounts for every word, an error reads like kubectl', { timeout: T }, () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), specs, (words, specs) => {
        const r = parseFlags(words, specs, 'kubectl get');
        if (!r.ok) {
          expect(r.error).toMatch(/^error: .*\nSee 'kubectl get --help' for usage\.$/s);
          count('flags:error');
          return;
        }
        count('flags:ok');
        const p = r.value;
        // Every positional word before `--` is an arg; everything after it is rest.
        expect(p.args.length + p.rest.length).toBeLessThanOrEqual(words.length);
        for (const a of p.args) expect(words).toContain(a);
        expect(p.rest).toEqual(p.dashAt >= 0 ? words.slice(words.indexOf('--') + 1) : []);
        for (const k of Object.keys(p.flags)) expect(specs.some((s) => s.names[0] === k)).toBe(true);
      }),
      { numRuns: fuzzRuns(1000), seed: fuzzSeed(103) },
    );
  });

  it('Go number, duration and bool parsers never throw and agree with themselves', { timeout: T }, () => {
    fc.assert(
      fc.property(
        fc.oneof(junk, fc.integer().map(String), fc.double().map(String), fc.constantFrom('0x1F', '1h2m', '-0', '+5')),
        (s) => {
          const i = parseGoInt(s);
          if (typeof i === 'number') expect(Number.isSafeInteger(i) || Number.isInteger(i)).toBe(true);
          else expect(i.length).toBeGreaterThan(0);
          const d = parseGoDuration(s);
          if (typeof d === 'number') expect(Number.isFinite(d)).toBe(true);
          else expect(d.length).toBeGreaterThan(0);
          const b = parseGoBool(s);
          expect(b === undefined || typeof b === 'boolean').toBe(true);
          count('go-parsers');
        },
      ),
      { numRuns: fuzzRuns(1000), seed: fuzzSeed(104) },
    );
  });
});

// Property tests for the page's URL parameters: any query string (and any browser language list)
// gives settings the lab knows, never an exception; unknown or malformed parameters are ignored
// without disturbing the ones beside them. Other params files (permalinks, embeds) have their own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/types.ts';
import { PRESET_IDS } from '../store/presets.ts';
import { fuzzCounter, fuzzRuns, fuzzSeed, fuzzTimeout } from '../testing/fuzz.ts';
import { parseParams } from './params.ts';

const count = fuzzCounter('params.fuzz');
const T = fuzzTimeout(20_000);

const KNOWN = ['motion', 'theme', 'preset', 'view', 'side', 'lang'] as const;
const VALUES = [
  'off',
  'full',
  'reduced',
  'dark',
  'light',
  'table',
  'picture',
  '1',
  '0',
  'true',
  'no',
  '',
  'zh-CN',
  'zh',
  'en-GB',
  ...PRESET_IDS,
  '%',
  '%zz',
  '%E4%B8%AD',
  '&',
  '=',
  '#',
  '\u0000',
  '日本',
  'a'.repeat(500),
];
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 12 }));
const key = fc.oneof(fc.constantFrom(...KNOWN, 'MOTION', 'motion ', 'x', '', '__proto__', 'constructor'), text);
const value = fc.oneof(fc.constantFrom(...VALUES), text);
const pair = fc.tuple(key, value, fc.constantFrom('raw', 'encoded', 'bare'));
const query = fc
  .tuple(fc.array(pair, { maxLength: 8 }), fc.constantFrom('?', '', '??', '#', '?&'))
  .map(
    ([pairs, lead]) =>
      lead +
      pairs
        .map(([k, v, how]) =>
          how === 'bare' ? k : how === 'encoded' ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
        )
        .join('&'),
  );
const search = fc.oneof({ weight: 4, arbitrary: query }, { weight: 1, arbitrary: text });
const languages = fc.array(fc.oneof(fc.constantFrom('zh-TW', 'en-US', 'fr', '', 'ZH', '*'), text), { maxLength: 4 });

const ALLOWED: Record<string, readonly unknown[]> = {
  lang: LANGS,
  motion: ['full', 'reduced', 'off'],
  theme: ['light', 'dark'],
  preset: PRESET_IDS,
  tableView: [true, false],
  sideBySide: [true, false],
};

describe('URL parameters', () => {
  it('never throw, and give only settings the lab knows', { timeout: T }, () => {
    fc.assert(
      fc.property(search, languages, (s, langs) => {
        const p = parseParams(s, langs);
        for (const [k, v] of Object.entries(p)) {
          expect(Object.keys(ALLOWED)).toContain(k);
          expect(ALLOWED[k]).toContain(v);
        }
        expect(p.lang).toBeDefined();
        expect(parseParams(s, langs)).toEqual(p);
        count('params');
      }),
      { numRuns: fuzzRuns(2000), seed: fuzzSeed(201) },
    );
  });

  it('ignore unknown parameters without disturbing known ones', { timeout: T }, () => {
    fc.assert(
      fc.property(query, fc.array(fc.tuple(text, value), { maxLength: 4 }), (q, extra) => {
        const unknown = extra
          .map(([k, v]) => [`zz${k}`, v] as const)
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
        const base = q.startsWith('?') ? q : `?${q}`;
        expect(parseParams([base, ...unknown].join('&'))).toEqual(parseParams(base));
        count('params:unknown-ignored');
      }),
      { numRuns: fuzzRuns(2000), seed: fuzzSeed(202) },
    );
  });

  it('read each known parameter exactly as the docs say', { timeout: T }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN), fc.constantFrom(...VALUES), (k, v) => {
        const p = parseParams(`?${k}=${encodeURIComponent(v)}`);
        const field = {
          motion: 'motion',
          theme: 'theme',
          preset: 'preset',
          view: 'tableView',
          side: 'sideBySide',
          lang: 'lang',
        }[k];
        const got = (p as Record<string, unknown>)[field];
        if (k === 'view') expect(got).toBe(v === 'table' ? true : v === 'picture' ? false : undefined);
        else if (k === 'side') expect(got).toBe(['', '1', 'true', 'on', 'yes'].includes(v.toLowerCase()));
        else if (k !== 'lang') expect(got).toBe(ALLOWED[field]!.includes(v) ? v : undefined);
        count('params:each');
      }),
      { numRuns: fuzzRuns(500, 10), seed: fuzzSeed(203) },
    );
  });
});

// URL parameters of the classroom: each documented value, and fuzzing — any query string parses
// without throwing, unusable values are named in `rejected` and never half-applied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseParams } from '../view/params.ts';
import { PRESET_IDS } from '../store/presets.ts';
import { LIMITS, PANELS, normalizeOrigin, parseClassroomParams } from './params.ts';

describe('classroom parameters', () => {
  it('reads presenter, embed and their options', () => {
    const p = parseClassroomParams(
      '?present=1&embed=1&defer=yes&readonly=true&autoplay&id=docs-1&origin=https://a.example,http://b.example:8080/' +
        '&panels=terminal,picture&speed=4&seed=42&script=kubectl%20apply%20-f%20web.yaml%0A%23%20a%20comment%0Asleep%2010' +
        '&lesson=storage&step=3',
    );
    expect(p).toEqual({
      present: true,
      notesWindow: false,
      embed: true,
      defer: true,
      readOnly: true,
      autoplay: true,
      id: 'docs-1',
      origins: ['https://a.example', 'http://b.example:8080'],
      panels: ['picture', 'terminal'],
      speed: 4,
      seed: 42,
      script: ['kubectl apply -f web.yaml', 'sleep 10'],
      lesson: 'storage',
      step: 2,
      rejected: [],
    });
  });

  it('defaults to the full page with nothing special', () => {
    expect(parseClassroomParams('')).toEqual({
      present: false,
      notesWindow: false,
      embed: false,
      defer: false,
      readOnly: false,
      autoplay: false,
      script: [],
      rejected: [],
    });
  });

  it('names what it cannot use and keeps none of it', () => {
    const p = parseClassroomParams('?present=maybe&id=../etc&speed=3&seed=-1&step=0&lesson=<b>&panels=picture,nope');
    expect(p.rejected.sort()).toEqual(['id', 'lesson', 'panels', 'present', 'seed', 'speed', 'step']);
    expect(p).toMatchObject({ present: false, panels: ['picture'] });
    for (const k of ['id', 'speed', 'seed', 'step', 'lesson'] as const) expect(p[k]).toBeUndefined();
  });

  it('takes a step by its id too, as lesson links may', () => {
    expect(parseClassroomParams('?lesson=storage&step=claims-stay')).toMatchObject({
      stepId: 'claims-stay',
      rejected: [],
    });
  });

  it('an origin list with one bad entry allows nobody', () => {
    expect(parseClassroomParams('?origin=https://ok.example,*').origins).toEqual([]);
    expect(parseClassroomParams('?origin=null').origins).toEqual([]);
    expect(parseClassroomParams('?origin=https://ok.example/path').origins).toEqual([]);
    expect(parseClassroomParams('?origin=javascript:alert(1)').origins).toEqual([]);
    expect(normalizeOrigin('http://docs.example\\evil')).toBeUndefined();
    expect(normalizeOrigin('http://user@docs.example')).toBeUndefined();
    expect(parseClassroomParams('').origins).toBeUndefined();
    expect(normalizeOrigin('HTTPS://Docs.Example:443')).toBe('https://docs.example');
  });

  it('splits the script on any line break', () => {
    expect(parseClassroomParams(`?script=${encodeURIComponent('a\rb\r\nc\nd')}`).script).toEqual(['a', 'b', 'c', 'd']);
  });

  it('caps the script', () => {
    const many = Array.from({ length: LIMITS.script + 1 }, () => 'kubectl get pods').join('\n');
    expect(parseClassroomParams(`?script=${encodeURIComponent(many)}`)).toMatchObject({
      script: [],
      rejected: ['script'],
    });
  });

  it('never throws, and everything it keeps is well-formed (fuzzed)', () => {
    const key = fc.constantFrom(
      'present',
      'presenter-notes',
      'embed',
      'defer',
      'readonly',
      'autoplay',
      'id',
      'origin',
      'panels',
      'speed',
      'seed',
      'script',
      'lesson',
      'step',
      'x',
    );
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('1', '0', '', 'true', 'https://a.b', '2'),
    );
    const query = fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => {
      const q = new URLSearchParams();
      for (const [k, v] of pairs) q.append(k, v);
      return `?${q}`;
    });
    fc.assert(
      fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'binary' })), (search) => {
        const p = parseClassroomParams(search);
        if (p.id !== undefined) expect(p.id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
        for (const o of p.origins ?? []) expect(normalizeOrigin(o)).toBe(o);
        for (const x of p.panels ?? []) expect(PANELS).toContain(x);
        if (p.seed !== undefined) expect(Number.isSafeInteger(p.seed) && p.seed >= 0).toBe(true);
        if (p.step !== undefined) expect(Number.isInteger(p.step) && p.step >= 0).toBe(true);
        expect(p.script.length).toBeLessThanOrEqual(LIMITS.script);
        for (const l of p.script) expect(l.length <= LIMITS.line && !/[\r\n]/.test(l)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the shell’s own parameters never throw either, and keep only known values (fuzzed)', () => {
    const key = fc.constantFrom('lang', 'motion', 'theme', 'preset', 'view', 'side', 'x');
    const query = fc.array(fc.tuple(key, fc.oneof(fc.string(), fc.constantFrom('zh', 'dark', 'off', 'kubia'))), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(query, fc.array(fc.string(), { maxLength: 3 }), (pairs, languages) => {
        const q = new URLSearchParams();
        for (const [k, v] of pairs) q.append(k, v);
        const p = parseParams(`?${q}`, languages);
        expect(['en', 'zh-CN']).toContain(p.lang);
        if (p.motion) expect(['full', 'reduced', 'off']).toContain(p.motion);
        if (p.theme) expect(['light', 'dark']).toContain(p.theme);
        if (p.preset) expect(PRESET_IDS).toContain(p.preset);
      }),
      { numRuns: 300 },
    );
  });
});

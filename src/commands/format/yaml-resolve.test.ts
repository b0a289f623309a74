import { describe, expect, it } from 'vitest';
import { isBase60Float, isYamlTimestamp, resolvesToNonString } from './yaml-resolve.ts';

describe('resolvesToNonString (go-yaml v2 resolve)', () => {
  it.each([
    '',
    '~',
    'null',
    'NULL',
    'true',
    'False',
    'y',
    'N',
    'yes',
    'off',
    'ON',
    '.nan',
    '.Inf',
    '-.inf',
    '0',
    '-1',
    '+7',
    '007',
    '08',
    '0x1f',
    '0o17',
    '0b101',
    '-0b101',
    '1_000',
    '1.5',
    '-1.5e3',
    '1.',
    '.5',
    '1e3',
    '99999999999999999999999',
    '2026-01-08',
    '2026-1-8',
    '2026-01-08T22:17:49Z',
    '2026-01-08t22:17:49.5+01:00',
    '2026-01-08 22:17:49',
  ])('%j is not a plain string', (s) => {
    expect(resolvesToNonString(s)).toBe(true);
  });

  it.each([
    'abc',
    'nginx',
    'Yes please',
    'nan',
    'NaN',
    'inf',
    '.',
    '.x',
    '1a',
    '1.2.3',
    '0x',
    '2026-02-30',
    '2026-01-08T22:17:49',
    '2026-01-08 22:17:49Z',
    '<<',
    '=',
    '-',
    '+',
    'O',
    'tru',
    '1:20',
  ])('%j stays a string', (s) => {
    expect(resolvesToNonString(s)).toBe(false);
  });

  it('recognises base 60 floats, which go-yaml quotes for YAML 1.1 readers', () => {
    expect(isBase60Float('1:20')).toBe(true);
    expect(isBase60Float('190:20:30.15')).toBe(true);
    expect(isBase60Float('1:2:3:4')).toBe(true);
    expect(isBase60Float('1:60')).toBe(false);
    expect(isBase60Float('a:1')).toBe(false);
  });

  it('validates timestamp fields', () => {
    expect(isYamlTimestamp('2024-02-29')).toBe(true);
    expect(isYamlTimestamp('2023-02-29')).toBe(false);
    expect(isYamlTimestamp('2026-13-01')).toBe(false);
    expect(isYamlTimestamp('2026-01-08T24:00:00Z')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { ageOf, humanDuration, shortHumanDuration, since } from './duration.ts';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration (apimachinery HumanDuration)', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [1999, '1s'],
    [19 * S, '19s'],
    [119 * S + 999, '119s'],
    [2 * M, '2m'],
    [2 * M + 5 * S, '2m5s'],
    [9 * M + 59 * S, '9m59s'],
    [10 * M, '10m'],
    [10 * M + 59 * S, '10m'],
    [179 * M + 59 * S, '179m'],
    [3 * H, '3h'],
    [3 * H + 5 * M, '3h5m'],
    [7 * H + 59 * M, '7h59m'],
    [8 * H, '8h'],
    [13 * H + 30 * M, '13h'],
    [47 * H + 59 * M, '47h'],
    [48 * H, '2d'],
    [2 * D + 3 * H, '2d3h'],
    [7 * D + 23 * H, '7d23h'],
    [8 * D, '8d'],
    [25 * D + 5 * H, '25d'],
    [729 * D, '729d'],
    [730 * D, '2y'],
    [731 * D, '2y1d'],
    [3 * 365 * D + 5 * D, '3y5d'],
    [8 * 365 * D - 1, '7y364d'],
    [8 * 365 * D, '8y'],
    [8 * 365 * D + 100 * D, '8y'],
  ])('%d ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('tolerates up to two seconds of clock skew, then reports <invalid>', () => {
    expect(humanDuration(-1)).toBe('0s');
    expect(humanDuration(-999)).toBe('0s');
    expect(humanDuration(-1999)).toBe('0s');
    expect(humanDuration(-2000)).toBe('<invalid>');
    expect(humanDuration(-5 * M)).toBe('<invalid>');
  });
});

describe('shortHumanDuration', () => {
  it.each([
    [-1500, '0s'],
    [-2000, '<invalid>'],
    [59 * S, '59s'],
    [60 * S, '1m'],
    [59 * M + 59 * S, '59m'],
    [H, '1h'],
    [23 * H, '23h'],
    [D, '1d'],
    [364 * D, '364d'],
    [365 * D, '1y'],
    [800 * D, '2y'],
  ])('%d ms → %s', (ms, text) => {
    expect(shortHumanDuration(ms)).toBe(text);
  });
});

describe('ageOf (kubectl AGE column)', () => {
  it('truncates the creation instant to whole seconds, as metadata stores it', () => {
    expect(ageOf(10_500, 12_000)).toBe('2s');
    expect(ageOf(10_000, 10_999)).toBe('0s');
    expect(ageOf(0, 3 * M + 59 * S)).toBe('3m59s');
    expect(ageOf(1_767_910_669_000, 1_767_910_669_000 + 19 * S)).toBe('19s');
  });

  it('reports <invalid> for creation far in the future', () => {
    expect(ageOf(10 * S, 0)).toBe('<invalid>');
  });
});

describe('since (translateTimestampSince)', () => {
  it('is <unknown> for an unset timestamp', () => {
    expect(since(undefined, 0)).toBe('<unknown>');
    expect(since('', 0)).toBe('<unknown>');
  });

  it('measures from an RFC 3339 timestamp', () => {
    expect(since('2026-01-08T22:17:49Z', Date.UTC(2026, 0, 8, 22, 20, 49))).toBe('3m');
  });
});

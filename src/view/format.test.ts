import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, spokenClock } from './format.ts';

describe('format', () => {
  it('shows the virtual clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(10_616)).toBe('0:10');
    expect(formatClock(10_616, true)).toBe('0:10.6');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(3_725_000, true)).toBe('1:02:05');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('shows durations', () => {
    expect(formatDuration(48_000)).toBe('48 s');
    expect(formatDuration(300_000)).toBe('5 min');
    expect(formatDuration(302_000)).toBe('5 min 2 s');
    expect(formatDuration(3_780_000)).toBe('1 h 3 min');
    expect(formatDuration(3_600_000)).toBe('1 h');
  });

  it('reads the clock aloud', () => {
    expect(spokenClock(0)).toBe('0 seconds');
    expect(spokenClock(65_000)).toBe('1 minute 5 seconds');
    expect(spokenClock(3_600_000)).toBe('1 hour');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../i18n/all.ts';
import { formatClock, formatDuration, spokenClock } from './format.ts';

beforeAll(registerAllLocales);

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
    expect(formatDuration('en', 48_000)).toBe('48 s');
    expect(formatDuration('en', 300_000)).toBe('5 min');
    expect(formatDuration('en', 302_000)).toBe('5 min 2 s');
    expect(formatDuration('en', 3_780_000)).toBe('1 h 3 min');
    expect(formatDuration('en', 3_600_000)).toBe('1 h');
  });

  it('reads the clock aloud', () => {
    expect(spokenClock('en', 0)).toBe('0 seconds');
    expect(spokenClock('en', 65_000)).toBe('1 minute 5 seconds');
    expect(spokenClock('en', 3_600_000)).toBe('1 hour');
  });

  it('speaks durations in Chinese', () => {
    expect(formatDuration('zh-CN', 302_000)).toBe('5 分 2 秒');
    expect(formatDuration('zh-CN', 3_780_000)).toBe('1 小时 3 分');
    expect(spokenClock('zh-CN', 65_000)).toBe('1 分钟 5 秒');
    expect(spokenClock('zh-CN', 0)).toBe('0 秒');
  });
});

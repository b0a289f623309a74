import { describe, expect, it } from 'vitest';
import { parseRfc3339, rfc1123z, rfc3339, rfc3339Micro, unixDate } from './time.ts';

const T = Date.UTC(2026, 0, 8, 22, 17, 49, 750);

describe('rfc3339', () => {
  it('prints UTC with second precision, dropping milliseconds', () => {
    expect(rfc3339(T)).toBe('2026-01-08T22:17:49Z');
    expect(rfc3339(0)).toBe('1970-01-01T00:00:00Z');
    expect(rfc3339(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29T23:59:59Z');
  });

  it('floors instants before the epoch', () => {
    expect(rfc3339(-1)).toBe('1969-12-31T23:59:59Z');
  });

  it('rejects non-finite input', () => {
    expect(() => rfc3339(Number.NaN)).toThrow(RangeError);
  });
});

describe('rfc3339Micro (metav1.MicroTime)', () => {
  it('always prints six fractional digits', () => {
    expect(rfc3339Micro(T)).toBe('2026-01-08T22:17:49.750000Z');
    expect(rfc3339Micro(Date.UTC(2026, 0, 8))).toBe('2026-01-08T00:00:00.000000Z');
  });
});

describe('rfc1123z (kubectl describe)', () => {
  it('prints a zero-padded day and a numeric zone', () => {
    expect(rfc1123z(T)).toBe('Thu, 08 Jan 2026 22:17:49 +0000');
    expect(rfc1123z(Date.UTC(2024, 0, 1, 10))).toBe('Mon, 01 Jan 2024 10:00:00 +0000');
  });

  it('can print in another zone', () => {
    expect(rfc1123z(T, -300)).toBe('Thu, 08 Jan 2026 17:17:49 -0500');
    expect(rfc1123z(T, 330)).toBe('Fri, 09 Jan 2026 03:47:49 +0530');
  });
});

describe('unixDate (dig ;; WHEN:)', () => {
  it('matches strftime("%a %b %d %H:%M:%S %Z %Y") in UTC', () => {
    expect(unixDate(Date.UTC(2021, 9, 18, 8, 51, 50))).toBe('Mon Oct 18 08:51:50 UTC 2021');
    expect(unixDate(T)).toBe('Thu Jan 08 22:17:49 UTC 2026');
  });
});

describe('parseRfc3339', () => {
  it('round-trips rfc3339', () => {
    expect(parseRfc3339(rfc3339(T))).toBe(Date.UTC(2026, 0, 8, 22, 17, 49));
  });

  it('accepts fractions and offsets', () => {
    expect(parseRfc3339('2026-01-08T22:17:49.5Z')).toBe(Date.UTC(2026, 0, 8, 22, 17, 49, 500));
    expect(parseRfc3339('2026-01-08T17:17:49-05:00')).toBe(Date.UTC(2026, 0, 8, 22, 17, 49));
  });

  it('rejects anything else', () => {
    expect(() => parseRfc3339('2026-01-08 22:17:49')).toThrow(RangeError);
  });
});

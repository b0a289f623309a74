import { describe, expect, it } from 'vitest';
import {
  addQuantity,
  canonicalQuantity,
  milliValue,
  parseQuantity,
  quantityString,
  quantityValue,
} from './quantity.ts';

describe('resource quantities', () => {
  it('prints the canonical form kubectl shows', () => {
    const cases: [string, string][] = [
      ['1Mi', '1Mi'],
      ['1024Ki', '1Mi'],
      ['1536Ki', '1536Ki'],
      ['0.5Gi', '512Mi'],
      ['512', '512'],
      ['1000M', '1G'],
      ['1500M', '1500M'],
      ['0.1', '100m'],
      ['100m', '100m'],
      ['4', '4'],
      ['16374584Ki', '16374584Ki'],
      ['1e3', '1e3'],
      ['0', '0'],
    ];
    for (const [text, want] of cases) expect(canonicalQuantity(text), text).toBe(want);
    expect(canonicalQuantity('bogus')).toBe('bogus');
  });

  it('adds quantities and converts them to milli and whole units (rounding up)', () => {
    const sum = addQuantity(parseQuantity('250m')!, parseQuantity('1')!);
    expect(quantityString(sum)).toBe('1250m');
    expect(milliValue(sum)).toBe(1250);
    expect(quantityValue(sum)).toBe(2);
    expect(quantityValue(parseQuantity('1Ki')!)).toBe(1024);
  });
});

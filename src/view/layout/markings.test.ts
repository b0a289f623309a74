import { describe, expect, it } from 'vitest';
import { CATTLE_MARKINGS, COATS, coatIndex, hash32, markingsFor } from './markings.ts';

describe('cow markings', () => {
  it('are a pure function of set name and ordinal', () => {
    expect(markingsFor('web', 1)).toEqual(markingsFor('web', 1));
    expect(hash32('web/1')).toBe(hash32('web/1'));
  });

  it('give consecutive ordinals different coats and different spots', () => {
    for (let i = 0; i < 20; i++) {
      expect(coatIndex('web', i)).not.toBe(coatIndex('web', i + 1));
      expect(markingsFor('web', i).spots).not.toEqual(markingsFor('web', i + 1).spots);
    }
  });

  it('differ between sets for the same ordinal', () => {
    expect(markingsFor('web', 0)).not.toEqual(markingsFor('kubia', 0));
  });

  it('keep spots inside the body box', () => {
    for (let i = 0; i < 50; i++) {
      const m = markingsFor('web', i);
      expect(m.spots.length).toBeGreaterThanOrEqual(2);
      for (const s of m.spots) {
        expect(s.cx).toBeGreaterThan(0);
        expect(s.cx).toBeLessThan(1);
        expect(s.cy).toBeGreaterThan(0);
        expect(s.cy).toBeLessThan(1);
      }
      expect(COATS).toContain(m.coat);
    }
  });

  it('leave anonymous cattle plain and identical', () => {
    expect(CATTLE_MARKINGS.named).toBe(false);
    expect(CATTLE_MARKINGS.spots).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LESSONS } from './catalog.ts';
import { COURSE_INDEX, courseEntry } from './course-index.ts';

describe('course index', () => {
  it('lists every lesson of the catalog, in order, with its title, summary and step count', () => {
    expect(COURSE_INDEX).toEqual(
      LESSONS.map((l) => ({ id: l.id, number: l.number, title: l.title, summary: l.summary, steps: l.steps.length })),
    );
  });

  it('finds entries by id, and nothing for an unknown one', () => {
    expect(courseEntry('node-failure')?.number).toBe(9);
    expect(courseEntry('nope')).toBeUndefined();
    expect(courseEntry('__proto__')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { withLangParam } from './langParam.ts';

describe('withLangParam', () => {
  it('sets ?lang= and keeps every other parameter in its place', () => {
    expect(withLangParam('', 'zh-CN')).toBe('?lang=zh-CN');
    expect(withLangParam('?preset=kubia&lang=en&motion=off', 'zh-CN')).toBe('?preset=kubia&lang=zh-CN&motion=off');
    expect(withLangParam('?view=table', 'en')).toBe('?view=table&lang=en');
  });
});

import { describe, expect, it } from 'vitest';
import { parseParams } from './params.ts';

describe('page parameters', () => {
  it('reads motion, theme, preset, view and side-by-side', () => {
    expect(parseParams('?motion=off&theme=dark&preset=kubia&view=table&side=1')).toEqual({
      lang: 'en',
      motion: 'off',
      theme: 'dark',
      preset: 'kubia',
      tableView: true,
      sideBySide: true,
    });
    expect(parseParams('?side=0&view=picture')).toEqual({ lang: 'en', sideBySide: false, tableView: false });
  });

  it('takes the language from ?lang=, else from the browser, else English', () => {
    expect(parseParams('?lang=zh').lang).toBe('zh-CN');
    expect(parseParams('?lang=en', ['zh-CN']).lang).toBe('en');
    expect(parseParams('', ['fr-FR', 'zh-TW']).lang).toBe('zh-CN');
    expect(parseParams('?lang=klingon', ['fr']).lang).toBe('en');
  });

  it('ignores what it does not know', () => {
    expect(parseParams('')).toEqual({ lang: 'en' });
    expect(parseParams('?motion=fast&theme=blue&preset=nope&view=3d')).toEqual({ lang: 'en' });
  });
});

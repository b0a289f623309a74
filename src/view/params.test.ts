import { describe, expect, it } from 'vitest';
import { parseParams } from './params.ts';

describe('page parameters', () => {
  it('reads motion, theme, preset, view and side-by-side', () => {
    expect(parseParams('?motion=off&theme=dark&preset=kubia&view=table&side=1')).toEqual({
      motion: 'off',
      theme: 'dark',
      preset: 'kubia',
      tableView: true,
      sideBySide: true,
    });
    expect(parseParams('?side=0&view=picture')).toEqual({ sideBySide: false, tableView: false });
  });

  it('ignores what it does not know', () => {
    expect(parseParams('')).toEqual({});
    expect(parseParams('?motion=fast&theme=blue&preset=nope&view=3d')).toEqual({});
  });
});

// The size check must catch what it exists for: a heavy module imported statically by the entry.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_KB, firstLoad, staticImports } from './size.ts';

/** Random text: gzip shrinks it only to about ¾, so its size stands in for a big minified module. */
function incompressible(kB: number): string {
  return `export const blob=${JSON.stringify(randomBytes(kB * 768).toString('base64'))};\n`;
}

function fakeDist(entry: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><head><script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script></head>`,
  );
  writeFileSync(join(dir, 'assets', 'index-AAAAAAAA.js'), entry);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), text);
  return dir;
}

const LOCALES = { 'en-BBBBBBBB.js': incompressible(2), 'zh-CN-CCCCCCCC.js': incompressible(3) };

describe('first-load size', () => {
  it('finds static imports and ignores dynamic ones', () => {
    expect(
      staticImports(
        'import{a as b,c}from"./x-1.js";import"./side.js";export{d}from"../y.js";const m=()=>import("./lazy.js");',
      ).sort(),
    ).toEqual(['../y.js', './side.js', './x-1.js']);
  });

  it('counts the entry, its static imports and the largest start locale, not dynamic chunks', () => {
    const dist = fakeDist('import{blob}from"./shared-DDDDDDDD.js";const e=()=>import("./editor-EEEEEEEE.js");', {
      'shared-DDDDDDDD.js': incompressible(40),
      'editor-EEEEEEEE.js': incompressible(300),
      'en-course-FFFFFFFF.js': incompressible(100),
      ...LOCALES,
    });
    const r = firstLoad(dist);
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.file, f.why])).toEqual([
      ['assets/index-AAAAAAAA.js', 'entry'],
      ['assets/shared-DDDDDDDD.js', 'static import'],
      ['assets/zh-CN-CCCCCCCC.js', 'start locale'],
    ]);
    expect(r.gzip / 1024).toBeLessThan(FIRST_LOAD_BUDGET_KB);
  });

  it('goes over the budget when a heavy module (say CodeMirror) is imported statically', () => {
    const dist = fakeDist('import{blob}from"./shared-DDDDDDDD.js";', {
      'shared-DDDDDDDD.js': 'import{x}from"./codemirror-GGGGGGGG.js";export const blob=1;',
      'codemirror-GGGGGGGG.js': incompressible(300),
      ...LOCALES,
    });
    const r = firstLoad(dist);
    expect(r.files.map((f) => f.file)).toContain('assets/codemirror-GGGGGGGG.js');
    expect(r.gzip / 1024).toBeGreaterThan(FIRST_LOAD_BUDGET_KB);
  });

  it('reports a missing locale chunk or entry file instead of counting nothing', () => {
    const r = firstLoad(fakeDist('import"./gone-HHHHHHHH.js";', {}));
    expect(r.problems).toEqual([
      'assets/gone-HHHHHHHH.js (static import) is missing from ' + r.problems[0]!.split(' from ')[1],
      expect.stringContaining('no locale chunk for en'),
      expect.stringContaining('no locale chunk for zh-CN'),
    ]);
  });
});

// The string tables: the same keys in every locale, no empty or placeholder text, the same
// {placeholders} on both sides, every key used somewhere in the code, and t() rendering.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales, TABLES } from './all.ts';
import { isLoaded, LANGS, loadLocale, msg, pickLang, placeholders, render, t, type MessageKey } from './index.ts';

beforeAll(registerAllLocales);

const en = TABLES.en;
const zh = TABLES['zh-CN'];
const keys = Object.keys(en) as MessageKey[];
const CJK = /[\u3400-\u9fff]/;

/**
 * Keys whose Chinese text may legitimately have no Chinese in it: names, punctuation, and
 * templates that only arrange other (translated) messages and kubectl's words.
 */
const NOT_TRANSLATED: readonly MessageKey[] = [
  'ui.languageName.en',
  'goal.describe.all',
  'updates.on-delete.title',
  'common.sentenceEnd',
  'reason.state.other',
  'reason.sentence',
  'label.pod.full',
  'label.service',
  'summary.node',
  'time.scrubber.separator',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('string tables', () => {
  it('have exactly the same keys in every locale', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it('have no empty, untranslated or unfinished strings', () => {
    for (const k of keys) {
      for (const lang of LANGS) {
        const s = TABLES[lang][k];
        expect(s.trim(), `${lang} ${k}`).not.toBe('');
        expect(s, `${lang} ${k}`).not.toMatch(/\bTODO\b|\bFIXME\b|\[\[/);
      }
      if (k !== 'ui.languageName.zh-CN') expect(en[k], `en ${k} has Chinese in it`).not.toMatch(CJK);
      if (!NOT_TRANSLATED.includes(k) && k !== 'common.listSeparator')
        expect(zh[k], `zh-CN ${k} has no Chinese in it`).toMatch(CJK);
    }
  });

  it('use the same placeholders in every locale', () => {
    for (const k of keys) expect(placeholders(zh[k]).sort(), k).toEqual(placeholders(en[k]).sort());
  });

  it('have every key in use somewhere in the code', () => {
    const root = join(import.meta.dirname, '..');
    const tables = join(root, 'i18n');
    const code = sourceFiles(root)
      .filter((f) => !relative(tables, f).startsWith('strings') && !/i18n[\\/](en|zh-CN)\.ts$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = keys.filter((k) => !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});

describe('t', () => {
  it('fills placeholders, nested messages and lists, in the language asked for', () => {
    expect(t('en', 'goal.pod.missing', { pod: 'web-2' })).toBe('web-2 doesn’t exist (yet).');
    expect(t('zh-CN', 'goal.pod.missing', { pod: 'web-2' })).toBe('web-2（还）不存在。');
    const nested = msg('goal.not.holds', { goal: msg('goal.describe.podExists', { pod: 'web-0' }) });
    expect(render('zh-CN', nested)).toBe('这一点不应该成立：web-0 存在。');
    const list = msg('goal.describe.all', {
      goals: [msg('goal.describe.podExists', { pod: 'a' }), msg('goal.describe.podAbsent', { pod: 'b' })],
    });
    expect(render('en', list)).toBe('a exists; b is gone');
    expect(render('zh-CN', list)).toBe('a 存在；b 已经消失');
  });

  it('leaves a missing parameter visible, and renders the pseudo-locale as keys', () => {
    expect(t('en', 'goal.pod.missing')).toBe('{pod} doesn’t exist (yet).');
    expect(t('pseudo', 'ui.lesson.next')).toBe('[[ui.lesson.next]]');
  });

  it('loads a locale on demand', async () => {
    expect(isLoaded('zh-CN')).toBe(true);
    const table = await loadLocale('zh-CN');
    expect(table['ui.lesson.next']).toBe('下一步');
  });
});

describe('pickLang', () => {
  it('prefers ?lang=, then the browser languages, then English', () => {
    expect(pickLang('?lang=zh-CN')).toBe('zh-CN');
    expect(pickLang('?lang=zh', ['en-US'])).toBe('zh-CN');
    expect(pickLang('?lang=en', ['zh-CN'])).toBe('en');
    expect(pickLang('?lang=fr', ['zh-Hans-CN', 'en'])).toBe('zh-CN');
    expect(pickLang('', ['de-DE', 'en-GB'])).toBe('en');
    expect(pickLang('', ['de-DE'])).toBe('en');
  });
});

// Translations: typed message keys, one string table per locale, `t(lang, key, params)`.
// Tables are loaded on demand (`loadLocale`), so a page carries only the active locale's text;
// headless code and tests can register both at once with `./all.ts`.
import { fill, type Message, type ParamValue } from './format.ts';
import { LANGS, type DisplayLang, type Lang, type MessageKey, type Messages } from './types.ts';

export { msg, placeholders, withParams, type Message, type ParamValue } from './format.ts';
export { LANGS, type DisplayLang, type Lang, type MessageKey, type Messages, type Translation } from './types.ts';

const tables: Partial<Record<Lang, Partial<Messages>>> = {};
const courses = new Set<Lang>();

/** Makes (part of) a locale's table available to `t`. */
export function registerLocale(lang: Lang, table: Partial<Messages>): void {
  tables[lang] = { ...tables[lang], ...table };
}

/** Whether the locale's shell strings are loaded (the course's come with `loadCourseText`). */
export function isLoaded(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

/**
 * Loads a locale's shell table (a separate chunk in the browser build) and registers it. Once the
 * page has shown course text in one language, switching brings the new language's course text too.
 */
export async function loadLocale(lang: Lang): Promise<Partial<Messages>> {
  await loadShell(lang);
  if (courses.size > 0 && !courses.has(lang)) await loadCourseText(lang);
  return tables[lang]!;
}

async function loadShell(lang: Lang): Promise<void> {
  if (!isLoaded(lang))
    registerLocale(lang, lang === 'zh-CN' ? (await import('./zh-CN.ts')).zhCN : (await import('./en.ts')).en);
}

/** Registers a locale's course text (lesson narrations, questions, goals). */
export function registerCourse(lang: Lang, table: Partial<Messages>): void {
  registerLocale(lang, table);
  courses.add(lang);
}

/**
 * Makes the course's text (lesson narrations, questions, goals) available in a language: a chunk
 * of its own, fetched only when a lesson is about to be shown. Call it before showing a lesson.
 */
export async function loadCourseText(lang: Lang): Promise<void> {
  if (courses.has(lang)) return;
  const [course] = await Promise.all([
    lang === 'zh-CN'
      ? import('./zh-CN-course.ts').then((m) => m.zhCNCourse)
      : import('./en-course.ts').then((m) => m.enCourse),
    loadShell(lang),
  ]);
  registerCourse(lang, course);
}

/**
 * The text of a message in a language. Placeholders `{name}` are filled from `params`; a param
 * that is itself a message is rendered in the same language. With the `pseudo` language, or a
 * locale that was never loaded, the result is `[[key]]`, so the gap is visible.
 * @example t('zh-CN', 'goal.pod.missing', { pod: 'web-2' }) // 'web-2（还）不存在。'
 */
export function t(lang: DisplayLang, key: MessageKey, params?: Readonly<Record<string, ParamValue>>): string {
  if (lang === 'pseudo') return `[[${key}]]`;
  const table = tables[lang];
  const template = table?.[key];
  if (template === undefined) return `[[${key}]]`;
  return fill(template, params, (m) => render(lang, m), table?.['common.listSeparator'] ?? '; ');
}

/** `t` for a message value. */
export function render(lang: DisplayLang, m: Message): string {
  return t(lang, m.key, m.params);
}

/**
 * The language a page should start in: `?lang=` if it names a supported locale (`zh`, `zh-CN`,
 * `zh-Hans`… all mean zh-CN), else the first browser language we support, else English.
 */
export function pickLang(search: string, browserLanguages: readonly string[] = []): Lang {
  const asked = new URLSearchParams(search).get('lang');
  const fromUrl = asked ? matchLang(asked) : undefined;
  if (fromUrl) return fromUrl;
  for (const l of browserLanguages) {
    const m = matchLang(l);
    if (m) return m;
  }
  return 'en';
}

function matchLang(tag: string): Lang | undefined {
  const lower = tag.trim().toLowerCase();
  // Simplified Chinese is the only Chinese we ship; it serves every zh-* reader better than English.
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return LANGS.find((l) => l.toLowerCase() === lower);
}

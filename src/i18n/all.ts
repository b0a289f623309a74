// Every locale at once, registered synchronously: for Node (tests, the CLI, headless lesson
// runs). The browser loads one locale with `loadLocale` instead.
import { en } from './en.ts';
import { enCourse } from './en-course.ts';
import { registerCourse, registerLocale } from './index.ts';
import { LANGS, type Lang, type Messages } from './types.ts';
import { zhCN } from './zh-CN.ts';
import { zhCNCourse } from './zh-CN-course.ts';

/** Each locale's whole table: the shell's strings and the course's. */
export const TABLES: Readonly<Record<Lang, Messages>> = {
  en: { ...en, ...enCourse },
  'zh-CN': { ...zhCN, ...zhCNCourse },
};

export function registerAllLocales(): void {
  for (const lang of LANGS) {
    registerLocale(lang, TABLES[lang]);
    registerCourse(lang, TABLES[lang]);
  }
}

// Every locale at once, registered synchronously: for Node (tests, the CLI, headless lesson
// runs). The browser loads one locale with `loadLocale` instead.
import { en } from './en.ts';
import { registerLocale } from './index.ts';
import type { Lang, Messages } from './types.ts';
import { zhCN } from './zh-CN.ts';

export const TABLES: Readonly<Record<Lang, Messages>> = { en, 'zh-CN': zhCN };

export function registerAllLocales(): void {
  registerLocale('en', en);
  registerLocale('zh-CN', zhCN);
}

// Keeping `?lang=` in the address in step with the language switch, so a copied link opens in
// the language the student chose; every other parameter stays as it was.
import type { Lang } from '../i18n/index.ts';

/** `search` with `lang` set to `lang`, every other parameter kept as it was. */
export function withLangParam(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}

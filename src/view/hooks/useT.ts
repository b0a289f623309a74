// Text in the page's language: `const t = useT(); t('ui.lesson.next')`. Re-renders when the
// language changes; the table itself was loaded before the switch (`lab.setLang`).
import { useCallback } from 'react';
import { t as translate, type Lang, type MessageKey, type ParamValue } from '../../i18n/index.ts';
import { useLabState } from './lab.ts';

export type T = (key: MessageKey, params?: Readonly<Record<string, ParamValue>>) => string;

export function useT(): T {
  const lang = useLabState((s) => s.lang);
  return useCallback<T>((key, params) => translate(lang, key, params), [lang]);
}

export function useLang(): Lang {
  return useLabState((s) => s.lang);
}

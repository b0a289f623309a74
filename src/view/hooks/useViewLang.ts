// The language for views that also work on their own, outside a lab (the DNS panel, the
// controller's reasoning, the cluster picture: embeds and tests render them with just a world).
// An explicit `lang` prop wins; else one set around the view (ViewLangContext); else the lab's
// language when there is a lab; else English.
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { t as translate, type DisplayLang, type MessageKey, type ParamValue } from '../../i18n/index.ts';
import { LabContext } from './lab.ts';
import type { T } from './useT.ts';

const noSubscription = () => () => {};

/** Set by a view given an explicit `lang` (the picture), for the parts drawn inside it. */
export const ViewLangContext = createContext<DisplayLang | undefined>(undefined);

export function useViewLang(explicit?: DisplayLang): DisplayLang {
  const inherited = useContext(ViewLangContext);
  const lab = useContext(LabContext);
  const fromLab = useSyncExternalStore(
    lab ? lab.store.subscribe : noSubscription,
    () => lab?.store.getState().lang,
    () => lab?.store.getState().lang,
  );
  return explicit ?? inherited ?? fromLab ?? 'en';
}

/** `useT` for such views: text in `useViewLang(explicit)`. */
export function useViewT(explicit?: DisplayLang): T {
  const lang = useViewLang(explicit);
  return useCallback<T>(
    (key: MessageKey, params?: Readonly<Record<string, ParamValue>>) => translate(lang, key, params),
    [lang],
  );
}

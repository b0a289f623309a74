// The visible language switch: each language named in itself, so a reader finds theirs.
import { useId } from 'react';
import { LANGS, type Lang } from '../../i18n/index.ts';
import { LANGUAGE_NAME, LESSON_UI } from '../../lessons/ui-keys.ts';
import { useLab, useLabState } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';

export function LanguageSwitch() {
  const lab = useLab();
  const t = useT();
  const id = useId();
  const lang = useLabState((s) => s.lang);
  const switchTo = async (l: Lang) => {
    await lab.setLang(l);
    // The choice survives a reload (and a shared link): `?lang=` wins over the browser's.
    const q = new URLSearchParams(location.search);
    q.set('lang', l);
    history.replaceState(history.state, '', `${location.pathname}?${q.toString()}${location.hash}`);
  };
  return (
    <>
      <label className="sr-only" htmlFor={`${id}-lang`}>
        {t(LESSON_UI.language)}
      </label>
      <select
        id={`${id}-lang`}
        value={lang}
        onChange={(e) => void switchTo(e.target.value as Lang)}
        data-testid="lang"
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(LANGUAGE_NAME[l])}
          </option>
        ))}
      </select>
    </>
  );
}

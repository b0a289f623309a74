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
  return (
    <>
      <label className="sr-only" htmlFor={`${id}-lang`}>
        {t(LESSON_UI.language)}
      </label>
      <select
        id={`${id}-lang`}
        value={lang}
        onChange={(e) => void lab.setLang(e.target.value as Lang)}
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

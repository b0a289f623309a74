// The visible language switch: one button naming the other language in that language (中文 /
// English), the way bilingual sites do, so a reader who can't read this page still finds theirs.
import { LANGS, type Lang } from '../../i18n/index.ts';
import { LANGUAGE_NAME, LESSON_UI } from '../../lessons/ui-keys.ts';
import { useLab, useLabState } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';

export function LanguageSwitch() {
  const lab = useLab();
  const t = useT();
  const lang = useLabState((s) => s.lang);
  const other = LANGS.find((l) => l !== lang) ?? 'en';
  const switchTo = async (l: Lang) => {
    await lab.setLang(l);
    // The choice survives a reload (and a shared link): `?lang=` wins over the browser's.
    const q = new URLSearchParams(location.search);
    q.set('lang', l);
    history.replaceState(history.state, '', `${location.pathname}?${q.toString()}${location.hash}`);
  };
  return (
    <button
      type="button"
      className="btn lang-switch"
      lang={other}
      title={t(LESSON_UI.language)}
      onClick={() => void switchTo(other)}
      data-testid="lang"
    >
      {t(LANGUAGE_NAME[other])}
    </button>
  );
}

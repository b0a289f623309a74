// The visible language switch: English / 中文. Each button names its language in that language
// (so a reader who cannot read the current one still finds theirs), switches the lab (loading the
// table first) and keeps `?lang=` in the address in step, so a copied link opens in the same language.
import { LANGS, type Lang } from '../i18n/index.ts';
import { LANGUAGE_NAME } from '../lessons/ui-keys.ts';
import { useLab, useLabState } from '../view/hooks/lab.ts';
import { useT } from '../view/hooks/useT.ts';
import { withLangParam } from './langParam.ts';
import './i18n.css';

export function LanguageSwitch() {
  const lab = useLab();
  const t = useT();
  const lang = useLabState((s) => s.lang);
  const choose = (next: Lang) => {
    if (next === lang) return;
    void lab.setLang(next);
    const url = new URL(window.location.href);
    url.search = withLangParam(url.search, next);
    window.history.replaceState(window.history.state, '', url);
  };
  return (
    <div className="segmented lang-switch" role="group" aria-label={t('ui.language')} data-testid="lang.switch">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => choose(l)}
          data-testid={`lang.${l}`}
        >
          {t(LANGUAGE_NAME[l])}
        </button>
      ))}
    </div>
  );
}

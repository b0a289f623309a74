import { useId } from 'react';
import type { Motion } from '../store/lab.ts';
import { PRESET_IDS, type PresetId } from '../store/presets.ts';
import { useLab, useLabState } from '../view/hooks/lab.ts';
import { Icon } from '../view/Icon.tsx';
import { EditorButton } from '../view/editor/EditorButton.tsx';
import type { MessageKey } from '../i18n/index.ts';
import { useT } from '../view/hooks/useT.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LicensesLink } from '../view/LicensesLink.tsx';
import { ClassroomTools } from '../view/present/ClassroomTools.tsx';
import { CourseButton } from '../view/lesson/CourseButton.tsx';

const PRESET_LABELS: Record<PresetId, MessageKey> = {
  empty: 'app.preset.empty',
  web: 'app.preset.web',
  kubia: 'app.preset.kubia',
  'cattle-vs-cows': 'app.preset.cattleVsCows',
};

const MOTION_LABELS: Record<Motion, MessageKey> = {
  full: 'app.motion.full',
  reduced: 'app.motion.reduced',
  off: 'app.motion.off',
};

function Shortcuts() {
  const t = useT();
  return (
    <details className="shortcuts">
      <summary data-testid="keys">{t('app.keys')}</summary>
      <div className="shortcuts-body">
        <table>
          <caption className="sr-only">{t('app.keys.caption')}</caption>
          <tbody>
            <tr>
              <th scope="row">
                <kbd>Space</kbd> {t('app.keys.or')} <kbd>K</kbd>
              </th>
              <td>{t('app.keys.playPause')}</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>→</kbd> {t('app.keys.or')} <kbd>PageDown</kbd>
              </th>
              <td>{t('app.keys.step')}</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>←</kbd> {t('app.keys.or')} <kbd>PageUp</kbd>
              </th>
              <td>{t('app.keys.back')}</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>Shift</kbd>+<kbd>→</kbd>
              </th>
              <td>{t('app.keys.skip')}</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>Tab</kbd> {t('app.keys.inTerminal')}
              </th>
              <td>{t('app.keys.complete')}</td>
            </tr>
          </tbody>
        </table>
        <p>{t('app.keys.terminalKeeps')}</p>
        <p>
          <LicensesLink />
        </p>
      </div>
    </details>
  );
}

/** Title, scenario picker and the page's settings. */
export function Header() {
  const lab = useLab();
  const t = useT();
  const id = useId();
  const preset = useLabState((s) => s.preset);
  const theme = useLabState((s) => s.theme);
  const motion = useLabState((s) => s.motion);
  const tableView = useLabState((s) => s.tableView);
  const sideBySide = useLabState((s) => s.sideBySide);
  return (
    <header className="app-header">
      <h1>
        <span className="logo">
          <Icon name="helm" size={22} />
        </span>
        {t('app.title')}
      </h1>
      <div className="header-controls">
        <CourseButton />
        <label className="field" htmlFor={`${id}-preset`}>
          {t('app.scenario')}
        </label>
        <select
          id={`${id}-preset`}
          value={preset}
          data-testid="preset"
          onChange={(e) => lab.loadPreset(e.target.value as PresetId)}
        >
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {t(PRESET_LABELS[p])}
            </option>
          ))}
        </select>
        <div className="segmented" role="group" aria-label={t('app.view')}>
          <button type="button" aria-pressed={!tableView} onClick={() => lab.setTableView(false)}>
            {t('app.view.picture')}
          </button>
          <button
            type="button"
            aria-pressed={tableView}
            onClick={() => lab.setTableView(true)}
            data-testid="view.table"
          >
            {t('app.view.table')}
          </button>
        </div>
        <button
          type="button"
          className="toggle"
          aria-pressed={sideBySide}
          onClick={() => lab.setSideBySide(!sideBySide)}
          data-testid="view.side-by-side"
        >
          {t('app.view.sideBySide')}
        </button>
        <label className="sr-only" htmlFor={`${id}-motion`}>
          {t('app.motion')}
        </label>
        <select id={`${id}-motion`} value={motion} onChange={(e) => lab.setMotion(e.target.value as Motion)}>
          {(Object.keys(MOTION_LABELS) as Motion[]).map((m) => (
            <option key={m} value={m}>
              {t(MOTION_LABELS[m])}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="toggle"
          aria-pressed={theme === 'dark'}
          onClick={() => lab.setTheme(theme === 'dark' ? 'light' : 'dark')}
          data-testid="theme"
        >
          <Icon name={theme === 'dark' ? 'moon' : 'sun'} />
          {t('app.theme.dark')}
        </button>
        <EditorButton />
        <LanguageSwitch />
        <Shortcuts />
        <ClassroomTools />
      </div>
    </header>
  );
}

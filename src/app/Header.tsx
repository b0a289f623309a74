import { useId } from 'react';
import type { Motion } from '../store/lab.ts';
import { PRESET_IDS, type PresetId } from '../store/presets.ts';
import { useLab, useLabState } from '../view/hooks/lab.ts';
import { Icon } from '../view/Icon.tsx';
import { CourseButton } from '../view/lesson/CourseButton.tsx';
import { LanguageSwitch } from '../view/lesson/LanguageSwitch.tsx';

const PRESET_LABELS: Record<PresetId, string> = {
  empty: 'Empty cluster',
  web: 'Tutorial: web',
  kubia: 'Book: kubia',
  'cattle-vs-cows': 'Cattle vs cows',
};

const MOTION_LABELS: Record<Motion, string> = { full: 'Motion: full', reduced: 'Motion: reduced', off: 'Motion: off' };

function Shortcuts() {
  return (
    <details className="shortcuts">
      <summary>Keys</summary>
      <div className="shortcuts-body">
        <table>
          <caption className="sr-only">Keyboard shortcuts</caption>
          <tbody>
            <tr>
              <th scope="row">
                <kbd>Space</kbd> or <kbd>K</kbd>
              </th>
              <td>Play or pause</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>→</kbd> or <kbd>PageDown</kbd>
              </th>
              <td>Step to the next change</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>←</kbd> or <kbd>PageUp</kbd>
              </th>
              <td>Step back</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>Shift</kbd>+<kbd>→</kbd>
              </th>
              <td>Skip to the next interesting moment</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>Tab</kbd> in the terminal
              </th>
              <td>Complete a command or name</td>
            </tr>
          </tbody>
        </table>
        <p>Keys typed into the terminal stay there.</p>
      </div>
    </details>
  );
}

/** Title, scenario picker and the page's settings. */
export function Header() {
  const lab = useLab();
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
        StatefulSet Lab
      </h1>
      <div className="header-controls">
        <CourseButton />
        <label className="field" htmlFor={`${id}-preset`}>
          Scenario
        </label>
        <select
          id={`${id}-preset`}
          value={preset}
          data-testid="preset"
          onChange={(e) => lab.loadPreset(e.target.value as PresetId)}
        >
          {PRESET_IDS.map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
        </select>
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={!tableView} onClick={() => lab.setTableView(false)}>
            Picture
          </button>
          <button
            type="button"
            aria-pressed={tableView}
            onClick={() => lab.setTableView(true)}
            data-testid="view.table"
          >
            Table
          </button>
        </div>
        <button
          type="button"
          className="toggle"
          aria-pressed={sideBySide}
          onClick={() => lab.setSideBySide(!sideBySide)}
          data-testid="view.side-by-side"
        >
          Side by side
        </button>
        <label className="sr-only" htmlFor={`${id}-motion`}>
          Motion
        </label>
        <select id={`${id}-motion`} value={motion} onChange={(e) => lab.setMotion(e.target.value as Motion)}>
          {(Object.keys(MOTION_LABELS) as Motion[]).map((m) => (
            <option key={m} value={m}>
              {MOTION_LABELS[m]}
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
          Dark
        </button>
        <LanguageSwitch />
        <Shortcuts />
      </div>
    </header>
  );
}

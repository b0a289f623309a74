// Settings a page can start with from its URL: `?motion=off` (deterministic tests and slow
// machines), `?theme=dark`, `?preset=kubia`, `?view=table`, `?side=1`, `?lang=zh-CN` (else the
// browser's languages). Unknown values are ignored.
import type { LabInit, Motion, Theme } from '../store/lab.ts';
import { pickLang } from '../i18n/index.ts';
import { PRESET_IDS, type PresetId } from '../store/presets.ts';

export interface PageParams extends LabInit {
  preset?: PresetId;
}

const MOTIONS: readonly Motion[] = ['full', 'reduced', 'off'];
const THEMES: readonly Theme[] = ['light', 'dark'];

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

function flag(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  return ['', '1', 'true', 'on', 'yes'].includes(value.toLowerCase());
}

export function parseParams(search: string, browserLanguages: readonly string[] = []): PageParams {
  const q = new URLSearchParams(search);
  const out: PageParams = { lang: pickLang(search, browserLanguages) };
  const motion = pick(q.get('motion'), MOTIONS);
  if (motion) out.motion = motion;
  const theme = pick(q.get('theme'), THEMES);
  if (theme) out.theme = theme;
  const preset = pick(q.get('preset'), PRESET_IDS);
  if (preset) out.preset = preset;
  const view = q.get('view');
  if (view === 'table' || view === 'picture') out.tableView = view === 'table';
  const side = flag(q.get('side'));
  if (side !== undefined) out.sideBySide = side;
  return out;
}

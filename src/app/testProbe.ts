// A read-only window onto the lab for the browser soak test (e2e/soak.spec.ts), installed only
// when the URL asks for it (`?test=1`). It hands out copies: nothing on it can change the lab.
import { checkWorld, forcedAny, type InvariantReport } from '../sim/checks.ts';
import type { Lab } from '../store/lab.ts';

export interface LabProbe {
  cursor: number;
  head: number;
  version: number;
  playing: boolean;
  preset: string;
  commands: number;
  /** Did any typed command force a deletion (so duplicates are allowed)? */
  forced: boolean;
  invariants: InvariantReport;
}

declare global {
  interface Window {
    __labProbe?: () => LabProbe;
  }
}

export function installTestProbe(lab: Lab, search: string): void {
  if (typeof window === 'undefined' || new URLSearchParams(search).get('test') !== '1') return;
  let since = 0;
  let lastPreset = lab.store.getState().preset;
  window.__labProbe = () => {
    const s = lab.store.getState();
    // Forcing only matters within the current preset's timeline.
    if (s.preset !== lastPreset) {
      lastPreset = s.preset;
      since = s.history.length;
    }
    return structuredClone({
      cursor: s.cursor,
      head: s.head,
      version: s.version,
      playing: s.playing,
      preset: s.preset,
      commands: s.history.length,
      forced: forcedAny(s.history.slice(since)),
      invariants: checkWorld(lab.worldNow()),
    });
  };
}

// The app's one store (vanilla Zustand): projections of the timeline plus UI-only state. The
// timeline is the single writer of cluster truth; components read the world at the cursor
// through `worldNow()` and re-render on `version`.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { World } from '../sim/engine/world.ts';
import { Timeline, type TimelineEntry } from '../timeline/timeline.ts';
import { executorLoaded, executorReady, loadExecutor } from '../timeline/executor.ts';
import { isLoaded, loadLocale, t, type Lang, type MessageKey, type ParamValue } from '../i18n/index.ts';
import { PRESETS, type PresetId } from './presets.ts';

export type Motion = 'full' | 'reduced' | 'off';
export type Theme = 'light' | 'dark';
export type SelectionKind =
  'Pod' | 'Node' | 'StatefulSet' | 'ReplicaSet' | 'PersistentVolumeClaim' | 'PersistentVolume' | 'Service';

export interface Selection {
  kind: SelectionKind;
  name: string;
}

export interface LabState {
  /** Bumped on every change of the timeline or cursor: subscribe to it to redraw. */
  version: number;
  cursor: number;
  head: number;
  playing: boolean;
  /** Virtual seconds per wall second. */
  speed: number;
  preset: PresetId;
  /** Terminal shows entries with an id above this (after `clear`). */
  clearedThrough: number;
  history: string[];
  selection: Selection | null;
  announcement: string;
  theme: Theme;
  motion: Motion;
  /** The language every text is shown in; its string table is loaded (see `setLang`). */
  lang: Lang;
  /** The ReplicaSet and the StatefulSet shown in two halves under the same actions. */
  sideBySide: boolean;
  /** The table (text alternative) shown instead of the picture. */
  tableView: boolean;
  /**
   * A skip being shown as a time-lapse: the cursor runs from `from` to `to` quickly, so a long
   * wait visibly compresses. The view's playback loop moves the cursor and ends it.
   */
  fastForward: FastForward | null;
}

export interface FastForward {
  from: number;
  to: number;
}

/** UI settings a page can start with (from its URL, say) instead of the OS preferences. */
export interface LabInit {
  lang?: Lang;
  theme?: Theme;
  motion?: Motion;
  sideBySide?: boolean;
  tableView?: boolean;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

export interface Lab {
  store: StoreApi<LabState>;
  /**
   * Resolves once commands run synchronously. In the browser the command executor arrives after
   * the first paint (src/timeline/executor.ts); commands given before that (the preset's, an early
   * Enter) run in order as soon as it does.
   */
  ready: Promise<void>;
  timeline: () => Timeline;
  worldNow: () => World;
  entries: () => TimelineEntry[];
  /** Runs a command line; `files` are saved first (the editor saves its text, then applies it). */
  runCommand: (line: string, files?: Readonly<Record<string, string>>) => TimelineEntry | undefined;
  loadPreset: (id: PresetId) => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: number) => void;
  /** Advances by wall-clock milliseconds at the current speed (the playback loop calls this). */
  tick: (wallMs: number) => void;
  advance: (seconds: number) => void;
  seek: (ms: number) => void;
  stepForward: () => void;
  stepBack: () => void;
  skipToNextInteresting: () => void;
  select: (s: Selection | null) => void;
  setTheme: (t: Theme) => void;
  /** Loads the language's string table (a chunk of its own) if needed, then switches to it. */
  setLang: (l: Lang) => Promise<void>;
  /**
   * Makes another timeline the lab's (a lesson's, a permalink's): the picture, terminal and time
   * controls follow it from now on. Calling it again with the same timeline just redraws.
   */
  adopt: (t: Timeline) => void;
  setMotion: (m: Motion) => void;
  announce: (text: string) => void;
  setSideBySide: (on: boolean) => void;
  setTableView: (on: boolean) => void;
  /**
   * Skips to the next interesting moment; when nothing interesting comes, the cursor stays. With
   * `animate`, a skip of more than `minAnimatedMs` leaves the cursor where it was and sets
   * `fastForward` for the view to play as a time-lapse.
   */
  skipAhead: (animate: boolean, minAnimatedMs?: number) => void;
  /** Steps to the next change; when none comes, the cursor stays (unlike `stepForward`). */
  stepAhead: () => void;
  /** Moves a time-lapse's cursor to `fraction` (0–1) of the way; at 1 it ends. */
  fastForwardTo: (fraction: number) => void;
  /** Ends a time-lapse: the cursor lands on its target. */
  finishFastForward: () => void;
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Builds a lab around a fresh timeline for the given preset. */
export function createLab(preset: PresetId = 'empty', init: LabInit = {}): Lab {
  // Work waiting for the executor, run in order once it is in (none in Node: it is always there).
  const waiting: (() => void)[] = [];
  // A preset's own commands wait for the page to fetch the executor after its first paint (so the
  // download never competes with that paint); a line someone gives asks for it at once.
  const whenReady = (work: () => void, fetchNow = true) => {
    waiting.push(work);
    if (fetchNow) void loadExecutor();
  };
  // Moving time before the preset's commands have run would move it over an empty cluster (and
  // run the preset later, in the future): such a move waits for them, like a typed line does.
  const queued = (move: () => void): boolean => {
    if (waiting.length === 0) return false;
    whenReady(move);
    return true;
  };
  const buildTimeline = (id: PresetId): Timeline => {
    const p = PRESETS[id];
    const t = new Timeline(p.options);
    const build = () => p.commands.forEach((c) => t.run(c));
    if (executorLoaded() && waiting.length === 0) build();
    else
      whenReady(() => {
        build();
        if (t === timeline) sync();
      }, false);
    return t;
  };
  let timeline = buildTimeline(preset);
  const store = createStore<LabState>()(() => ({
    version: 0,
    cursor: timeline.cursor,
    head: timeline.head,
    playing: false,
    speed: 1,
    preset,
    clearedThrough: 0,
    history: [],
    selection: null,
    announcement: '',
    lang: init.lang ?? 'en',
    theme: init.theme ?? (prefersDark() ? 'dark' : 'light'),
    motion: init.motion ?? (prefersReducedMotion() ? 'reduced' : 'full'),
    sideBySide: init.sideBySide ?? false,
    tableView: init.tableView ?? false,
    fastForward: null,
  }));

  /** An announcement in the lab's language. */
  const say = (key: MessageKey, params?: Readonly<Record<string, ParamValue>>) => t(store.getState().lang, key, params);
  const sync = (extra: Partial<LabState> = {}) =>
    store.setState((s) => ({ version: s.version + 1, cursor: timeline.cursor, head: timeline.head, ...extra }));

  const ready = executorLoaded()
    ? Promise.resolve()
    : executorReady().then(() => {
        for (const work of waiting.splice(0)) work();
      });

  const lab: Lab = {
    store,
    ready,
    timeline: () => timeline,
    worldNow: () => timeline.world(),
    entries: () => timeline.entries.filter((e) => e.id > store.getState().clearedThrough),
    runCommand: (raw, files) => {
      const line = raw.trim();
      if (!line) return undefined;
      if (!executorLoaded() || waiting.length > 0) {
        whenReady(() => lab.runCommand(line, files));
        return undefined;
      }
      lab.finishFastForward();
      const history = [...store.getState().history, line];
      if (line === 'clear' || line === 'cls') {
        sync({ history, clearedThrough: timeline.entries.at(-1)?.id ?? 0, announcement: say('announce.cleared') });
        return undefined;
      }
      const entry = timeline.run(line, files);
      sync({ history, announcement: say(...describe(entry)) });
      return entry;
    },
    loadPreset: (id) => {
      timeline = buildTimeline(id);
      sync({
        preset: id,
        playing: false,
        fastForward: null,
        selection: null,
        clearedThrough: 0,
        announcement: say('announce.preset', { preset: id }),
      });
    },
    play: () => {
      lab.finishFastForward();
      store.setState({ playing: true, announcement: say('announce.playing') });
    },
    pause: () => store.setState({ playing: false, announcement: say('announce.paused') }),
    togglePlay: () => (store.getState().playing ? lab.pause() : lab.play()),
    setSpeed: (speed) => store.setState({ speed, announcement: say('announce.speed', { speed }) }),
    tick: (wallMs) => {
      const { playing, speed, fastForward } = store.getState();
      // While a time-lapse plays, it owns the clock (fastForwardTo moves it).
      if (!playing || wallMs <= 0 || fastForward || waiting.length > 0) return;
      timeline.advance(Math.round(wallMs * speed));
      sync();
    },
    advance: (seconds) => {
      if (queued(() => lab.advance(seconds))) return;
      // From the end of any time-lapse: finishing it later would jump the cursor back.
      lab.finishFastForward();
      timeline.advance(seconds * 1000);
      sync({ announcement: say('announce.advanced', { n: seconds }) });
    },
    seek: (ms) => {
      timeline.seek(ms);
      sync(store.getState().fastForward ? { fastForward: null } : {});
    },
    stepForward: () => {
      if (queued(lab.stepForward)) return;
      lab.finishFastForward();
      timeline.stepForward(false);
      sync();
    },
    stepBack: () => {
      if (queued(lab.stepBack)) return;
      lab.finishFastForward();
      timeline.stepBack(false);
      sync();
    },
    skipToNextInteresting: () => {
      if (queued(lab.skipToNextInteresting)) return;
      lab.finishFastForward();
      const from = timeline.cursor;
      const found = timeline.stepForward(true);
      const skipped = Math.round((timeline.cursor - from) / 1000);
      sync({ announcement: found ? say('announce.skipped', { n: skipped }) : say('announce.quietHour') });
    },
    select: (selection) => store.setState({ selection }),
    setTheme: (theme) => store.setState({ theme }),
    setLang: async (lang) => {
      if (!isLoaded(lang)) await loadLocale(lang);
      store.setState({ lang });
    },
    adopt: (t) => {
      if (t === timeline) return sync();
      timeline = t;
      sync({ playing: false, fastForward: null, selection: null, clearedThrough: 0 });
    },
    setMotion: (motion) => store.setState({ motion }),
    announce: (announcement) => store.setState({ announcement }),
    setSideBySide: (sideBySide) => store.setState({ sideBySide }),
    setTableView: (tableView) => store.setState({ tableView }),
    skipAhead: (animate, minAnimatedMs = 2000) => {
      if (queued(() => lab.skipAhead(animate, minAnimatedMs))) return;
      lab.finishFastForward();
      const from = timeline.cursor;
      if (!timeline.stepForward(true)) {
        // Nothing within the timeline's horizon: stay put rather than land an hour later.
        timeline.seek(from);
        sync({ announcement: say('announce.settled') });
        return;
      }
      const to = timeline.cursor;
      sync({ announcement: say('announce.skipped', { n: Math.round((to - from) / 1000) }) });
      if (animate && to - from > minAnimatedMs) {
        timeline.seek(from);
        sync({ fastForward: { from, to } });
      }
    },
    stepAhead: () => {
      if (queued(lab.stepAhead)) return;
      lab.finishFastForward();
      const from = timeline.cursor;
      if (!timeline.stepForward(false)) {
        timeline.seek(from);
        sync({ announcement: say('announce.settled') });
        return;
      }
      sync();
    },
    fastForwardTo: (fraction) => {
      const ff = store.getState().fastForward;
      if (!ff) return;
      if (fraction >= 1) return lab.finishFastForward();
      timeline.seek(ff.from + (ff.to - ff.from) * Math.max(0, fraction));
      sync();
    },
    finishFastForward: () => {
      const ff = store.getState().fastForward;
      if (!ff) return;
      timeline.seek(ff.to);
      sync({ fastForward: null });
    },
  };
  return lab;
}

/** What a command's announcement says: failed (with kubectl's first error line) or how much it printed. */
function describe(e: TimelineEntry): [MessageKey, Record<string, string | number>] {
  if (e.exitCode !== 0) return ['announce.failed', { command: e.line, error: e.stderr.trim().split('\n')[0] ?? '' }];
  const lines = e.stdout.trimEnd() === '' ? 0 : e.stdout.trimEnd().split('\n').length;
  return [lines === 1 ? 'announce.done.one' : 'announce.done.other', { command: e.line, n: lines }];
}

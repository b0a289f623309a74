// UI-facing state for the first page: terminal transcript, command history, read-only cluster
// snapshots and the virtual clock. The session (src/commands) is the single writer of cluster state;
// this store only keeps what it printed. No React here, so it is testable in Node.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createSession, type CommandSession } from '../commands/index.ts';

/** One command as the terminal shows it: the echoed line, then stdout, then stderr. */
export interface TranscriptEntry {
  id: number;
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** One read-only `kubectl get` shown in the cluster panel. */
export interface ClusterSection {
  title: string;
  command: string;
  output: string;
  failed: boolean;
}

export interface AppState {
  transcript: TranscriptEntry[];
  /** Commands typed by the user, oldest first (for ArrowUp/ArrowDown). */
  history: string[];
  cluster: ClusterSection[];
  /** Virtual time in seconds, copied from `session.now` after every action. */
  now: number;
  /** Short sentence for the polite live region. */
  announcement: string;
  runCommand: (line: string) => void;
  advance: (seconds: number) => void;
  clearTerminal: () => void;
}

/** Read-only commands that describe the cluster after every change. */
export const CLUSTER_QUERIES: readonly { title: string; command: string }[] = [
  { title: 'Nodes', command: 'kubectl get nodes' },
  { title: 'StatefulSets', command: 'kubectl get sts' },
  { title: 'Pods', command: 'kubectl get pods -o wide' },
  { title: 'PersistentVolumeClaims', command: 'kubectl get pvc' },
  { title: 'Services', command: 'kubectl get svc' },
];

/** Commands handled by the terminal itself rather than the session. */
const CLEAR_COMMANDS = new Set(['clear', 'cls']);

function snapshotCluster(session: CommandSession): ClusterSection[] {
  return CLUSTER_QUERIES.map(({ title, command }) => {
    const r = session.run(command);
    return { title, command, output: (r.stdout + r.stderr).trimEnd(), failed: r.exitCode !== 0 };
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n', 1)[0] ?? '';
}

function describeResult(entry: TranscriptEntry): string {
  if (entry.exitCode !== 0) {
    const err = firstLine(entry.stderr) || `exit status ${entry.exitCode}`;
    return `${entry.command}: failed. Error: ${err}`;
  }
  const lines = entry.stdout.trimEnd() === '' ? 0 : entry.stdout.trimEnd().split('\n').length;
  return `${entry.command}: done, ${lines} ${lines === 1 ? 'line' : 'lines'} of output.`;
}

/**
 * Creates the app store around a session.
 * @param session the command session; tests pass their own.
 */
export function createAppStore(session: CommandSession = createSession()): StoreApi<AppState> {
  let nextId = 1;
  return createStore<AppState>()((set, get) => ({
    transcript: [],
    history: [],
    cluster: snapshotCluster(session),
    now: session.now,
    announcement: '',

    runCommand: (raw) => {
      const line = raw.trim();
      if (line === '') return;
      const history = [...get().history, line];
      if (CLEAR_COMMANDS.has(line)) {
        set({ transcript: [], history, announcement: 'Terminal cleared.' });
        return;
      }
      const r = session.run(line);
      const entry: TranscriptEntry = { id: nextId++, command: line, ...r };
      set({
        transcript: [...get().transcript, entry],
        history,
        cluster: snapshotCluster(session),
        now: session.now,
        announcement: describeResult(entry),
      });
    },

    advance: (seconds) => {
      session.advance(seconds);
      set({
        cluster: snapshotCluster(session),
        now: session.now,
        announcement: `Advanced ${seconds} seconds. Clock at ${formatClock(session.now)}.`,
      });
    },

    clearTerminal: () => set({ transcript: [], announcement: 'Terminal cleared.' }),
  }));
}

/** Formats virtual seconds as `1m05s`-style text, like kubectl's AGE column. */
export function formatClock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m${String(rest).padStart(2, '0')}s`;
  if (m > 0) return `${m}m${String(rest).padStart(2, '0')}s`;
  return `${rest}s`;
}

/** The app's single store. */
export const appStore = createAppStore();

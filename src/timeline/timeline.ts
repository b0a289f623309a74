// The timeline: every command with the virtual time it ran at, checkpoints of the world as time
// passes, and markers for the moments worth stopping at. The cursor can be anywhere between 0 and
// the head (the furthest the simulation has run); acting at a past moment forks the timeline.
// Because the engine is deterministic and insensitive to how time is stepped, a world at any
// instant is a checkpoint plus a plain advance.
import type { CommandResult, Session, SessionOptions } from '../commands/session.ts';
import type { Change } from '../sim/engine/cluster.ts';
import type { World } from '../sim/engine/world.ts';
import { Simulator } from '../sim/simulator.ts';
import { newSession } from './executor.ts';
import { INTERESTING, MarkerTracker, type Marker } from './markers.ts';
import { restoreSnapshot, snapshot, type Snapshot } from './snapshot.ts';

export interface TimelineEntry extends CommandResult {
  id: number;
  /** Virtual ms when the command started and when it returned (waits take time). */
  at: number;
  end: number;
  line: string;
  /**
   * Files saved just before the command ran (the editor saves its text, then runs
   * `kubectl apply -f NAME`). They stay readable by later commands, like files on disk.
   */
  files?: Readonly<Record<string, string>>;
}

/** What reproduces one entry: the command, when it ran, and any files saved for it. */
export interface TimelineInput {
  at: number;
  line: string;
  files?: Readonly<Record<string, string>>;
}

interface Stored {
  at: number;
  snapshot: Snapshot;
}

/** Time passing without a checkpoint for longer than this gets one. */
const CHECKPOINT_EVERY_MS = 30_000;
/** `step` looks this far ahead for the next change before giving up. */
const STEP_HORIZON_MS = 3_600_000;

export type { Marker };

export class Timeline {
  readonly options: SessionOptions;
  /** The world it started from when not a fresh cluster (an imported one), as JSON. */
  private readonly startJson: string | undefined;
  private readonly sim: Simulator;
  /** Made on the first command (the executor may still be loading until then; see executor.ts). */
  private session: Session | undefined;
  entries: TimelineEntry[] = [];
  markers: Marker[] = [];
  private checkpoints: Stored[] = [];
  private nextId = 1;
  private cursorMs = 0;
  /** Virtual ms it starts at: 0 for a fresh cluster, a given world's own time otherwise. */
  readonly origin: number;
  private cache: { at: number; world: World } | undefined;
  private tracker = new MarkerTracker();
  /** A command is running and has not had its checkpoint yet. */
  private commandPending = false;
  /** Files saved for the command that is running. */
  private pendingFiles: Readonly<Record<string, string>> | undefined;

  /** A fresh cluster from `options`, or, given `start`, that world (which is copied, not kept). */
  constructor(options: SessionOptions = {}, start?: World) {
    this.options = options;
    this.startJson = start === undefined ? undefined : JSON.stringify(start);
    this.sim = new Simulator(this.startJson === undefined ? options : (JSON.parse(this.startJson) as World));
    this.origin = this.sim.world.now;
    this.cursorMs = this.origin;
    this.tracker.reset(this.sim.world);
    this.attach();
    this.store();
  }

  /** Virtual ms of the furthest simulated instant. */
  get head(): number {
    return this.sim.world.now;
  }

  get cursor(): number {
    return this.cursorMs;
  }

  get atHead(): boolean {
    return this.cursorMs >= this.head;
  }

  /** The world at the cursor. Do not mutate it. */
  world(): World {
    return this.worldAt(this.cursorMs);
  }

  worldAt(t: number): World {
    if (t >= this.head) return this.sim.world;
    if (this.cache?.at === t) return this.cache.world;
    let best: Stored | undefined;
    for (const c of this.checkpoints) if (c.at <= t) best = c;
    const sim = new Simulator(restoreSnapshot(best!.snapshot));
    sim.cluster.advanceTo(t);
    this.cache = { at: t, world: sim.world };
    return sim.world;
  }

  /** The world this timeline started from, when it is not a fresh cluster (a copy). */
  startWorld(): World | undefined {
    return this.startJson === undefined ? undefined : (JSON.parse(this.startJson) as World);
  }

  /**
   * Runs a command at the cursor (forking the timeline there when it is in the past), with `files`
   * saved first: the command and every later one read them (the newest save of a name wins).
   */
  run(line: string, files?: Readonly<Record<string, string>>): TimelineEntry {
    if (!this.atHead) this.fork();
    const at = this.head;
    this.commandPending = true;
    // Files saved by earlier entries come first, then the options' own reader, then the examples.
    const readFile = (p: string) => this.savedFile(p) ?? this.options.readFile?.(p);
    this.session ??= newSession(this.sim, { ...this.options, readFile });
    this.pendingFiles = files;
    let r: CommandResult;
    try {
      r = this.session.run(line);
    } finally {
      this.pendingFiles = undefined;
    }
    this.commandPending = false;
    const entry: TimelineEntry = { id: this.nextId++, at, end: this.head, line, ...r };
    if (files) entry.files = { ...files };
    this.entries.push(entry);
    this.store();
    this.cursorMs = this.head;
    return entry;
  }

  /** Moves the cursor forward, simulating further when it passes the head. */
  advance(ms: number): void {
    const target = this.cursorMs + ms;
    if (target > this.head) {
      this.sim.cluster.advanceTo(target);
    }
    this.cursorMs = target;
  }

  seek(t: number): void {
    this.cursorMs = Math.max(this.origin, Math.min(this.head, Math.round(t)));
  }

  /**
   * Jumps to the next marker — any visible change, or only an interesting one — simulating ahead
   * when the timeline has none yet. Returns false when nothing happens within the horizon.
   */
  stepForward(onlyInteresting = false): boolean {
    const wanted = (m: Marker) => m.at > this.cursorMs && (!onlyInteresting || INTERESTING.has(m.what));
    const next = this.markers.find(wanted);
    if (next) {
      this.cursorMs = next.at;
      return true;
    }
    this.cursorMs = this.head;
    const c = this.sim.cluster;
    const found = c.advanceUntil(() => this.markers.some(wanted), STEP_HORIZON_MS);
    this.cursorMs = found ? this.markers.find(wanted)!.at : this.head;
    return found;
  }

  stepBack(onlyInteresting = false): void {
    const prev = [...this.markers]
      .reverse()
      .find((m) => m.at < this.cursorMs && (!onlyInteresting || INTERESTING.has(m.what)));
    this.cursorMs = prev ? prev.at : this.origin;
  }

  /** Drops everything after the cursor and continues from there. */
  fork(): void {
    const t = this.cursorMs;
    const world = structuredClone(this.worldAt(t));
    this.sim.cluster.world = world;
    this.entries = this.entries.filter((e) => e.at < t || (e.at === t && e.end <= t));
    this.markers = this.markers.filter((m) => m.at <= t);
    this.checkpoints = this.checkpoints.filter((c) => c.at <= t);
    this.cache = undefined;
    this.tracker.reset(world);
    this.store();
  }

  /** Inputs that reproduce this timeline in a fresh one (for permalinks), with the files saved. */
  inputs(): TimelineInput[] {
    return this.entries.map((e) => (e.files ? { at: e.at, line: e.line, files: e.files } : { at: e.at, line: e.line }));
  }

  /** Rebuilds a timeline by replaying inputs at their times (from `start` when it began from a given world). */
  static replay(options: SessionOptions, inputs: TimelineInput[], cursor?: number, start?: World): Timeline {
    const t = new Timeline(options, start);
    for (const i of inputs) {
      if (i.at > t.head) t.advance(i.at - t.cursor);
      t.run(i.line, i.files);
    }
    if (cursor !== undefined) {
      if (cursor > t.head) t.advance(cursor - t.cursor);
      else t.seek(cursor);
    }
    return t;
  }

  /** The newest content saved under `path`: by the running command, else by the latest entry. */
  private savedFile(path: string): string | undefined {
    const pending = this.pendingFiles?.[path];
    if (pending !== undefined) return pending;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const f = this.entries[i]!.files?.[path];
      if (f !== undefined) return f;
    }
    return undefined;
  }

  private store(): void {
    const w = this.sim.world;
    const last = this.checkpoints.at(-1);
    const snap = snapshot(w, last?.snapshot);
    if (last && last.at === w.now) last.snapshot = snap;
    else this.checkpoints.push({ at: w.now, snapshot: snap });
  }

  private attach(): void {
    const c = this.sim.cluster;
    c.observer = (phase) => {
      const last = this.checkpoints.at(-1);
      // A command's own changes must be checkpointed before its time passes (a later seek replays
      // only time, never commands); otherwise one checkpoint per 30 virtual seconds is enough —
      // playback calls advanceTo every frame, and a checkpoint per frame filled the heap.
      if ((phase === 'start' && this.commandPending) || !last || c.now - last.at >= CHECKPOINT_EVERY_MS) {
        this.store();
        if (phase === 'start') this.commandPending = false;
      }
    };
    c.watch((ch: Change) => {
      const m = this.tracker.observe(ch);
      if (m) this.markers.push(m);
    });
  }
}

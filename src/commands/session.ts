// A terminal session: one simulator, one command executor. The CLI, the in-app terminal, lessons
// and embeds all run commands through `Session.run`, so they print and behave identically.
import { Simulator } from '../sim/simulator.ts';
import { checkpoint, restore } from '../sim/engine/checkpoint.ts';
import type { WorldOptions, World } from '../sim/engine/world.ts';
import { exampleFor } from '../examples/index.ts';
import type { CommandContext } from './context.ts';
import { tokenize } from './tokenize.ts';
import { kubectl } from './kubectl/index.ts';
import { simVerb } from './simverbs.ts';
import { digCommand, nslookupCommand } from './kubectl/dns.ts';
import { curlCommand } from './kubectl/proxy.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface SessionOptions extends WorldOptions {
  /** Reads a file the user names (the CLI reads beside the script); built-in examples come after. */
  readFile?: (path: string) => string | undefined;
}

const MAX_TIMEOUT_S = 24 * 3600;

export class Session {
  readonly sim: Simulator;
  private readonly userFiles: (path: string) => string | undefined;
  /** `kubectl proxy` running in the background (it serves until the session ends). */
  proxy = false;

  /** A fresh cluster from options, or a saved World (with the files the user may name). */
  constructor(options: SessionOptions | World = {}, files: Pick<SessionOptions, 'readFile'> = {}) {
    this.sim = new Simulator(options);
    this.userFiles = ('schema' in options ? files.readFile : (options.readFile ?? files.readFile)) ?? (() => undefined);
  }

  get now(): number {
    return this.sim.world.now / 1000;
  }

  advance(seconds: number): void {
    this.sim.advance(seconds);
  }

  /** Runs one command line. Bad input leaves the cluster exactly as it was. */
  run(line: string): CommandResult {
    let stdout = '';
    let stderr = '';
    const ctx: CommandContext = {
      sim: this.sim,
      readFile: (p) => this.userFiles(p) ?? exampleFor(p),
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
    };
    // The world is plain JSON: its serialised form is the cheapest checkpoint to roll back to.
    // Only commands that write objects need one; reads, and waits whose time has really
    // passed even when they time out, never roll back.
    const before = writesObjects(line) ? checkpoint(this.sim.world) : undefined;
    let code: number;
    try {
      code = this.dispatch(ctx, line);
      // Controllers react to what the command changed before anyone looks again.
      this.sim.cluster.settle();
    } catch (e) {
      stderr += `error: internal simulator error: ${e instanceof Error ? e.message : String(e)}\n`;
      code = 1;
    }
    if (before !== undefined && code !== 0 && code !== 124 && this.unchangedOnFailure)
      this.sim.cluster.world = restore(before);
    this.unchangedOnFailure = true;
    return { stdout, stderr, exitCode: code };
  }

  /** Set by commands whose failure still changed the world (a partly successful delete). */
  private unchangedOnFailure = true;
  private lastKept = false;
  /** Whether the last command failed but kept what it had done (see `keepChanges`). */
  get lastRunKeptChanges(): boolean {
    return this.lastKept;
  }
  keepChanges(): void {
    this.unchangedOnFailure = false;
  }

  private dispatch(ctx: CommandContext, line: string): number {
    const t = tokenize(line.trim());
    if (!t.ok) {
      ctx.err(`error: ${t.error}\n`);
      return 2;
    }
    let words = t.words;
    if (!words.length || words[0]!.startsWith('#')) return 0;
    if (words[0] === 'timeout') {
      const n = Number(words[1]?.replace(/s$/, ''));
      if (!words[1] || !Number.isFinite(n) || n < 0 || n > MAX_TIMEOUT_S) {
        ctx.err(`timeout: invalid time interval '${words[1] ?? ''}'\n`);
        return 125;
      }
      ctx.timeout = n;
      words = words.slice(2);
      if (!words.length) {
        ctx.err('timeout: missing operand\n');
        return 125;
      }
    }
    const [cmd, ...rest] = words;
    switch (cmd) {
      case 'kubectl':
      case 'k':
        return kubectl(ctx, rest, this);
      case 'sleep':
        return sleep(ctx, rest);
      case 'sim':
        return simVerb(ctx, rest);
      case 'dig':
        return digCommand(ctx, rest);
      case 'nslookup':
        return nslookupCommand(ctx, rest);
      case 'curl':
        return curlCommand(ctx, rest, this.proxy);
      default:
        ctx.err(`${cmd}: command not found\n`);
        return 127;
    }
  }
}

const WRITING_VERBS = new Set([
  'apply',
  'create',
  'delete',
  'scale',
  'patch',
  'cordon',
  'uncordon',
  'taint',
  'exec',
  'set',
  'proxy',
]);

/** Whether a command line may write API objects or files (and so must be undone on failure). */
export function writesObjects(line: string): boolean {
  const t = tokenize(line.trim());
  if (!t.ok) return false;
  let w = t.words;
  if (w[0] === 'timeout') w = w.slice(2);
  if (w[0] === 'kubectl' || w[0] === 'k') return WRITING_VERBS.has(w[1] ?? '');
  if (w[0] === 'sim') return w[1] !== 'status';
  if (w[0] === 'curl') return w.some((x) => x === '-X' || x === '-d' || x === '--data');
  return false;
}

function sleep(ctx: CommandContext, words: string[]): number {
  const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(words[0] ?? '');
  if (!m || words.length !== 1) {
    ctx.err(words.length ? `sleep: invalid time interval '${words[0]}'\n` : 'sleep: missing operand\n');
    return 1;
  }
  const seconds = Number(m[1]) * (m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : 1);
  if (seconds > MAX_TIMEOUT_S) {
    ctx.err(`sleep: at most ${MAX_TIMEOUT_S} seconds in the simulator\n`);
    return 1;
  }
  ctx.sim.advance(seconds);
  return 0;
}

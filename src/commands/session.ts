// A terminal session: one simulator, one command executor. The CLI, the in-app terminal, lessons
// and embeds all run commands through `Session.run`, so they print and behave identically.
import { Simulator } from '../sim/simulator.ts';
import { checkpoint, restore, unchangedSince } from '../sim/engine/checkpoint.ts';
import type { WorldOptions, World } from '../sim/engine/world.ts';
import { exampleFor } from '../examples/index.ts';
import type { CommandContext } from './context.ts';
import { tokenize } from './tokenize.ts';
import { findVerb, kubectl } from './kubectl/index.ts';
import { simVerb } from './simverbs.ts';
import { digCommand, nslookupCommand } from './kubectl/dns.ts';
import { curlCommand } from './kubectl/proxy.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Both streams of one command interleaved in the order they were written, as a terminal shows them. */
export type OrderedOutput = { stream: 'stdout' | 'stderr'; text: string }[];

export interface SessionOptions extends WorldOptions {
  /** Reads a file the user names (the CLI reads beside the script); built-in examples come after. */
  readFile?: (path: string) => string | undefined;
}

const MAX_TIMEOUT_S = 24 * 3600;

export class Session {
  readonly sim: Simulator;
  private readonly userFiles: (path: string) => string | undefined;
  /** The last command's output with stdout and stderr in the order they were written. */
  lastOutput: OrderedOutput = [];
  /** `kubectl proxy` running in the background (it serves until the session ends). */
  proxy = false;

  /** A fresh cluster from options, or a saved World (with the files the user may name). */
  constructor(options: SessionOptions | World = {}, files: Pick<SessionOptions, 'readFile'> = {}, sim?: Simulator) {
    this.sim = sim ?? new Simulator(options);
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
    const output: OrderedOutput = [];
    this.lastOutput = output;
    let stderr = '';
    const ctx: CommandContext = {
      sim: this.sim,
      readFile: (p) => this.userFiles(p) ?? exampleFor(p),
      out: (t) => {
        stdout += t;
        output.push({ stream: 'stdout', text: t });
      },
      err: (t) => {
        stderr += t;
        output.push({ stream: 'stderr', text: t });
      },
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
      const text = `error: internal simulator error: ${e instanceof Error ? e.message : String(e)}\n`;
      stderr += text;
      output.push({ stream: 'stderr', text });
      code = 1;
    }
    this.lastKept = before !== undefined && code !== 0 && code !== 124 && !this.unchangedOnFailure;
    // Most failures (a pod that is not there, a bad flag) wrote nothing: checking that is cheaper than a restore.
    if (
      before !== undefined &&
      code !== 0 &&
      code !== 124 &&
      this.unchangedOnFailure &&
      !unchangedSince(before, this.sim.world)
    )
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
      ctx.err(`sh: ${t.error}\n`);
      return 2;
    }
    let words = t.words;
    if (!words.length || words[0]!.startsWith('#')) return 0;
    // GNU coreutils `timeout DURATION COMMAND…` (nested ones keep the shortest).
    while (words[0] === 'timeout') {
      const r = parseTimeout(words.slice(1));
      if (typeof r === 'string') {
        ctx.err(r);
        return 125;
      }
      if (r.seconds > 0) ctx.timeout = Math.min(ctx.timeout ?? Infinity, r.seconds);
      words = r.command;
      if (!KNOWN_COMMANDS.includes(words[0]!)) {
        ctx.err(`timeout: failed to run command '${words[0]}': No such file or directory\n`);
        return 127;
      }
    }
    const [cmd, ...rest] = words as [string, ...string[]];
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
        ctx.err(`sh: ${cmd}: command not found\n`);
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
  while (w[0] === 'timeout') {
    const r = parseTimeout(w.slice(1));
    if (typeof r === 'string') return false;
    w = r.command;
  }
  if (w[0] === 'kubectl' || w[0] === 'k') return WRITING_VERBS.has(kubectlVerb(w.slice(1)) ?? '');
  if (w[0] === 'sim') return w[1] !== 'status';
  if (w[0] === 'curl') return w.some((x) => x === '-X' || x === '-d' || x === '--data');
  return false;
}

/** The verb of `kubectl [flags] VERB …` (flags may come first, as cobra allows). */
function kubectlVerb(words: string[]): string | undefined {
  const at = findVerb(words);
  return at < 0 ? undefined : words[at];
}

const KNOWN_COMMANDS = ['kubectl', 'k', 'sleep', 'sim', 'dig', 'nslookup', 'curl', 'timeout'];

const TIME_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** A GNU sleep/timeout interval: a decimal number with an optional s, m, h or d suffix. */
function interval(text: string): number | undefined {
  const m = /^(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?([smhd]?)$/.exec(text);
  if (!m) return undefined;
  const n = Number(text.slice(0, text.length - m[2]!.length)) * TIME_UNITS[m[2]!]!;
  return Number.isFinite(n) ? n : undefined;
}

/** `timeout DURATION COMMAND…`: the seconds (0 = no limit) and the command, or GNU's complaint. */
function parseTimeout(words: string[]): { seconds: number; command: string[] } | string {
  const TRY = "Try 'timeout --help' for more information.\n";
  const [d, ...command] = words;
  if (d === undefined) return `timeout: missing operand\n${TRY}`;
  if (d.startsWith('-') && d.length > 1) {
    if (/^(-[skv]|--(signal|kill-after|preserve-status|foreground|verbose)(=|$))/.test(d))
      return `timeout: (simulator: timeout's options are not simulated; use timeout DURATION COMMAND)\n`;
    const opt = d.startsWith('--') ? `unrecognized option '${d}'` : `invalid option -- '${d[1]}'`;
    return `timeout: ${opt}\n${TRY}`;
  }
  const seconds = interval(d);
  if (seconds === undefined) return `timeout: invalid time interval '${d}'\n${TRY}`;
  if (seconds > MAX_TIMEOUT_S) return `timeout: (simulator: at most ${MAX_TIMEOUT_S} seconds)\n`;
  if (!command.length) return `timeout: missing operand after '${d}'\n${TRY}`;
  return { seconds, command };
}

/** GNU `sleep NUMBER[SUFFIX]…` (the intervals add up); under `timeout`, stopped at its limit. */
function sleep(ctx: CommandContext, words: string[]): number {
  const TRY = "Try 'sleep --help' for more information.\n";
  if (!words.length) {
    ctx.err(`sleep: missing operand\n${TRY}`);
    return 1;
  }
  let seconds = 0;
  for (const w of words) {
    if (w.startsWith('-') && w.length > 1) {
      ctx.err(`sleep: ${w.startsWith('--') ? `unrecognized option '${w}'` : `invalid option -- '${w[1]}'`}\n${TRY}`);
      return 1;
    }
    const n = interval(w);
    if (n === undefined) {
      ctx.err(`sleep: invalid time interval '${w}'\n${TRY}`);
      return 1;
    }
    seconds += n;
  }
  if (seconds > MAX_TIMEOUT_S) {
    ctx.err(`sleep: (simulator: at most ${MAX_TIMEOUT_S} seconds at a time)\n`);
    return 1;
  }
  if (ctx.timeout !== undefined && ctx.timeout < seconds) {
    ctx.sim.advance(ctx.timeout);
    return 124;
  }
  ctx.sim.advance(seconds);
  return 0;
}

// What every command implementation receives: the simulator, the files it may read, and the
// two output streams. Implementations write kubectl's exact text and return an exit status.
import type { Simulator } from '../sim/simulator.ts';

export interface CommandContext {
  sim: Simulator;
  /** Reads a manifest by path (relative to the script, then built-in examples). */
  readFile: (path: string) => string | undefined;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The `timeout N` in front of the command, in seconds, if any. */
  timeout?: number;
}

export type Handler = (ctx: CommandContext, words: string[]) => number;

/** Prints kubectl's usage error for a command and returns its exit status. */
export function usageError(ctx: CommandContext, message: string, command: string): number {
  ctx.err(`error: ${message}\nSee '${command} -h' for help and examples\n`);
  return 1;
}

// Public surface of the command layer: one parser and executor shared by the CLI, the in-app
// terminal, lessons and embeds. (Stub: the real executor lands with the engine.)
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface SessionOptions {
  seed?: number;
  nodes?: number;
  storage?: 'dynamic' | 'manual';
  mode?: 'modern';
}

export interface Session {
  /** Runs one command line (`kubectl …`, `sleep N`, `sim …`, `dig …`). */
  run(line: string): CommandResult;
  /** Advances virtual time by `seconds`, running controllers, kubelets and timers. */
  advance(seconds: number): void;
  /** Current virtual time in seconds since the cluster was created. */
  readonly now: number;
}

export function createSession(_options: SessionOptions = {}): Session {
  let now = 0;
  return {
    run: (line) => ({ stdout: '', stderr: `error: not implemented yet: ${line}\n`, exitCode: 1 }),
    advance: (s) => {
      now += s;
    },
    get now() {
      return now;
    },
  };
}

// Where timelines get their command executor. The executor (kubectl's verbs, printers, output
// formats, the YAML parser and validation) is most of the app's code, and the picture, the clock
// and the time controls need none of it, so the browser fetches it after the first paint
// (`loadExecutor`) while Node code (the CLI, tests, benchmarks) provides it synchronously.
// Either way there is one executor: `Session` in src/commands.
import type { Session, SessionOptions } from '../commands/session.ts';
import type { Simulator } from '../sim/simulator.ts';

/** Makes the session that runs a timeline's commands against the timeline's simulator. */
export type SessionMaker = (sim: Simulator, options: SessionOptions) => Session;

let maker: SessionMaker | undefined;
let loading: Promise<void> | undefined;
let announce: () => void = () => {};
const loaded = new Promise<void>((resolve) => (announce = resolve));

/** Makes the executor available synchronously (Node: `provideExecutor(sessionFor)`). */
export function provideExecutor(make: SessionMaker): void {
  maker = make;
  announce();
}

/** Resolves once the executor is available, whoever loads it. */
export function executorReady(): Promise<void> {
  return loaded;
}

export function executorLoaded(): boolean {
  return maker !== undefined;
}

/** Loads the executor (a chunk of its own in the browser build) once; resolves when commands can run. */
export function loadExecutor(): Promise<void> {
  if (maker) return Promise.resolve();
  return (loading ??= import('../commands/index.ts').then((m) => provideExecutor(m.sessionFor)));
}

export function newSession(sim: Simulator, options: SessionOptions): Session {
  if (!maker) throw new Error('StatefulSet Lab: commands ran before the executor was loaded (await loadExecutor())');
  return maker(sim, options);
}

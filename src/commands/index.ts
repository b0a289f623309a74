// Public surface of the command layer: one parser and executor shared by the CLI, the in-app
// terminal, lessons and embeds.
import { Session, type SessionOptions } from './session.ts';
import type { Simulator } from '../sim/simulator.ts';

export { Session };

/** What a front end needs of a session: run a command, move the clock, read the clock. */
export type CommandSession = Pick<Session, 'run' | 'advance' | 'now'>;
export type { CommandResult, SessionOptions } from './session.ts';

export function createSession(options: SessionOptions = {}): Session {
  return new Session(options);
}

/** A session that runs commands against an existing simulator (a timeline's; see timeline/executor.ts). */
export function sessionFor(sim: Simulator, options: SessionOptions): Session {
  return new Session(options, {}, sim);
}

// The embed's postMessage protocol, version 1. Every message is a plain object
// `{ protocol: 'statefulset-lab', version: 1, type, ... }`. The host sends commands; the lab sends
// events. Messages from the host are untrusted: `parseHostMessage` checks the shape and never
// throws; anything else is rejected with a reason the lab reports back as an `error` event.
// Documented in README.md ("Embedding").

export const PROTOCOL = 'statefulset-lab';
export const PROTOCOL_VERSION = 1;

const MAX_COMMAND = 2000;

// ---- host → lab ----

export type HostMessage =
  | { type: 'goto'; step: number; requestId?: string }
  | { type: 'run'; command: string; requestId?: string }
  | { type: 'play'; requestId?: string }
  | { type: 'pause'; requestId?: string }
  | { type: 'next'; requestId?: string }
  | { type: 'previous'; requestId?: string }
  | { type: 'reset'; requestId?: string };

export type HostMessageType = HostMessage['type'];
export const HOST_TYPES: readonly HostMessageType[] = ['goto', 'run', 'play', 'pause', 'next', 'previous', 'reset'];

/** Why a message was refused (stable codes; the `message` next to them is for people). */
export type Rejection =
  | 'not-an-object'
  | 'wrong-protocol'
  | 'unsupported-version'
  | 'unknown-type'
  | 'bad-step'
  | 'bad-command'
  | 'bad-request-id';

export type Parsed = { ok: true; msg: HostMessage } | { ok: false; error: Rejection };

/** Reads a message from the host, checking its shape. Foreign messages (other protocols) are `wrong-protocol`. */
export function parseHostMessage(data: unknown): Parsed {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'not-an-object' };
  const o = data as Record<string, unknown>;
  const get = (k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
  if (get('protocol') !== PROTOCOL) return { ok: false, error: 'wrong-protocol' };
  if (get('version') !== PROTOCOL_VERSION) return { ok: false, error: 'unsupported-version' };
  const type = get('type');
  if (typeof type !== 'string' || !(HOST_TYPES as readonly string[]).includes(type))
    return { ok: false, error: 'unknown-type' };
  const rid = get('requestId');
  if (rid !== undefined && (typeof rid !== 'string' || rid.length > 100)) return { ok: false, error: 'bad-request-id' };
  const requestId = rid === undefined ? {} : { requestId: rid };
  switch (type as HostMessageType) {
    case 'goto': {
      const step = get('step');
      if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0) return { ok: false, error: 'bad-step' };
      return { ok: true, msg: { type: 'goto', step, ...requestId } };
    }
    case 'run': {
      const command = get('command');
      if (
        typeof command !== 'string' ||
        command.trim() === '' ||
        command.length > MAX_COMMAND ||
        /[\r\n]/.test(command)
      )
        return { ok: false, error: 'bad-command' };
      return { ok: true, msg: { type: 'run', command, ...requestId } };
    }
    default:
      return { ok: true, msg: { type: type as 'play' | 'pause' | 'next' | 'previous' | 'reset', ...requestId } };
  }
}

// ---- lab → host ----

export interface PodSummary {
  name: string;
  /** What `kubectl get pods` prints in STATUS. */
  status: string;
  ready: boolean;
  node?: string;
}

export interface StateSummary {
  /** Virtual ms at the cursor, and the furthest simulated. */
  time: number;
  head: number;
  playing: boolean;
  pods: PodSummary[];
  /** The last command run at or before the cursor. */
  lastCommand?: string;
}

export interface Position {
  kind: 'lesson' | 'sandbox';
  lesson?: string;
  /** Lessons: 0-based step. Sandbox: virtual ms at the cursor. */
  step: number;
  stepCount?: number;
}

export type LabEvent =
  | ({ type: 'ready'; embedId?: string } & Position)
  | ({ type: 'step' } & Position)
  | { type: 'state'; state: StateSummary }
  | { type: 'resize'; height: number }
  | { type: 'error'; error: Rejection | 'command-failed'; message: string; requestId?: string }
  | { type: 'done'; requestId: string; exitCode?: number };

export type Envelope<T> = T & { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION };

export function envelope<T extends LabEvent>(e: T): Envelope<T> {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...e };
}

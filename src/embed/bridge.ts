// The embed's end of the postMessage protocol (src/embed/protocol.ts). It listens to the parent
// window only, and only to the allowed origins (`?origin=`, else the origin of the page that
// framed it, from document.referrer); it posts only to the parent and only with an explicit
// target origin — never '*', so the lab's state never leaks to a page that navigated the frame.
import { PROTOCOL, envelope, parseHostMessage, type HostMessage, type LabEvent, type Rejection } from './protocol.ts';
import type { StepPosition, Stepper } from './stepper.ts';

export interface BridgeWindow {
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

export interface BridgeActions {
  run(command: string): { exitCode: number } | undefined;
  play(): void;
  pause(): void;
  reset(): void;
}

export interface BridgeOptions {
  win: BridgeWindow;
  /** The parent as a value to compare `event.source` with (`window.parent`). */
  parent: unknown;
  /** `?origin=` (undefined when absent). */
  origins: string[] | undefined;
  /** `document.referrer`. */
  referrer: string;
  embedId?: string;
  stepper: Stepper;
  actions: BridgeActions;
  /** Subscribes to state changes worth a summary; returns the unsubscribe function. */
  onState: (cb: () => void) => () => void;
  /**
   * At most one `step` and one `state` event per this many ms (trailing), since the sandbox's
   * position moves every frame while time plays. 0 posts at once (tests).
   */
  throttleMs?: number;
  summary: () => import('./protocol.ts').StateSummary;
  /** Human text for a refusal (in the reader's language). */
  explain: (error: Rejection | 'command-failed') => string;
}

export interface Bridge {
  /** Origins the lab accepts messages from and posts to. */
  allowed: readonly string[];
  post(e: LabEvent): void;
  /** Handles one message event (exported for tests and the fuzzer). */
  receive(e: Pick<MessageEvent, 'data' | 'origin' | 'source'>): void;
  reportHeight(height: number): void;
  stop(): void;
}

function originOf(url: string): string | undefined {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? undefined : o;
  } catch {
    return undefined;
  }
}

export function allowedOrigins(origins: string[] | undefined, referrer: string): string[] {
  // '*' and 'null' are not origins one can trust or address; params.ts never lets them through,
  // and this makes sure nothing else does.
  if (origins) return origins.filter((o) => o !== '*' && o !== 'null');
  const r = originOf(referrer);
  return r ? [r] : [];
}

export function startBridge(o: BridgeOptions): Bridge {
  const allowed = allowedOrigins(o.origins, o.referrer);
  // Where events go: the origin that last spoke to us (allowed); before that, the framing page's
  // origin if it is allowed. A framing page known to be someone else hears nothing; one that sent
  // no referrer is addressed as the first allowed origin (the browser delivers it only if it is).
  const framer = originOf(o.referrer);
  let target: string | undefined = framer === undefined ? allowed[0] : allowed.includes(framer) ? framer : undefined;
  let lastHeight = -1;
  let lastState = '';

  const position = (p: StepPosition) => ({ kind: o.stepper.kind, ...p });

  const post = (e: LabEvent) => {
    if (!target || !o.win.parent || o.parent === o.win) return;
    o.win.parent.postMessage(envelope(e), target);
  };

  const refuse = (error: Rejection | 'command-failed', requestId?: string) =>
    post({ type: 'error', error, message: o.explain(error), ...(requestId ? { requestId } : {}) });

  const done = (msg: HostMessage, exitCode?: number) => {
    if (msg.requestId)
      post({ type: 'done', requestId: msg.requestId, ...(exitCode === undefined ? {} : { exitCode }) });
  };

  const apply = (msg: HostMessage) => {
    switch (msg.type) {
      case 'goto':
        o.stepper.goTo(msg.step);
        return done(msg);
      case 'next':
        o.stepper.next();
        return done(msg);
      case 'previous':
        o.stepper.previous();
        return done(msg);
      case 'run': {
        const r = o.actions.run(msg.command);
        if (r && r.exitCode !== 0) refuse('command-failed', msg.requestId);
        return done(msg, r?.exitCode);
      }
      case 'play':
        o.actions.play();
        return done(msg);
      case 'pause':
        o.actions.pause();
        return done(msg);
      case 'reset':
        o.actions.reset();
        return done(msg);
    }
  };

  const receive: Bridge['receive'] = (e) => {
    // Only the parent, only allowed origins; everything else is not for us and gets no answer.
    if (e.source !== o.parent || o.parent === o.win || !allowed.includes(e.origin)) return;
    const data: unknown = e.data;
    // Messages of other protocols (a host's own traffic, browser extensions) are not ours either.
    if (typeof data !== 'object' || data === null || (data as { protocol?: unknown }).protocol !== PROTOCOL) return;
    target = e.origin;
    const parsed = parseHostMessage(data);
    if (!parsed.ok) return refuse(parsed.error);
    try {
      apply(parsed.msg);
    } catch {
      refuse('command-failed', parsed.msg.requestId);
    }
  };

  const listener = (e: MessageEvent) => receive(e);
  o.win.addEventListener('message', listener);

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const throttle = (f: () => void) => {
    const ms = o.throttleMs ?? 0;
    if (ms <= 0) return f;
    let pending: ReturnType<typeof setTimeout> | undefined;
    return () => {
      if (pending) return;
      pending = setTimeout(() => {
        timers.delete(pending!);
        pending = undefined;
        f();
      }, ms);
      timers.add(pending);
    };
  };
  const sendState = () => {
    const s = o.summary();
    const json = JSON.stringify(s);
    if (json === lastState) return;
    lastState = json;
    post({ type: 'state', state: s });
  };
  let lastStep = JSON.stringify(position(o.stepper.current()));
  const sendStep = () => {
    const p = position(o.stepper.current());
    const json = JSON.stringify(p);
    if (json === lastStep) return;
    lastStep = json;
    post({ type: 'step', ...p });
  };
  const unStep = o.stepper.subscribe(throttle(sendStep));
  const unState = o.onState(throttle(sendState));

  post({ type: 'ready', ...position(o.stepper.current()), ...(o.embedId ? { embedId: o.embedId } : {}) });
  sendState();

  return {
    allowed,
    post,
    receive,
    reportHeight: (h) => {
      const height = Math.ceil(h);
      if (height === lastHeight || !Number.isFinite(height) || height <= 0) return;
      lastHeight = height;
      post({ type: 'resize', height });
    },
    stop: () => {
      for (const t of timers) clearTimeout(t);
      o.win.removeEventListener('message', listener);
      unStep();
      unState();
    },
  };
}

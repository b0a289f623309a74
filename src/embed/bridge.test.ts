// The embed's postMessage protocol and bridge: shapes checked, only the parent and allowed
// origins heard, events posted only to an explicit origin (never '*'), and — fuzzed — no message
// throws, every refusal gets a clear error, and a refused message changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLab } from '../store/lab.ts';
import { allowedOrigins, startBridge, type BridgeOptions } from './bridge.ts';
import { HOST_TYPES, PROTOCOL, PROTOCOL_VERSION, parseHostMessage } from './protocol.ts';
import { sandboxStepper } from './stepper.ts';
import { stateSummary } from './summary.ts';

const HOST = 'https://docs.example';
const m = (o: Record<string, unknown>) => ({ protocol: PROTOCOL, version: PROTOCOL_VERSION, ...o });

describe('parseHostMessage', () => {
  it('accepts each documented message', () => {
    expect(parseHostMessage(m({ type: 'goto', step: 3 }))).toEqual({ ok: true, msg: { type: 'goto', step: 3 } });
    expect(parseHostMessage(m({ type: 'run', command: 'kubectl get pods', requestId: 'x' }))).toEqual({
      ok: true,
      msg: { type: 'run', command: 'kubectl get pods', requestId: 'x' },
    });
    for (const type of ['play', 'pause', 'next', 'previous', 'reset'])
      expect(parseHostMessage(m({ type }))).toEqual({ ok: true, msg: { type } });
  });

  it('says what is wrong with the rest', () => {
    expect(parseHostMessage('play')).toEqual({ ok: false, error: 'not-an-object' });
    expect(parseHostMessage([m({ type: 'play' })])).toEqual({ ok: false, error: 'not-an-object' });
    expect(parseHostMessage({ type: 'play' })).toEqual({ ok: false, error: 'wrong-protocol' });
    expect(parseHostMessage(m({ version: 2, type: 'play' }))).toEqual({ ok: false, error: 'unsupported-version' });
    expect(parseHostMessage(m({ type: 'explode' }))).toEqual({ ok: false, error: 'unknown-type' });
    expect(parseHostMessage(m({ type: 'goto', step: 1.5 }))).toEqual({ ok: false, error: 'bad-step' });
    expect(parseHostMessage(m({ type: 'goto', step: '2' }))).toEqual({ ok: false, error: 'bad-step' });
    expect(parseHostMessage(m({ type: 'run', command: 'a\nb' }))).toEqual({ ok: false, error: 'bad-command' });
    expect(parseHostMessage(m({ type: 'run', command: ' ' }))).toEqual({ ok: false, error: 'bad-command' });
    expect(parseHostMessage(m({ type: 'play', requestId: 7 }))).toEqual({ ok: false, error: 'bad-request-id' });
  });

  it('ignores inherited properties (a prototype is not a message)', () => {
    const proto = m({ type: 'run', command: 'kubectl delete pod web-0' });
    expect(parseHostMessage(Object.create(proto))).toEqual({ ok: false, error: 'wrong-protocol' });
  });
});

function setup(over: Partial<BridgeOptions> = {}) {
  const lab = createLab('web', { motion: 'off', lang: 'en' });
  const posted: { msg: Record<string, unknown>; origin: string }[] = [];
  const listeners: ((e: MessageEvent) => void)[] = [];
  const parent = { postMessage: (msg: unknown, origin: string) => posted.push({ msg: msg as never, origin }) };
  const win = {
    parent,
    addEventListener: (_: 'message', l: (e: MessageEvent) => void) => listeners.push(l),
    removeEventListener: () => undefined,
  };
  const bridge = startBridge({
    win,
    parent,
    origins: [HOST],
    referrer: `${HOST}/guide/page.html`,
    embedId: 'a',
    stepper: sandboxStepper(lab),
    actions: { run: (l) => lab.runCommand(l), play: lab.play, pause: lab.pause, reset: () => lab.loadPreset('web') },
    onState: (cb) => lab.store.subscribe(cb),
    summary: () => stateSummary(lab),
    explain: (e) => `because ${e}`,
    ...over,
  });
  const from = (data: unknown, origin = HOST, source: unknown = parent) =>
    bridge.receive({ data, origin, source: source as MessageEventSource });
  return { lab, posted, bridge, from, parent };
}

describe('the bridge', () => {
  it('says ready and the state to the allowed origin, and runs what the host asks', () => {
    const { lab, posted, from } = setup();
    expect(posted[0]).toEqual({
      msg: m({ type: 'ready', kind: 'sandbox', step: 0, embedId: 'a' }),
      origin: HOST,
    });
    expect(posted[1]!.msg.type).toBe('state');
    from(m({ type: 'run', command: 'kubectl scale sts web --replicas=3', requestId: 'r' }));
    expect(lab.timeline().entries.at(-1)!.line).toBe('kubectl scale sts web --replicas=3');
    expect(posted.find((p) => p.msg.type === 'done')!.msg).toMatchObject({ requestId: 'r', exitCode: 0 });
    from(m({ type: 'next' }));
    expect(lab.store.getState().cursor).toBeGreaterThan(0);
    expect(posted.filter((p) => p.msg.type === 'step').at(-1)!.msg.step).toBe(lab.store.getState().cursor);
    from(m({ type: 'goto', step: 0 }));
    expect(lab.store.getState().cursor).toBe(0);
    expect(posted.every((p) => p.origin === HOST)).toBe(true);
  });

  it('reports a failing command as an error, with its exit code', () => {
    const { posted, from } = setup();
    from(m({ type: 'run', command: 'kubectl frobnicate', requestId: 'f' }));
    expect(posted.find((p) => p.msg.type === 'error')!.msg).toMatchObject({ error: 'command-failed', requestId: 'f' });
  });

  it('hears nobody but the parent at an allowed origin, and answers them nothing', () => {
    const { lab, posted, from } = setup();
    const before = posted.length;
    const head = lab.store.getState().head;
    from(m({ type: 'run', command: 'kubectl delete sts web' }), 'https://evil.example');
    from(m({ type: 'run', command: 'kubectl delete sts web' }), HOST, { postMessage: () => undefined });
    from(m({ type: 'run', command: 'kubectl delete sts web' }), 'null');
    expect(lab.store.getState().head).toBe(head);
    expect(lab.timeline().entries).toHaveLength(1);
    expect(posted).toHaveLength(before);
  });

  it('without ?origin= it trusts the framing page only; a known stranger hears nothing', () => {
    expect(allowedOrigins(undefined, 'https://docs.example/a/b?c')).toEqual(['https://docs.example']);
    expect(allowedOrigins(undefined, '')).toEqual([]);
    expect(allowedOrigins([], HOST)).toEqual([]);
    const { posted } = setup({ origins: undefined, referrer: '' });
    expect(posted).toEqual([]);
    const stranger = setup({ origins: [HOST], referrer: 'https://other.example/' });
    expect(stranger.posted).toEqual([]);
  });

  it('never posts to "*"', () => {
    const { posted, from } = setup({ origins: ['*'] as never });
    from(m({ type: 'play' }), '*');
    expect(posted.every((p) => p.origin !== '*')).toBe(true);
    expect(posted).toEqual([]);
  });

  it('fuzzed: no message throws; a refusal is a clear error and changes nothing', () => {
    const { lab, posted, from } = setup();
    const anyValue = fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true });
    const nearMiss = fc.record(
      {
        protocol: fc.oneof(fc.constant(PROTOCOL), fc.string()),
        version: fc.oneof(fc.constant(PROTOCOL_VERSION), fc.integer(), fc.string()),
        type: fc.oneof(fc.constantFrom(...HOST_TYPES, 'hack'), fc.string()),
        step: fc.oneof(fc.integer(), fc.double(), fc.string(), anyValue),
        command: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), anyValue),
        requestId: fc.oneof(fc.string(), anyValue),
      },
      { requiredKeys: ['protocol', 'version'] },
    );
    fc.assert(
      fc.property(fc.oneof(anyValue, nearMiss), (data) => {
        const parsed = parseHostMessage(data);
        if (parsed.ok) return; // valid messages are the documented ones, tested above
        const version = lab.store.getState().version;
        const entries = lab.timeline().entries.length;
        const count = posted.length;
        expect(() => from(data)).not.toThrow();
        expect(lab.store.getState().version).toBe(version);
        expect(lab.timeline().entries).toHaveLength(entries);
        const said = posted.slice(count);
        const ours =
          typeof data === 'object' && data !== null && (data as { protocol?: unknown }).protocol === PROTOCOL;
        if (ours) {
          expect(said).toHaveLength(1);
          expect(said[0]!.msg).toMatchObject({
            type: 'error',
            error: parsed.error,
            message: `because ${parsed.error}`,
          });
        } else expect(said).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

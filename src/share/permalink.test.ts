// Permalinks: a sandbox round-trips through its link (same terminal, same world, same moment);
// the decoder — fuzzed — never throws and refuses damaged, oversized and hostile links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../timeline/timeline.ts';
import { shareFromHash } from './hash.ts';
import { LINK_LIMITS, decodeSnapshot, encodeSnapshot, type SandboxSnapshot } from './permalink.ts';

async function deflateB64(json: string): Promise<string> {
  const s = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return Buffer.from(await new Response(s).arrayBuffer()).toString('base64url');
}

describe('permalinks', () => {
  it('replay a sandbox to the same moment, terminal and world', async () => {
    const t = new Timeline({ seed: 5, storage: 'manual', mode: 'book' });
    t.run('kubectl apply -f persistent-volumes.yaml');
    t.run('kubectl apply -f kubia-service-headless.yaml');
    t.run('kubectl apply -f kubia-statefulset.yaml');
    t.advance(45_000);
    t.run('kubectl scale sts kubia --replicas=3');
    t.advance(20_000);
    t.run('kubectl get pods -o wide');
    t.seek(50_000);
    const link = await encodeSnapshot({ options: t.options, inputs: t.inputs(), cursor: t.cursor });
    expect(link).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const back = await decodeSnapshot(link);
    if (!back.ok) throw new Error(back.problem);
    const r = Timeline.replay(back.snapshot.options, back.snapshot.inputs, back.snapshot.cursor);
    expect(r.cursor).toBe(50_000);
    expect(r.entries.map((e) => [e.at, e.line, e.stdout, e.stderr])).toEqual(
      t.entries.map((e) => [e.at, e.line, e.stdout, e.stderr]),
    );
    expect(JSON.stringify(r.world())).toBe(JSON.stringify(t.world()));
  });

  it('read the payload from the hash', () => {
    expect(shareFromHash('#s=1.abc')).toBe('1.abc');
    expect(shareFromHash('#other')).toBeUndefined();
  });

  it('refuse damaged, future, oversized and hostile links with a reason', async () => {
    expect(await decodeSnapshot('')).toEqual({ ok: false, problem: 'damaged' });
    expect(await decodeSnapshot('1.')).toEqual({ ok: false, problem: 'damaged' });
    expect(await decodeSnapshot('1.$$$')).toEqual({ ok: false, problem: 'damaged' });
    expect(await decodeSnapshot('2.AAAA')).toEqual({ ok: false, problem: 'unsupported-version' });
    expect(await decodeSnapshot(`1.${'A'.repeat(LINK_LIMITS.encoded)}`)).toEqual({ ok: false, problem: 'too-large' });
    const good = await encodeSnapshot({
      options: { seed: 1 },
      inputs: [{ at: 0, line: 'kubectl get pods' }],
      cursor: 0,
    });
    expect(await decodeSnapshot(good.slice(0, -6))).toEqual({ ok: false, problem: 'damaged' });
    // A bomb: a short link that inflates past the limit.
    const bomb = await deflateB64(JSON.stringify({ o: {}, i: [], c: 0, pad: ' '.repeat(LINK_LIMITS.json * 2) }));
    expect(bomb.length).toBeLessThan(LINK_LIMITS.encoded);
    expect(await decodeSnapshot(`1.${bomb}`)).toEqual({ ok: false, problem: 'too-large' });
    const hostile = [
      { o: { n: 5000 }, i: [], c: 0 },
      { o: { st: 'cloud' }, i: [], c: 0 },
      { o: { s: -1 }, i: [], c: 0 },
      { o: { evil: 1 }, i: [], c: 0 },
      {
        o: {},
        i: [
          [5, 'a'],
          [1, 'b'],
        ],
        c: 0,
      },
      { o: {}, i: [[0, 'kubectl get pods\nkubectl delete sts web']], c: 0 },
      { o: {}, i: [[0, 'x'.repeat(LINK_LIMITS.line + 1)]], c: 0 },
      { o: {}, i: Array.from({ length: LINK_LIMITS.commands + 1 }, () => [0, 'sleep 1']), c: 0 },
      { o: {}, i: [], c: LINK_LIMITS.time + 1 },
      { o: {}, i: [], c: 1.5 },
      { o: {}, i: {}, c: 0 },
      [],
      null,
    ];
    for (const h of hostile)
      expect(await decodeSnapshot(`1.${await deflateB64(JSON.stringify(h))}`), JSON.stringify(h).slice(0, 80)).toEqual({
        ok: false,
        problem: 'invalid',
      });
    expect(await decodeSnapshot(`1.${await deflateB64('not json')}`)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('fuzzed: decoding never throws, and what it accepts is within the limits', async () => {
    const within = (s: SandboxSnapshot) =>
      s.inputs.length <= LINK_LIMITS.commands &&
      s.cursor <= LINK_LIMITS.time &&
      s.inputs.every((i, k) => i.line.length <= LINK_LIMITS.line && (k === 0 || i.at >= s.inputs[k - 1]!.at));
    const garbage = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.base64String().map((b) => `1.${b.replace(/=+$/, '')}`),
    );
    const shaped = fc
      .record({
        o: fc.dictionary(fc.constantFrom('s', 'n', 'st', 'm', 'x'), fc.jsonValue()),
        i: fc.array(fc.tuple(fc.integer({ min: -5, max: 100_000 }), fc.string()), { maxLength: 5 }),
        c: fc.oneof(fc.integer(), fc.double(), fc.string()),
      })
      .map((v) => JSON.stringify(v));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          garbage,
          shaped.map((j) => ({ json: j })),
        ),
        async (x) => {
          const text = typeof x === 'string' ? x : `1.${await deflateB64(x.json)}`;
          const r = await decodeSnapshot(text);
          if (r.ok) expect(within(r.snapshot)).toBe(true);
          else expect(['damaged', 'too-large', 'unsupported-version', 'invalid']).toContain(r.problem);
        },
      ),
      { numRuns: 300 },
    );
  });
});

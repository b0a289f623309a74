// Property tests: random workloads with chaos, checking the StatefulSet guarantees after every
// step (issue #2 §5). The only way to two running copies of one identity is a force delete, a
// zero grace period or a deleted node that still runs; none of those are in these workloads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { query } from './dns.ts';
import { deletePod } from './engine/deletion.ts';
import type { World } from './engine/world.ts';
import { isPodReady, isRunningAndReady, isTerminating, parentAndOrdinal } from './model/pods.ts';
import type { Pod } from './model/types.ts';
import { Simulator } from './simulator.ts';
import { aHeadlessService, aStatefulSet, HTTP_PROBE } from './testing/builders.ts';

type Action =
  | { a: 'scale'; n: number }
  | { a: 'advance'; s: number }
  | { a: 'delete'; ordinal: number }
  | { a: 'readiness'; ordinal: number; ok: boolean }
  | { a: 'partition'; node: number }
  | { a: 'heal'; node: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ a: fc.constant('scale' as const), n: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ a: fc.constant('advance' as const), s: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ a: fc.constant('delete' as const), ordinal: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ a: fc.constant('readiness' as const), ordinal: fc.integer({ min: 0, max: 6 }), ok: fc.boolean() }),
  fc.record({ a: fc.constant('partition' as const), node: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ a: fc.constant('heal' as const), node: fc.integer({ min: 1, max: 3 }) }),
);

function apply(sim: Simulator, act: Action): void {
  const c = sim.cluster;
  switch (act.a) {
    case 'scale': {
      const s = c.get('StatefulSet', 'web')!;
      s.spec.replicas = act.n;
      c.update('StatefulSet', s);
      c.settle();
      return;
    }
    case 'advance':
      sim.advance(act.s);
      return;
    case 'delete':
      deletePod(c, `web-${act.ordinal}`);
      c.settle();
      return;
    case 'readiness':
      sim.setReadiness(`web-${act.ordinal}`, act.ok ? 'pass' : 'fail');
      return;
    case 'partition':
      sim.partition(`node-${act.node}`);
      return;
    case 'heal':
      sim.heal(`node-${act.node}`);
      return;
  }
}

function setup(
  seed: number,
  policy: 'OrderedReady' | 'Parallel',
): { sim: Simulator; problems: string[]; manual: Set<string> } {
  const sim = new Simulator({ seed });
  const problems: string[] = [];
  /** UIDs of pods the workload itself deleted (not the controller). */
  const manual = new Set<string>();
  const c = sim.cluster;
  c.watch((ch) => {
    if (ch.kind !== 'Pod') return;
    const pod = ch.object as Pod;
    const po = parentAndOrdinal(pod.metadata.name);
    if (!po) return;
    if (policy === 'OrderedReady' && ch.type === 'ADDED' && po.ordinal > 0) {
      const prev = c.get('Pod', `web-${po.ordinal - 1}`);
      if (!prev || !isRunningAndReady(prev))
        problems.push(`web-${po.ordinal} created at ${c.now} before web-${po.ordinal - 1} was Running and Ready`);
    }
    if (policy === 'OrderedReady' && ch.type === 'MODIFIED' && isTerminating(pod)) {
      const set = c.get('StatefulSet', 'web')!;
      const condemned = po.ordinal >= (set.spec.replicas ?? 1);
      const byController = !pod.status.conditions?.some((x) => x.type === 'DisruptionTarget');
      if (condemned && byController && !manual.has(pod.metadata.uid!)) {
        const higher = c.list('Pod').filter((p) => (parentAndOrdinal(p.metadata.name)?.ordinal ?? -1) > po.ordinal);
        if (higher.length)
          problems.push(
            `web-${po.ordinal} condemned at ${c.now} while ${higher.map((p) => p.metadata.name).join(',')} still existed`,
          );
      }
    }
  });
  c.create('Service', aHeadlessService('web'));
  c.create('StatefulSet', aStatefulSet('web', { replicas: 2, policy, probe: HTTP_PROBE }));
  c.touch();
  c.settle();
  return { sim, problems, manual };
}

function checkState(sim: Simulator, problems: string[], claimsSeen: Set<string>): void {
  const c = sim.cluster;
  expect(sim.groundTruth().violations).toEqual([]);
  for (const name of claimsSeen)
    expect(c.get('PersistentVolumeClaim', name), `claim ${name} kept (Retain)`).toBeDefined();
  for (const pvc of c.list('PersistentVolumeClaim')) claimsSeen.add(pvc.metadata.name);
  const srv = query(c, 'web.default.svc.cluster.local', 'SRV');
  const targets = srv.answers.map((r) => r.data.split(' ')[3]!.split('.')[0]!).sort();
  const ready = c
    .list('Pod')
    .filter((p) => isPodReady(p) && !isTerminating(p) && p.status.podIP)
    .map((p) => p.metadata.name)
    .sort();
  expect(targets).toEqual(ready);
  expect(problems).toEqual([]);
}

describe('StatefulSet invariants under random workloads with chaos', () => {
  for (const policy of ['OrderedReady', 'Parallel'] as const) {
    it(`${policy}: at most one running copy per identity, ordering, Retain, DNS = ready endpoints`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2 ** 31 }),
          fc.array(action, { minLength: 1, maxLength: 40 }),
          (seed, acts) => {
            const { sim, problems, manual } = setup(seed, policy);
            const claims = new Set<string>();
            for (const act of acts) {
              if (act.a === 'delete') {
                const p = sim.cluster.get('Pod', `web-${act.ordinal}`);
                if (p) manual.add(p.metadata.uid!);
              }
              apply(sim, act);
              checkState(sim, problems, claims);
            }
          },
        ),
        { numRuns: 60 },
      );
    }, 60_000);
  }

  it('snapshot, restore and continue equals an uninterrupted run, at any cut', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(action, { minLength: 2, maxLength: 25 }),
        fc.nat(),
        (seed, acts, cutSeed) => {
          const cut = cutSeed % acts.length;
          const whole = setup(seed, 'OrderedReady').sim;
          for (const a of acts) apply(whole, a);
          const part = setup(seed, 'OrderedReady').sim;
          for (const a of acts.slice(0, cut)) apply(part, a);
          const restored = new Simulator(JSON.parse(JSON.stringify(part.snapshot())) as World);
          for (const a of acts.slice(cut)) apply(restored, a);
          expect(JSON.stringify(restored.world)).toBe(JSON.stringify(whole.world));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('how time is stepped never matters: one long advance equals the same span in random chunks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(action, { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 8 }),
        (seed, acts, cuts) => {
          const whole = setup(seed, 'OrderedReady').sim;
          const chunked = setup(seed, 'OrderedReady').sim;
          for (const a of acts) {
            apply(whole, a);
            if (a.a !== 'advance') {
              apply(chunked, a);
              continue;
            }
            let left = a.s;
            for (const c of cuts) {
              const step = Math.min(left, c);
              if (step <= 0) break;
              chunked.advance(step);
              left -= step;
            }
            if (left > 0) chunked.advance(left);
          }
          expect(JSON.stringify(chunked.world)).toBe(JSON.stringify(whole.world));
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('with updates, force deletes and node deletions: two running copies only ever follow an unsafe act', () => {
    type Chaos =
      | Action
      | { a: 'image'; tag: '0.7' | '0.8' | '0.21' | '0.24' }
      | { a: 'force'; ordinal: number }
      | { a: 'deleteNode'; node: number }
      | { a: 'partition-set'; partition: number }
      /** The book's shortcut: cut off a pod's node, then force-delete the pod. */
      | { a: 'cut-and-force'; ordinal: number };
    const chaos: fc.Arbitrary<Chaos> = fc.oneof(
      action,
      fc.record({
        a: fc.constant('image' as const),
        tag: fc.constantFrom('0.7' as const, '0.8' as const, '0.21' as const, '0.24' as const),
      }),
      fc.record({ a: fc.constant('force' as const), ordinal: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ a: fc.constant('deleteNode' as const), node: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ a: fc.constant('partition-set' as const), partition: fc.integer({ min: 0, max: 4 }) }),
      fc.record({ a: fc.constant('cut-and-force' as const), ordinal: fc.integer({ min: 0, max: 3 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(chaos, { minLength: 1, maxLength: 30 }),
        (seed, acts) => {
          const { sim } = setup(seed, 'OrderedReady');
          const c = sim.cluster;
          let unsafe = false;
          for (const act of acts) {
            if (act.a === 'image') {
              const s = c.get('StatefulSet', 'web')!;
              const template = structuredClone(s.spec.template);
              template.spec.containers[0]!.image = `registry.k8s.io/nginx-slim:${act.tag}`;
              s.spec.template = template;
              c.update('StatefulSet', s);
              c.settle();
            } else if (act.a === 'partition-set') {
              const s = c.get('StatefulSet', 'web')!;
              s.spec.updateStrategy = {
                type: 'RollingUpdate',
                rollingUpdate: { partition: act.partition, maxUnavailable: 1 },
              };
              c.update('StatefulSet', s);
              c.settle();
            } else if (act.a === 'force') {
              if (c.get('Pod', `web-${act.ordinal}`)) {
                c.remove('Pod', `web-${act.ordinal}`);
                c.settle();
                unsafe = true;
              }
            } else if (act.a === 'cut-and-force') {
              const pod = c.get('Pod', `web-${act.ordinal}`);
              if (pod?.spec.nodeName && sim.nodeHealth(pod.spec.nodeName)) {
                sim.partition(pod.spec.nodeName);
                c.remove('Pod', pod.metadata.name);
                c.settle();
                unsafe = true;
              }
            } else if (act.a === 'deleteNode') {
              if (c.get('Node', `node-${act.node}`)) {
                c.remove('Node', `node-${act.node}`);
                c.settle();
                unsafe = true;
              }
            } else apply(sim, act);
            if (!unsafe) expect(sim.groundTruth().violations).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { Simulator } from './simulator.ts';
import { aHeadlessService, aReplicaSet, aStatefulSet } from './testing/builders.ts';
import type { World } from './engine/world.ts';

const STEPS: ((s: Simulator) => void)[] = [
  (s) => {
    s.cluster.create('Service', aHeadlessService('web'));
    s.cluster.create('StatefulSet', aStatefulSet('web', { replicas: 3 }));
    s.cluster.create('ReplicaSet', aReplicaSet('cattle', 3));
    s.cluster.touch();
  },
  (s) => s.advance(45),
  (s) => void s.partition('node-2'),
  (s) => s.advance(400),
  (s) => void s.heal('node-2'),
  (s) => s.advance(120),
];

function play(sim: Simulator, from = 0, to = STEPS.length): Simulator {
  for (const step of STEPS.slice(from, to)) step(sim);
  return sim;
}

describe('determinism', () => {
  it('same seed and same actions give the same world, byte for byte', () => {
    const a = play(new Simulator({ seed: 42 }));
    const b = play(new Simulator({ seed: 42 }));
    expect(JSON.stringify(a.world)).toBe(JSON.stringify(b.world));
  });

  it('another seed gives another history', () => {
    const a = play(new Simulator({ seed: 1 }));
    const b = play(new Simulator({ seed: 2 }));
    expect(JSON.stringify(a.world)).not.toBe(JSON.stringify(b.world));
  });

  it('snapshot, restore through JSON and continue equals an uninterrupted run', () => {
    const whole = play(new Simulator({ seed: 9 }));
    for (const cut of [1, 2, 3, 4, 5]) {
      const partial = play(new Simulator({ seed: 9 }), 0, cut);
      const restored = new Simulator(JSON.parse(JSON.stringify(partial.snapshot())) as World);
      play(restored, cut);
      expect(JSON.stringify(restored.world)).toBe(JSON.stringify(whole.world));
    }
  });
});

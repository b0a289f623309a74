import { describe, expect, it } from 'vitest';
import { Simulator } from '../simulator.ts';
import { aHeadlessService, aStatefulSet } from '../testing/builders.ts';
import { checkpoint, restore } from './checkpoint.ts';

describe('checkpoint', () => {
  it('restores the world exactly, including events folded or created after it was taken', () => {
    const sim = new Simulator({ seed: 3 });
    sim.cluster.create('Service', aHeadlessService('web'));
    sim.cluster.create('StatefulSet', aStatefulSet('web', { replicas: 2, image: 'registry.k8s.io/nginx-slim:9.9' }));
    sim.cluster.touch();
    sim.advance(30);
    const before = JSON.stringify(sim.world);
    const cp = checkpoint(sim.world);
    // Repeated pull failures fold into existing events; scaling records new ones.
    sim.advance(120);
    const s = sim.cluster.get('StatefulSet', 'web')!;
    s.spec.replicas = 0;
    sim.cluster.update('StatefulSet', s);
    sim.cluster.settle();
    expect(JSON.stringify(sim.world)).not.toBe(before);
    expect(JSON.stringify(restore(cp))).toBe(before);
  });
});

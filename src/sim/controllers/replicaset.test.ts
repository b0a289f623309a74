import { describe, expect, it } from 'vitest';
import { aReplicaSet } from '../testing/builders.ts';
import { TestSim } from '../testing/harness.ts';
import { deletePod } from '../engine/deletion.ts';

describe('ReplicaSet: anonymous cattle', () => {
  it('creates all replicas at once with random 5-character suffixes', () => {
    const t = new TestSim().create(aReplicaSet('cattle', 3));
    const names = t.podNames();
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).toMatch(/^cattle-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('replaces a deleted pod at once, under a new name', () => {
    const t = new TestSim().create(aReplicaSet('cattle', 2)).advance(60);
    const [victim] = t.podNames();
    deletePod(t.c, victim!);
    t.c.settle();
    const live = t.c
      .list('Pod')
      .filter((p) => !p.metadata.deletionTimestamp)
      .map((p) => p.metadata.name);
    expect(live).toHaveLength(2);
    expect(live).not.toContain(victim);
  });
});

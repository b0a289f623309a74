import { describe, expect, it } from 'vitest';
import { Timeline } from './timeline.ts';
import { restoreSnapshot, snapshot } from './snapshot.ts';

describe('snapshots', () => {
  it('restore exactly the world they were taken of, keys in order', () => {
    const t = new Timeline({ seed: 3 });
    t.run('kubectl apply -f web.yaml');
    t.advance(90_000);
    const w = t.world();
    expect(JSON.stringify(restoreSnapshot(snapshot(w)))).toBe(JSON.stringify(w));
  });

  it('share the parts that did not change with the previous snapshot', () => {
    const t = new Timeline({ seed: 3 });
    t.run('kubectl apply -f web.yaml');
    t.advance(120_000);
    const a = snapshot(t.world());
    t.advance(60_000);
    const b = snapshot(t.world(), a);
    const kind = (s: typeof a, k: string) => s.objects.find(([name]) => name === k)!;
    // The settled claims did not change: one string for both; the clock did.
    expect(kind(b, 'PersistentVolumeClaim')).toBe(kind(a, 'PersistentVolumeClaim'));
    expect(b.parts.find(([k]) => k === 'now')).not.toBe(a.parts.find(([k]) => k === 'now'));
    expect(JSON.stringify(restoreSnapshot(b))).toBe(JSON.stringify(t.world()));
  });
});

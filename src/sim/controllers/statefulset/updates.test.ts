import { describe, expect, it } from 'vitest';
import { aStatefulSet } from '../../testing/builders.ts';
import { TestSim } from '../../testing/harness.ts';
import type { StatefulSet } from '../../model/types.ts';

function setImage(t: TestSim, image: string): void {
  const s = t.set('web');
  const template = structuredClone(s.spec.template);
  template.spec.containers[0]!.image = image;
  s.spec.template = template;
  s.metadata.generation = (s.metadata.generation ?? 1) + 1;
  t.c.update('StatefulSet', s);
  t.c.settle();
}

function patchSpec(t: TestSim, f: (s: StatefulSet) => void): void {
  const s = t.set('web');
  f(s);
  t.c.update('StatefulSet', s);
  t.c.settle();
}

const image = (t: TestSim, pod: string) => t.pod(pod)!.spec.containers[0]!.image;

describe('rolling updates and revisions (semantics §1.6, §1.10)', () => {
  it('names revisions <set>-<hash>, labels pods with it, and starts with current == update', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 2, claims: false })).advance(60);
    const st = t.set('web').status;
    expect(st.currentRevision).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    expect(st.updateRevision).toBe(st.currentRevision);
    expect(t.pod('web-0')!.metadata.labels!['controller-revision-hash']).toBe(st.currentRevision);
  });

  it('replaces pods from the highest ordinal down, one at a time, each after the previous is Ready', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3, claims: false })).advance(90);
    const before = t.set('web').status.currentRevision;
    setImage(t, 'registry.k8s.io/nginx-slim:0.24');
    const after = t.set('web').status.updateRevision;
    expect(after).not.toBe(before);
    t.advance(200);
    const order = t.log.filter((l) => l.type === 'MODIFIED' && l.terminating).map((l) => l.name);
    expect([...new Set(order)]).toEqual(['web-2', 'web-1', 'web-0']);
    for (const p of ['web-0', 'web-1', 'web-2']) expect(image(t, p)).toBe('registry.k8s.io/nginx-slim:0.24');
    expect(t.set('web').status.currentRevision).toBe(after);
  });

  it('with a partition, updates only ordinals ≥ partition; a deleted lower pod returns at the old revision', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3, claims: false, partition: 2 })).advance(90);
    setImage(t, 'registry.k8s.io/nginx-slim:0.21');
    t.advance(120);
    expect(image(t, 'web-2')).toBe('registry.k8s.io/nginx-slim:0.21');
    expect(image(t, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.8');
    t.c.remove('Pod', 'web-1');
    t.c.settle();
    t.advance(60);
    expect(image(t, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.8');
    patchSpec(
      t,
      (s) => (s.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } }),
    );
    t.advance(200);
    for (const p of ['web-0', 'web-1', 'web-2']) expect(image(t, p)).toBe('registry.k8s.io/nginx-slim:0.21');
  });

  it('OnDelete touches no pod until the user deletes it, and never advances currentRevision', () => {
    const t = new TestSim()
      .create(aStatefulSet('web', { replicas: 2, claims: false, strategy: 'OnDelete' }))
      .advance(60);
    const cur = t.set('web').status.currentRevision;
    setImage(t, 'registry.k8s.io/nginx-slim:0.24');
    t.advance(120);
    expect(image(t, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.8');
    t.c.remove('Pod', 'web-1');
    t.c.settle();
    t.advance(60);
    expect(image(t, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.24');
    expect(t.set('web').status.currentRevision).toBe(cur);
  });

  it('a rollback reuses the earlier revision name', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 1, claims: false })).advance(60);
    const first = t.set('web').status.currentRevision;
    setImage(t, 'registry.k8s.io/nginx-slim:0.24');
    t.advance(60);
    setImage(t, 'registry.k8s.io/nginx-slim:0.8');
    expect(t.set('web').status.updateRevision).toBe(first);
    t.advance(60);
    expect(t.set('web').status.currentRevision).toBe(first);
  });

  it('forced rollback: a broken template stalls until reverted AND the broken pod is deleted', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3, claims: false })).advance(90);
    setImage(t, 'registry.k8s.io/nginx-slim:9.99-broken');
    t.advance(300);
    expect(t.pod('web-2')!.status.containerStatuses![0]!.state.waiting?.reason).toMatch(
      /ErrImagePull|ImagePullBackOff/,
    );
    expect(image(t, 'web-1')).toBe('registry.k8s.io/nginx-slim:0.8');
    setImage(t, 'registry.k8s.io/nginx-slim:0.8');
    t.advance(300);
    expect(t.pod('web-2')!.status.containerStatuses![0]!.state.waiting?.reason).toMatch(
      /ErrImagePull|ImagePullBackOff/,
    );
    t.c.remove('Pod', 'web-2');
    t.c.settle();
    t.advance(120);
    t.expectReady('web-0', 'web-1', 'web-2');
    expect(image(t, 'web-2')).toBe('registry.k8s.io/nginx-slim:0.8');
  });

  it('minReadySeconds: availableReplicas counts pods Ready for that long, and creation waits for it', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 2, claims: false, minReadySeconds: 30 }));
    t.advance(25);
    const ready0 = t.log.find((l) => l.name === 'web-0' && l.ready)!.at;
    expect(t.pod('web-1')).toBeUndefined();
    t.c.advanceUntil(() => !!t.pod('web-1'), 120_000);
    // Ready's lastTransitionTime is stored at whole seconds, as the API server stores it.
    expect(t.c.now).toBe(Math.floor(ready0 / 1000) * 1000 + 30_000);
    t.advance(120);
    expect(t.set('web').status.availableReplicas).toBe(2);
  });
});

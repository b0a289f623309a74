import { describe, expect, it } from 'vitest';
import { aHeadlessService, aStatefulSet, HTTP_PROBE } from '../../testing/builders.ts';
import { TestSim } from '../../testing/harness.ts';

describe('OrderedReady (semantics §1.3–1.5)', () => {
  it('creates web-1 only after web-0 is Running and Ready', () => {
    const t = new TestSim().create(aHeadlessService('web'), aStatefulSet('web', { replicas: 3 }));
    t.expectPods('web-0');
    expect(t.why('web')).toMatch(/waiting for web-0 to be Running and Ready/);
    t.advance(120).expectReady('web-0', 'web-1', 'web-2');
    expect(t.creationOrder()).toEqual(['web-0', 'web-1', 'web-2']);
    for (const name of ['web-1', 'web-2']) {
      const created = t.log.find((l) => l.type === 'ADDED' && l.name === name)!.at;
      const prev = `web-${Number(name.slice(-1)) - 1}`;
      const prevReady = t.log.find((l) => l.name === prev && l.ready)!.at;
      expect(created).toBeGreaterThanOrEqual(prevReady);
    }
  });

  it('scales down from the highest ordinal, one pod at a time, each after the previous is gone', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 5 })).advance(200);
    t.expectReady('web-0', 'web-1', 'web-2', 'web-3', 'web-4');
    t.scale('web', 2).advance(120);
    t.expectPods('web-0', 'web-1');
    expect(t.deletionOrder()).toEqual(['web-4', 'web-3', 'web-2']);
    const deleted = (n: string) => t.log.find((l) => l.name === n && l.type === 'DELETED')!.at;
    const terminating = (n: string) => t.log.find((l) => l.name === n && l.terminating)!.at;
    expect(terminating('web-3')).toBeGreaterThanOrEqual(deleted('web-4'));
    expect(terminating('web-2')).toBeGreaterThanOrEqual(deleted('web-3'));
  });

  it('keeps every claim after a scale-down and gives the returning ordinal its old claim', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3 })).advance(120);
    const volume = t.c.get('PersistentVolumeClaim', 'www-web-2')!.spec.volumeName;
    t.scale('web', 1).advance(120);
    expect(Object.keys(t.sim.world.objects.PersistentVolumeClaim).sort()).toEqual([
      'www-web-0',
      'www-web-1',
      'www-web-2',
    ]);
    t.scale('web', 3).advance(120).expectReady('web-0', 'web-1', 'web-2');
    expect(t.c.get('PersistentVolumeClaim', 'www-web-2')!.spec.volumeName).toBe(volume);
  });

  it('halts scale-up while a pod is not Ready, and resumes when it recovers', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 2, probe: HTTP_PROBE, claims: false })).advance(60);
    t.expectReady('web-0', 'web-1');
    expect(t.sim.setReadiness('web-0', 'fail')).toBeUndefined();
    t.advance(5).expectReady('web-1');
    t.scale('web', 3).advance(60);
    t.expectPods('web-0', 'web-1');
    expect(t.why('web')).toMatch(/web-0/);
    t.sim.setReadiness('web-0', 'pass');
    t.advance(60).expectReady('web-0', 'web-1', 'web-2');
  });

  it('halts scale-down behind an unhealthy in-range pod, but may delete a condemned pod that is itself the first unhealthy', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3, probe: HTTP_PROBE, claims: false })).advance(90);
    t.sim.setReadiness('web-0', 'fail');
    t.advance(5).scale('web', 2).advance(60);
    t.expectPods('web-0', 'web-1', 'web-2');
    expect(t.why('web')).toMatch(/web-0/);
    t.sim.setReadiness('web-0', 'pass');
    t.advance(5);
    t.sim.setReadiness('web-2', 'fail');
    t.advance(5).advance(60);
    t.expectPods('web-0', 'web-1');
  });

  it('does not deadlock when a predecessor is deleted while a successor is unready (recreates lowest first)', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3, probe: HTTP_PROBE, claims: false })).advance(90);
    t.sim.setReadiness('web-2', 'fail');
    t.advance(5);
    const oldUid = t.pod('web-0')!.metadata.uid;
    t.c.remove('Pod', 'web-0');
    t.c.settle();
    t.advance(60);
    expect(t.pod('web-0')!.metadata.uid).not.toBe(oldUid);
    t.expectReady('web-0', 'web-1');
  });

  it('recreates a failed pod with the same name and a new UID', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 1, claims: false })).advance(60);
    const pod = t.pod('web-0')!;
    const uid = pod.metadata.uid;
    pod.status.phase = 'Failed';
    t.c.update('Pod', pod);
    t.c.settle();
    t.advance(60);
    expect(t.pod('web-0')!.metadata.uid).not.toBe(uid);
    t.expectReady('web-0');
  });
});

describe('Parallel (semantics §1.4)', () => {
  it('creates every missing pod in the same pass, without waiting', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 4, policy: 'Parallel' }));
    t.expectPods('web-0', 'web-1', 'web-2', 'web-3');
  });

  it('deletes all condemned pods at once', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 4, policy: 'Parallel', claims: false })).advance(60);
    t.scale('web', 1);
    const terminating = t.c
      .list('Pod')
      .filter((p) => p.metadata.deletionTimestamp)
      .map((p) => p.metadata.name);
    expect(terminating.sort()).toEqual(['web-1', 'web-2', 'web-3']);
  });
});

describe('adoption', () => {
  it('adopts an orphan into a set without serviceName and clears its old subdomain (no endless repair)', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 1, claims: false })).advance(60);
    const old = t.set('web');
    t.c.remove('StatefulSet', 'web');
    const pod = t.pod('web-0')!;
    delete pod.metadata.ownerReferences;
    t.c.update('Pod', pod);
    const again = aStatefulSet('web', { replicas: 1, claims: false });
    delete again.spec.serviceName;
    t.create(again);
    t.advance(10);
    expect(t.pod('web-0')!.spec.subdomain).toBeUndefined();
    expect(t.pod('web-0')!.metadata.ownerReferences![0]!.uid).not.toBe(old.metadata.uid);
  });
});

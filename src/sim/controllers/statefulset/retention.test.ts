import { describe, expect, it } from 'vitest';
import { aStatefulSet } from '../../testing/builders.ts';
import { TestSim } from '../../testing/harness.ts';

type Policy = 'Retain' | 'Delete';

function run(whenDeleted: Policy, whenScaled: Policy) {
  const t = new TestSim().create(aStatefulSet('web', { replicas: 3, whenDeleted, whenScaled })).advance(120);
  t.expectReady('web-0', 'web-1', 'web-2');
  return t;
}

const claims = (t: TestSim) => Object.keys(t.sim.world.objects.PersistentVolumeClaim).sort();

describe('persistentVolumeClaimRetentionPolicy (semantics §1.8)', () => {
  it('Retain/Retain: no owner refs; claims survive scale-down and deletion of the set', () => {
    const t = run('Retain', 'Retain');
    expect(t.c.get('PersistentVolumeClaim', 'www-web-0')!.metadata.ownerReferences).toBeUndefined();
    t.scale('web', 1).advance(120);
    expect(claims(t)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    t.c.remove('StatefulSet', 'web');
    t.c.settle();
    t.advance(120);
    expect(claims(t)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
  });

  it('Delete/Retain: claims owned by the set, kept on scale-down, deleted with the set', () => {
    const t = run('Delete', 'Retain');
    const refs = t.c.get('PersistentVolumeClaim', 'www-web-0')!.metadata.ownerReferences!;
    expect(refs.map((r) => `${r.kind}/${r.name}/${r.controller}`)).toEqual(['StatefulSet/web/true']);
    t.scale('web', 1).advance(120);
    expect(claims(t)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    t.c.remove('StatefulSet', 'web');
    t.c.settle();
    // While a pod still uses its claim, the claim waits in Terminating (pvc-protection).
    expect(t.c.get('PersistentVolumeClaim', 'www-web-0')!.metadata.deletionTimestamp).toBeDefined();
    t.advance(120);
    expect(claims(t)).toEqual([]);
  });

  it('Retain/Delete: condemned claims are owned by their pod and go after it; all kept on set deletion', () => {
    const t = run('Retain', 'Delete');
    t.scale('web', 1).advance(120);
    expect(claims(t)).toEqual(['www-web-0']);
    t.c.remove('StatefulSet', 'web');
    t.c.settle();
    t.advance(120);
    expect(claims(t)).toEqual(['www-web-0']);
  });

  it('Delete/Delete: scaled-down claims go with their pods, the rest with the set', () => {
    const t = run('Delete', 'Delete');
    t.scale('web', 2).advance(120);
    expect(claims(t)).toEqual(['www-web-0', 'www-web-1']);
    t.c.remove('StatefulSet', 'web');
    t.c.settle();
    t.advance(120);
    expect(claims(t)).toEqual([]);
  });

  it('whenScaled=Delete: a fast scale-up waits for the stale claim and gets a fresh volume', () => {
    const t = run('Retain', 'Delete');
    const oldVolume = t.c.get('PersistentVolumeClaim', 'www-web-2')!.spec.volumeName;
    t.scale('web', 2).advance(3).scale('web', 3).advance(120);
    t.expectReady('web-0', 'web-1', 'web-2');
    expect(t.c.get('PersistentVolumeClaim', 'www-web-2')!.spec.volumeName).not.toBe(oldVolume);
  });

  it('retention never applies to a pod deleted by hand: its claim stays', () => {
    const t = run('Retain', 'Delete');
    const volume = t.c.get('PersistentVolumeClaim', 'www-web-1')!.spec.volumeName;
    t.c.remove('Pod', 'web-1');
    t.c.settle();
    t.advance(60);
    expect(t.c.get('PersistentVolumeClaim', 'www-web-1')!.spec.volumeName).toBe(volume);
  });
});

describe('ordinals.start and maxUnavailable', () => {
  it('ordinals.start shifts the range: new pods are created before the condemned ones are deleted', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 3, claims: false })).advance(120);
    const s = t.set('web');
    s.spec.ordinals = { start: 2 };
    t.c.update('StatefulSet', s);
    t.c.settle();
    t.advance(200);
    t.expectPods('web-2', 'web-3', 'web-4');
    const created3 = t.log.find((l) => l.type === 'ADDED' && l.name === 'web-3')!.at;
    const deleted1 = t.log.find((l) => l.type === 'MODIFIED' && l.name === 'web-1' && l.terminating)!.at;
    expect(created3).toBeLessThanOrEqual(deleted1);
  });

  it('maxUnavailable: 2 takes two pods down together during a rolling update', () => {
    const t = new TestSim().create(aStatefulSet('web', { replicas: 4, claims: false })).advance(150);
    const s = t.set('web');
    s.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 2 } };
    const template = structuredClone(s.spec.template);
    template.spec.containers[0]!.image = 'registry.k8s.io/nginx-slim:0.24';
    s.spec.template = template;
    t.c.update('StatefulSet', s);
    t.c.settle();
    const terminating = t.c
      .list('Pod')
      .filter((p) => p.metadata.deletionTimestamp)
      .map((p) => p.metadata.name)
      .sort();
    expect(terminating).toEqual(['web-2', 'web-3']);
  });
});

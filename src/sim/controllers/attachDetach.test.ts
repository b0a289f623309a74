import { describe, expect, it } from 'vitest';
import { aHeadlessService, aPersistentVolume, aStatefulSet } from '../testing/builders.ts';
import { TestSim } from '../testing/harness.ts';

function kubia(storage: 'manual' | 'attachable') {
  const set = aStatefulSet('kubia', { replicas: 3, image: 'luksa/kubia-pet', grace: 30 });
  set.spec.volumeClaimTemplates![0]!.spec.resources = { requests: { storage: '1Mi' } };
  const t = new TestSim({ storage }).create(
    aPersistentVolume('pv-a'),
    aPersistentVolume('pv-b'),
    aPersistentVolume('pv-c'),
    aHeadlessService('kubia'),
    set,
  );
  t.advance(120).expectReady('kubia-0', 'kubia-1', 'kubia-2');
  return t;
}

describe('hand-made PVs and attachable disks', () => {
  it('binds the book’s claims to pv-a/b/c in no particular order, each PV to one claim', () => {
    const t = kubia('manual');
    const bound = ['www-kubia-0', 'www-kubia-1', 'www-kubia-2'].map(
      (n) => t.c.get('PersistentVolumeClaim', n)!.spec.volumeName,
    );
    expect([...bound].sort()).toEqual(['pv-a', 'pv-b', 'pv-c']);
  });

  it('a force-deleted pod’s replacement waits on Multi-Attach until the disk is force-detached after 6 minutes', () => {
    const t = kubia('attachable');
    const node = t.pod('kubia-0')!.spec.nodeName!;
    t.sim.partition(node);
    t.advance(400);
    expect(t.pod('kubia-0')!.metadata.deletionTimestamp).toBeDefined();
    t.c.remove('Pod', 'kubia-0');
    t.c.settle();
    t.advance(120);
    const replacement = t.pod('kubia-0')!;
    expect(replacement.spec.nodeName).not.toBe(node);
    expect(replacement.status.containerStatuses?.[0]?.state.waiting?.reason).toBe('ContainerCreating');
    const multi = Object.values(t.sim.world.objects.Event).find((e) => e.reason === 'FailedAttachVolume');
    expect(multi?.message).toMatch(
      /^Multi-Attach error for volume "pv-[abc]" Volume is already exclusively attached to one node/,
    );
    t.advance(300);
    expect(t.readyPods()).toContain('kubia-0');
    // The old container still runs on the cut-off node, but the disk was detached from it.
    expect(t.sim.groundTruth().violations).toEqual(['kubia-0']);
    expect(t.sim.groundTruth().sharedVolumes).toEqual([]);
  });

  it('with disks any node may mount, the force-deleted pod and its replacement both write it', () => {
    const t = kubia('manual');
    const node = t.pod('kubia-0')!.spec.nodeName!;
    t.sim.partition(node);
    t.advance(400);
    t.c.remove('Pod', 'kubia-0');
    t.c.settle();
    t.advance(120);
    const pv = t.c.get('PersistentVolumeClaim', 'www-kubia-0')!.spec.volumeName!;
    expect(t.sim.groundTruth().sharedVolumes).toEqual([
      { volume: pv, writers: [`${node}/kubia-0`, `${t.pod('kubia-0')!.spec.nodeName}/kubia-0`].sort() },
    ]);
  });
});

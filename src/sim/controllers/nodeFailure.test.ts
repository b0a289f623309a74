import { describe, expect, it } from 'vitest';
import { aHeadlessService, aStatefulSet } from '../testing/builders.ts';
import { TestSim } from '../testing/harness.ts';
import { deletePod } from '../engine/deletion.ts';

function setup() {
  const t = new TestSim().create(
    aHeadlessService('kubia'),
    aStatefulSet('kubia', { replicas: 3, image: 'luksa/kubia-pet', grace: 30 }),
  );
  t.advance(120).expectReady('kubia-0', 'kubia-1', 'kubia-2');
  const node = t.pod('kubia-0')!.spec.nodeName!;
  return { t, node };
}

describe('a node cut off from the control plane (semantics §3.2)', () => {
  it('goes NotReady after the grace period, its pods stay 1/1 Running but leave the endpoints', () => {
    const { t, node } = setup();
    expect(t.sim.partition(node)).toBeUndefined();
    t.advance(30);
    expect(t.c.get('Node', node)!.status.conditions.find((c) => c.type === 'Ready')!.status).toBe('True');
    t.advance(30);
    const ready = t.c.get('Node', node)!.status.conditions.find((c) => c.type === 'Ready')!;
    expect(ready.status).toBe('Unknown');
    expect(ready.reason).toBe('NodeStatusUnknown');
    const pod = t.pod('kubia-0')!;
    expect(pod.status.phase).toBe('Running');
    expect(pod.status.containerStatuses![0]!.ready).toBe(true);
    expect(pod.status.conditions!.find((c) => c.type === 'Ready')!.status).toBe('False');
    const ips = (t.c.get('Endpoints', 'kubia')!.subsets ?? []).flatMap((s) => s.addresses ?? []).map((a) => a.hostname);
    expect(ips).not.toContain('kubia-0');
    expect((t.c.get('Node', node)!.spec.taints ?? []).map((x) => `${x.key}:${x.effect}`).sort()).toEqual([
      'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/unreachable:NoSchedule',
    ]);
  });

  it('evicts 300 s after the taint, and the pod then stays Terminating forever with no replacement', () => {
    const { t, node } = setup();
    t.sim.partition(node);
    const tainted = () => (t.c.get('Node', node)!.spec.taints ?? []).some((x) => x.effect === 'NoExecute');
    expect(t.c.advanceUntil(tainted, 60_000)).toBe(true);
    const at = t.c.now;
    expect(at).toBeGreaterThan(120_000 + 40_000);
    t.advance(299);
    expect(t.pod('kubia-0')!.metadata.deletionTimestamp).toBeUndefined();
    t.advance(1);
    expect(t.pod('kubia-0')!.metadata.deletionTimestamp).toBeDefined();
    expect(t.pod('kubia-0')!.metadata.deletionGracePeriodSeconds).toBe(30);
    const uid = t.pod('kubia-0')!.metadata.uid;
    t.advance(3600);
    expect(t.pod('kubia-0')!.metadata.uid).toBe(uid);
    expect(t.sim.groundTruth().violations).toEqual([]);
    // A graceful delete changes nothing.
    deletePod(t.c, 'kubia-0');
    t.advance(600);
    expect(t.pod('kubia-0')!.metadata.uid).toBe(uid);
  });

  it('a force delete brings a replacement elsewhere while the old container still runs: a violation, healed by reconnecting', () => {
    const { t, node } = setup();
    t.sim.partition(node);
    t.advance(400);
    t.c.remove('Pod', 'kubia-0');
    t.c.settle();
    const replacement = t.pod('kubia-0')!;
    expect(replacement.spec.nodeName).not.toBe(node);
    t.advance(60);
    expect(t.sim.groundTruth().violations).toEqual(['kubia-0']);
    // Both copies mount the same claim's volume: two writers on one disk.
    const pv = t.c.get('PersistentVolumeClaim', 'www-kubia-0')!.spec.volumeName!;
    expect(t.sim.groundTruth().sharedVolumes).toEqual([
      { volume: pv, writers: [`${node}/kubia-0`, `${t.pod('kubia-0')!.spec.nodeName}/kubia-0`].sort() },
    ]);
    t.sim.heal(node);
    t.advance(60);
    expect(t.sim.groundTruth().violations).toEqual([]);
    expect(t.sim.groundTruth().sharedVolumes).toEqual([]);
    expect(t.c.get('Node', node)!.spec.taints).toBeUndefined();
  });

  it('healing before eviction restores Ready without recreating the pod', () => {
    const { t, node } = setup();
    const uid = t.pod('kubia-0')!.metadata.uid;
    t.sim.partition(node);
    t.advance(120);
    t.sim.heal(node);
    t.advance(5);
    expect(t.pod('kubia-0')!.metadata.uid).toBe(uid);
    t.expectReady('kubia-0', 'kubia-1', 'kubia-2');
  });

  it('evicts nothing when every node is cut off', () => {
    const { t } = setup();
    for (const n of ['node-1', 'node-2', 'node-3']) t.sim.partition(n);
    t.advance(1200);
    expect(t.c.list('Pod').filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
  });
});

describe('the safer exits and the unsafe shortcuts (semantics §3.3–3.4)', () => {
  it('deleting the Node object lets PodGC remove its pods, and the set replaces them elsewhere', () => {
    const { t, node } = setup();
    t.sim.partition(node);
    t.advance(400);
    t.c.remove('Node', node);
    t.c.settle();
    // PodGC runs every 20 s and waits out a 40 s quarantine: 40–60 s in all.
    t.advance(39);
    expect(t.pod('kubia-0')!.spec.nodeName).toBe(node);
    t.advance(60);
    expect(t.pod('kubia-0')!.spec.nodeName).not.toBe(node);
  });

  it('the out-of-service taint on a NotReady node lets PodGC force-delete its terminating pods', () => {
    const { t, node } = setup();
    t.sim.powerOff(node);
    t.advance(400);
    expect(t.pod('kubia-0')!.metadata.deletionTimestamp).toBeDefined();
    const n = t.c.get('Node', node)!;
    n.spec.taints = [
      ...(n.spec.taints ?? []),
      { key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' },
    ];
    t.c.update('Node', n);
    t.c.settle();
    // The taint evicts kubia-0 at once (it does not tolerate it); PodGC force-deletes it within 20 s.
    expect(t.pod('kubia-0')!.metadata.deletionTimestamp).toBeDefined();
    t.advance(60);
    expect(t.pod('kubia-0')!.spec.nodeName).not.toBe(node);
    t.expectReady('kubia-0', 'kubia-1', 'kubia-2');
    expect(t.sim.groundTruth().violations).toEqual([]);
  });

  it('terminationGracePeriodSeconds: 0 lets eviction replace the pod while the old one still runs: a violation', () => {
    const set = aStatefulSet('kubia', { replicas: 3, image: 'luksa/kubia-pet', grace: 0 });
    const t = new TestSim().create(aHeadlessService('kubia'), set).advance(120);
    const node = t.pod('kubia-0')!.spec.nodeName!;
    t.sim.partition(node);
    t.advance(420);
    expect(t.pod('kubia-0')!.spec.nodeName).not.toBe(node);
    expect(t.sim.groundTruth().violations).toEqual(['kubia-0']);
  });

  it('a shorter tolerationSeconds only brings Terminating forward: still no replacement', () => {
    const set = aStatefulSet('kubia', { replicas: 3, image: 'luksa/kubia-pet', grace: 30 });
    set.spec.template.spec.tolerations = [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 },
    ];
    const t = new TestSim().create(aHeadlessService('kubia'), set).advance(120);
    const node = t.pod('kubia-0')!.spec.nodeName!;
    const uid = t.pod('kubia-0')!.metadata.uid;
    t.sim.partition(node);
    t.advance(80);
    expect(t.pod('kubia-0')!.metadata.deletionTimestamp).toBeDefined();
    t.advance(1200);
    expect(t.pod('kubia-0')!.metadata.uid).toBe(uid);
  });
});

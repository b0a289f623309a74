import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../../i18n/all.ts';
import { assignSlots, layoutCluster, wrapText, zoomFor, type ClusterLayout, type Rect } from './clusterLayout.ts';
import type { ScenePod } from './scene.ts';
import { SlotMemory } from './slotMemory.ts';
import { GHOST, STUCK, WEB, sessionAfter, worldAfter } from './testing.ts';

beforeAll(registerAllLocales);

const SIZE = { width: 1024, height: 600 };

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - 0.01 &&
    inner.y >= outer.y - 0.01 &&
    inner.x + inner.width <= outer.x + outer.width + 0.01 &&
    inner.y + inner.height <= outer.y + outer.height + 0.01
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function podBox(l: ClusterLayout, name: string): Rect {
  const p = l.pods.find((x) => x.key === name)!;
  return { x: p.x, y: p.y, width: l.slot.width, height: l.slot.height };
}

describe('layoutCluster', () => {
  it('puts three nodes in one row of pastures that fits the width, without overlap', () => {
    const l = layoutCluster(worldAfter([]), SIZE);
    expect(l.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3']);
    const ys = new Set(l.nodes.map((n) => n.box.y));
    expect(ys.size).toBe(1);
    for (const n of l.nodes) expect(n.box.x + n.box.width).toBeLessThanOrEqual(l.width);
    expect(overlaps(l.nodes[0]!.box, l.nodes[1]!.box)).toBe(false);
    expect(l.height).toBeLessThanOrEqual(SIZE.height / l.zoom + 0.5);
  });

  it('places each pod inside its node pasture, and the headless Service above', () => {
    const w = worldAfter(WEB);
    const l = layoutCluster(w, SIZE);
    for (const p of l.pods) {
      const node = l.nodes.find((n) => n.name === p.node)!;
      expect(node.name).toBe(w.objects.Pod[p.name]!.spec.nodeName);
      expect(inside(podBox(l, p.key), node.body)).toBe(true);
    }
    expect(l.services.map((s) => s.name)).toEqual(['nginx']);
    expect(l.services[0]!.box.y + l.services[0]!.box.height).toBeLessThan(l.nodes[0]!.box.y);
  });

  it('draws claims and volumes in a storage lane below, with pod → claim → volume lines', () => {
    const l = layoutCluster(worldAfter(WEB), SIZE);
    expect(l.claims.map((c) => c.name)).toEqual(['www-web-0', 'www-web-1']);
    const lowest = Math.max(...l.nodes.map((n) => n.box.y + n.box.height));
    for (const c of l.claims) {
      expect(c.box.y).toBeGreaterThan(lowest);
      expect(inside(c.box, l.storage)).toBe(true);
      const v = l.volumes.find((x) => x.name === c.volume)!;
      expect(v.box.y).toBeGreaterThan(c.box.y);
      expect(l.links.some((k) => k.kind === 'claim-volume' && k.from === c.name && k.to === v.name)).toBe(true);
    }
    expect(l.links.filter((k) => k.kind === 'pod-claim').map((k) => k.key)).toEqual([
      'web-0->www-web-0',
      'web-1->www-web-1',
    ]);
    expect(l.linkMode).toBe('all');
  });

  it('keeps the claims of a scaled-down set, dimmed, waiting for their pods', () => {
    const w = worldAfter([
      ...WEB,
      'kubectl scale sts web --replicas=4',
      'sleep 60',
      'kubectl scale sts web --replicas=2',
      'sleep 60',
    ]);
    const l = layoutCluster(w, SIZE);
    expect(l.claims.map((c) => [c.name, c.waitingFor ?? null])).toEqual([
      ['www-web-0', null],
      ['www-web-1', null],
      ['www-web-2', 'web-2'],
      ['www-web-3', 'web-3'],
    ]);
  });

  it('keeps a cow in its slot while its neighbours come and go', () => {
    const s = sessionAfter([...WEB, 'kubectl scale sts web --replicas=6', 'sleep 120']);
    const memory = new SlotMemory();
    const before = memory.layout(s.sim.world, SIZE);
    const cols = before.nodes[0]!.slotColumns;
    // A cow pushed out of its preferred spot by a neighbour (same ordinal mod columns, same node).
    const moved = before.pods.find((p) => p.ordinal! % cols !== p.slot % cols)!;
    const blocker = before.pods.find((p) => p.node === moved.node && p.slot === moved.ordinal! % cols)!;
    expect(blocker).toBeDefined();
    // The blocker is deleted and comes back elsewhere: a fresh layout would move `moved` into its spot.
    s.run(`kubectl cordon ${blocker.node!}`);
    s.run(`kubectl delete pod ${blocker.name}`);
    s.run('sleep 30');
    const spot = (l: ClusterLayout, key: string) => {
      const p = l.pods.find((x) => x.key === key)!;
      const c = l.nodes[0]!.slotColumns;
      return [p.node, p.slot % c, Math.floor(p.slot / c)];
    };
    const after = memory.layout(s.sim.world, SIZE);
    expect(spot(after, moved.key)).toEqual(spot(before, moved.key));
    // The blocker came back with the same name and the same markings, on another node.
    const back = after.pods.find((p) => p.key === blocker.key)!;
    expect(back.node).not.toBe(blocker.node);
    expect(back.markings).toEqual(blocker.markings);
  });

  it('does not rescale or move other cows when a ghost and its alert appear', () => {
    const s = sessionAfter(STUCK);
    const memory = new SlotMemory();
    const before = memory.layout(s.sim.world, SIZE);
    s.run('kubectl delete pod web-0 --force --grace-period=0');
    s.run('sleep 20');
    const after = memory.layout(s.sim.world, SIZE);
    expect(after.alerts).toHaveLength(1);
    expect(after.zoom).toBe(before.zoom);
    const web1 = (l: ClusterLayout) => l.pods.find((p) => p.key === 'web-1')!;
    expect([web1(after).node, web1(after).slot]).toEqual([web1(before).node, web1(before).slot]);
  });

  it('puts pods no node will take in the waiting pen', () => {
    const w = worldAfter([
      ...WEB,
      'kubectl cordon node-1',
      'kubectl cordon node-2',
      'kubectl cordon node-3',
      'kubectl scale sts web --replicas=3',
      'sleep 5',
    ]);
    const l = layoutCluster(w, SIZE);
    const web2 = l.pods.find((p) => p.key === 'web-2')!;
    expect(web2.inPen).toBe(true);
    expect(l.pen).toBeDefined();
    expect(inside(podBox(l, 'web-2'), l.pen!.box)).toBe(true);
    expect(l.pen!.message).toBe('0/3 nodes are available: 3 node(s) were unschedulable.');
    expect(l.nodes.every((n) => n.cordoned)).toBe(true);
  });

  it('shows a ghost where the force-deleted pod ran, with an at-most-one alert', () => {
    const l = layoutCluster(worldAfter(GHOST), SIZE);
    const ghost = l.pods.find((p) => p.ghost)!;
    expect(ghost).toMatchObject({ name: 'web-0', node: 'node-1', twinNode: 'node-3', look: { kind: 'ghost' } });
    expect(l.pods.find((p) => p.key === 'web-0')!.node).toBe('node-3');
    expect(l.alerts).toHaveLength(1);
    expect(l.alerts[0]!.kind).toBe('twin');
    expect(l.alerts[0]!.text).toMatchObject({ key: 'alert.twin', params: { pod: 'web-0' } });
    expect(l.alerts[0]!.lines.join(' ')).toMatch(/Two web-0 run at once.*at-most-one/);
    // The ghost still holds the claim: two writers on one disk.
    expect(l.links.some((k) => k.kind === 'ghost-claim' && k.to === 'www-web-0')).toBe(true);
    const n1 = l.nodes.find((n) => n.name === 'node-1')!;
    expect(n1).toMatchObject({ status: 'NotReady', truth: { physical: 'Partitioned' } });
    expect(n1.taints.map((t) => t.label)).toEqual(['unreachable: NoSchedule, NoExecute']);
  });

  it('filters pods, claims and Services by owner kind', () => {
    const w = worldAfter(['kubectl apply -f cattle.yaml', 'kubectl apply -f web.yaml', 'sleep 60']);
    const rs = layoutCluster(w, SIZE, { filter: 'ReplicaSet' });
    expect(rs.pods.every((p) => p.owner.kind === 'ReplicaSet' && !p.markings.named)).toBe(true);
    expect(rs.pods).toHaveLength(3);
    expect(rs.claims.map((c) => c.name)).toEqual(['shared-data']);
    expect(rs.claims[0]!.usedBy).toHaveLength(3);
    expect(rs.services).toEqual([]);
    const sts = layoutCluster(w, SIZE, { filter: 'StatefulSet' });
    expect(sts.pods.map((p) => p.name)).toEqual(['web-0', 'web-1']);
    expect(sts.claims.map((c) => c.name)).toEqual(['www-web-0', 'www-web-1']);
    expect(sts.services.map((s) => s.name)).toEqual(['nginx']);
  });

  it('shrinks cows, then compacts storage, as pods multiply', () => {
    const w = worldAfter(['kubectl apply -f web-parallel.yaml', 'kubectl scale sts web --replicas=30', 'sleep 60']);
    const l = layoutCluster(w, SIZE);
    expect(l.density).not.toBe('full');
    expect(l.storageMode).toBe('compact');
    expect(l.linkMode).toBe('focus');
    for (const p of l.pods) expect(inside(podBox(l, p.key), l.nodes.find((n) => n.name === p.node)!.body)).toBe(true);
  });

  it('zooms up on big screens and never below 1', () => {
    expect(zoomFor({ width: 1920, height: 1080 })).toBe(2);
    expect(zoomFor({ width: 600, height: 400 })).toBe(1);
    expect(zoomFor({ width: 1024, height: 600 })).toBe(1);
    const big = layoutCluster(worldAfter(WEB), { width: 1920, height: 1080 });
    expect(big.zoom).toBeGreaterThan(1);
    expect(big.width * big.zoom).toBeCloseTo(1920);
  });

  it('shrinks a too-short picture to fit rather than hide the storage lane', () => {
    const l = layoutCluster(worldAfter(WEB), { width: 650, height: 250 });
    expect(l.zoom).toBeLessThan(1);
    expect(l.zoom).toBeGreaterThanOrEqual(0.75);
    expect(l.storageMode).toBe('compact');
    expect(l.height * l.zoom).toBeLessThanOrEqual(250.5);
    expect(l.storage.y + l.storage.height).toBeLessThanOrEqual(l.height);
  });

  it('is a function of the world: the same world lays out the same', () => {
    const w = worldAfter(GHOST);
    expect(layoutCluster(w, SIZE)).toEqual(layoutCluster(structuredClone(w), SIZE));
  });
});

describe('assignSlots', () => {
  const pod = (name: string, ordinal: number) => ({ key: name, name, ordinal }) as ScenePod;
  const none = () => undefined;

  it('gives each ordinal the column `ordinal mod columns`, or the first free one, row by row', () => {
    const slots = assignSlots([pod('web-0', 0), pod('web-3', 3), pod('web-5', 5)], 2, none);
    expect([...slots]).toEqual([
      ['web-0', 0],
      ['web-3', 1],
      ['web-5', 3],
    ]);
  });

  it('keeps previous slots, so a cow does not slide into a neighbour’s freed spot', () => {
    const before = assignSlots([pod('web-1', 1), pod('web-3', 3)], 2, none);
    expect(before.get('web-3')).toBe(0);
    expect(assignSlots([pod('web-3', 3)], 2, none).get('web-3')).toBe(1);
    expect(assignSlots([pod('web-3', 3)], 2, (p) => before.get(p.key)).get('web-3')).toBe(0);
  });
});

describe('wrapText', () => {
  it('wraps at spaces and ellipsises the last allowed line', () => {
    expect(wrapText('aaa bbb ccc', 10, 45, 3)).toEqual(['aaa bbb', 'ccc']);
    // Chinese breaks between characters, never before a full-width comma.
    expect(wrapText('两个同名的容器，同时运行', 10, 80, 3)).toEqual(['两个同名的容器，', '同时运行']);
    const two = wrapText('one two three four five six seven', 10, 50, 2);
    expect(two).toHaveLength(2);
    expect(two[1]!.endsWith('…')).toBe(true);
  });
});

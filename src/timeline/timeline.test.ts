import { describe, expect, it } from 'vitest';
import { Session } from '../commands/index.ts';
import { Timeline } from './timeline.ts';
import { WEB_YAML } from '../examples/tutorial.ts';

const json = (w: unknown) => JSON.stringify(w);

function reference(seconds: number, commands: [number, string][] = [[0, 'kubectl apply -f web.yaml']]): string {
  const s = new Session({ seed: 4 });
  for (const [at, line] of commands) {
    if (at * 1000 > s.sim.world.now) s.advance(at - s.now);
    s.run(line);
  }
  if (seconds * 1000 > s.sim.world.now) s.advance(seconds - s.now);
  return json(s.sim.world);
}

describe('Timeline', () => {
  it('shows the world at any past instant exactly as it was', () => {
    const t = new Timeline({ seed: 4 });
    t.run('kubectl apply -f web.yaml');
    t.advance(90_000);
    for (const s of [0, 5, 17, 33, 60, 89]) {
      t.seek(s * 1000);
      expect(json(t.world())).toBe(reference(s));
    }
  });

  it('acting in the past forks: the future is dropped and the new branch is what a fresh run gives', () => {
    const t = new Timeline({ seed: 4 });
    t.run('kubectl apply -f web.yaml');
    t.advance(90_000);
    t.run('kubectl scale sts web --replicas=3');
    t.advance(60_000);
    t.seek(40_000);
    t.run('kubectl scale sts web --replicas=1');
    expect(t.entries.map((e) => e.line)).toEqual(['kubectl apply -f web.yaml', 'kubectl scale sts web --replicas=1']);
    t.advance(30_000);
    expect(json(t.world())).toBe(
      reference(70, [
        [0, 'kubectl apply -f web.yaml'],
        [40, 'kubectl scale sts web --replicas=1'],
      ]),
    );
  });

  it('steps between markers: pods created, Ready, Terminating, deleted', () => {
    const t = new Timeline({ seed: 4 });
    t.run('kubectl apply -f web.yaml');
    const stops: number[] = [];
    for (let i = 0; i < 3; i++) {
      t.stepForward();
      stops.push(t.cursor);
    }
    const ready0 = t.markers.find((m) => m.object === 'pod/web-0' && m.what === 'ready')!;
    const created1 = t.markers.find((m) => m.object === 'pod/web-1' && m.what === 'created')!;
    expect(stops[0]).toBe(ready0.at);
    expect(created1.at).toBe(ready0.at);
    const ready1 = t.markers.find((m) => m.object === 'pod/web-1' && m.what === 'ready')!;
    expect(stops).toContain(ready1.at);
    t.stepBack();
    expect(t.cursor).toBeLessThan(stops.at(-1)!);
    t.seek(0);
    t.stepForward();
    expect(t.cursor).toBe(ready0.at);
  });

  it('replays its inputs into an identical timeline (for permalinks)', () => {
    const t = new Timeline({ seed: 9 });
    t.run('kubectl apply -f web.yaml');
    t.advance(45_000);
    t.run('kubectl delete pod web-0');
    t.advance(30_000);
    t.run('sim partition node-1');
    t.advance(120_000);
    const again = Timeline.replay({ seed: 9 }, t.inputs(), t.cursor);
    expect(json(again.world())).toBe(json(t.world()));
  });

  it('keeps one checkpoint per 30 virtual seconds while playing, however small the steps', () => {
    const t = new Timeline({ seed: 4 });
    t.run('kubectl apply -f web.yaml');
    for (let i = 0; i < 3000; i++) t.advance(256); // 16 ms frames at 16×: 768 virtual seconds
    const count = (t as unknown as { checkpoints: unknown[] }).checkpoints.length;
    expect(count).toBeLessThanOrEqual(2 + Math.ceil(768 / 30) * 2);
    t.seek(400_000);
    expect(JSON.stringify(t.world())).toBe(reference(400));
  });

  it('files saved with a command are read by it and later ones, and replay reproduces them', () => {
    const t = new Timeline({ seed: 4 });
    const edited = WEB_YAML.replace('replicas: 2', 'replicas: 3');
    const e = t.run('kubectl apply -f mine.yaml', { 'mine.yaml': edited });
    expect(e.exitCode).toBe(0);
    t.advance(60_000);
    expect(t.world().objects.StatefulSet.web?.spec.replicas).toBe(3);
    // A later command reads the saved file again (like a file on disk); the newest save wins.
    t.run('kubectl apply -f mine.yaml', { 'mine.yaml': edited.replace('replicas: 3', 'replicas: 1') });
    t.run('kubectl delete -f mine.yaml');
    expect(t.world().objects.StatefulSet.web?.metadata.deletionTimestamp ?? 'gone').toBeTruthy();
    t.advance(20_000);
    expect(t.inputs()[0]).toEqual({ at: 0, line: 'kubectl apply -f mine.yaml', files: { 'mine.yaml': edited } });
    const again = Timeline.replay({ seed: 4 }, t.inputs(), t.cursor);
    expect(json(again.world())).toBe(json(t.world()));
  });

  it('a file saved on a branch that a fork drops is no longer there', () => {
    const t = new Timeline({ seed: 4 });
    t.advance(10_000);
    t.run('kubectl apply -f mine.yaml', { 'mine.yaml': WEB_YAML });
    t.seek(5_000);
    const e = t.run('kubectl apply -f mine.yaml');
    expect(e.stderr).toBe(`error: the path "mine.yaml" does not exist\n`);
  });

  it('starts from a given world, which it copies, and replays from it', () => {
    const s = new Session({ seed: 7 });
    s.run('kubectl apply -f web.yaml');
    s.advance(60);
    const start = structuredClone(s.sim.world);
    const t = new Timeline({}, start);
    expect(json(t.world())).toBe(json(start));
    t.run('kubectl scale sts web --replicas=3');
    t.advance(60_000);
    expect(json(start)).toBe(json(s.sim.world));
    expect(t.startWorld()).toEqual(start);
    const again = Timeline.replay({}, t.inputs(), t.cursor, t.startWorld());
    expect(json(again.world())).toBe(json(t.world()));
    expect(Object.keys(again.world().objects.Pod).sort()).toEqual(['web-0', 'web-1', 'web-2']);
  });
});

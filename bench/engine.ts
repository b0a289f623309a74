// Engine benchmarks (issue #2 §5): a chaotic command workload, a 0→200 scale-up on 20 nodes,
// and one virtual hour of a 5-replica set with periodic partitions.
import { createSession, sessionFor } from '../src/commands/index.ts';
import { randomInt } from '../src/sim/engine/rng.ts';
import { Simulator } from '../src/sim/simulator.ts';
import { aHeadlessService, aStatefulSet } from '../src/sim/testing/builders.ts';
import { provideExecutor } from '../src/timeline/executor.ts';
import { Timeline } from '../src/timeline/timeline.ts';

provideExecutor(sessionFor);

export interface Figure {
  name: string;
  value: number;
  unit: string;
  note?: string;
  /** Issue 8's budget: the value must be at most `max` (or at least `min`). */
  budget?: { max: number } | { min: number };
}

/** Whether a figure meets its budget (undefined: it has none). */
export function meets(f: Figure): boolean | undefined {
  if (!f.budget) return undefined;
  return 'max' in f.budget ? f.value <= f.budget.max : f.value >= f.budget.min;
}

function heapMB(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timed<T>(f: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = f();
  return { ms: performance.now() - t0, result };
}

/** 10,000 random commands (kubectl and chaos) through the shared executor. */
export function chaosCommands(count = 10_000): Figure[] {
  const session = createSession({ seed: 7 });
  const h = { rng: 12345 };
  session.run('kubectl apply -f web.yaml');
  const commands: (() => string)[] = [
    () => `kubectl scale sts web --replicas=${randomInt(h, 0, 8)}`,
    () => `kubectl delete pod web-${randomInt(h, 0, 7)} --wait=false`,
    () => 'kubectl get pods -o wide',
    () => 'kubectl get sts,pvc',
    () => `sleep ${randomInt(h, 1, 60)}`,
    () => `sim partition node-${randomInt(h, 1, 3)}`,
    () => `sim heal node-${randomInt(h, 1, 3)}`,
    () => `sim readiness web-${randomInt(h, 0, 7)} ${randomInt(h, 0, 1) ? 'fail' : 'pass'}`,
    () => 'dig SRV nginx.default.svc.cluster.local',
    () => `kubectl get pod web-${randomInt(h, 0, 7)} -o yaml`,
    () => 'kubectl bogus command',
  ];
  gc();
  const heap0 = heapMB();
  const v0 = session.now;
  const { ms } = timed(() => {
    for (let i = 0; i < count; i++) session.run(commands[randomInt(h, 0, commands.length - 1)]!());
  });
  gc();
  return [
    {
      name: 'chaos: commands per second',
      value: Math.round((count / ms) * 1000),
      unit: 'cmd/s',
      note: `${count} commands in ${ms.toFixed(0)} ms`,
    },
    { name: 'chaos: virtual seconds per wall second', value: Math.round(((session.now - v0) / ms) * 1000), unit: 'x' },
    {
      name: 'chaos: wall time',
      value: Math.round(ms),
      unit: 'ms',
      ...(count === 10_000 ? { budget: { max: 2000 } } : {}),
    },
    { name: 'chaos: heap growth', value: Number((heapMB() - heap0).toFixed(1)), unit: 'MB' },
  ];
}

/** Scale 0 → 200 on 20 nodes (OrderedReady), until every pod is Running and Ready. */
export function scale200(): Figure[] {
  const sim = new Simulator({ seed: 3, nodes: 20 });
  sim.cluster.create('Service', aHeadlessService('web'));
  sim.cluster.create('StatefulSet', aStatefulSet('web', { replicas: 0 }));
  sim.cluster.touch();
  sim.cluster.settle();
  const { ms, result } = timed(() => {
    const s = sim.cluster.get('StatefulSet', 'web')!;
    s.spec.replicas = 200;
    sim.cluster.update('StatefulSet', s);
    return sim.cluster.advanceUntil(
      () => (sim.cluster.get('StatefulSet', 'web')!.status.readyReplicas ?? 0) === 200,
      86_400_000,
    );
  });
  if (!result) throw new Error('scale to 200 did not settle');
  return [
    { name: 'scale 0→200 on 20 nodes: wall time', value: Math.round(ms), unit: 'ms' },
    { name: 'scale 0→200 on 20 nodes: virtual time', value: Math.round(sim.world.now / 1000), unit: 's' },
  ];
}

/** One virtual hour of a 5-replica set with a node cut off and healed every 10 minutes. */
export function hourWithPartitions(): Figure[] {
  const sim = new Simulator({ seed: 5 });
  sim.cluster.create('Service', aHeadlessService('web'));
  sim.cluster.create('StatefulSet', aStatefulSet('web', { replicas: 5 }));
  sim.cluster.touch();
  gc();
  const heap0 = heapMB();
  const { ms } = timed(() => {
    for (let minute = 0; minute < 60; minute++) {
      if (minute % 10 === 2) sim.partition(`node-${(minute / 10 + 1) % 3 || 3}`);
      if (minute % 10 === 9) for (const n of ['node-1', 'node-2', 'node-3']) sim.heal(n);
      sim.advance(60);
    }
  });
  gc();
  return [
    { name: 'one virtual hour, 5 replicas, partitions: wall time', value: Math.round(ms), unit: 'ms' },
    { name: 'one virtual hour: heap growth', value: Number((heapMB() - heap0).toFixed(1)), unit: 'MB' },
  ];
}

/** A one-hour timeline (5 replicas, a partition, a heal), then seeks to random instants. */
export function timelineSeek(): Figure[] {
  const t = new Timeline({ seed: 11 });
  t.run('kubectl apply -f web.yaml');
  t.run('kubectl scale sts web --replicas=5');
  t.advance(600_000);
  t.run('sim partition node-2');
  t.advance(900_000);
  t.run('sim heal node-2');
  t.advance(2_100_000);
  const h = { rng: 99 };
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const target = randomInt(h, 0, t.head - 1);
    const t0 = performance.now();
    t.seek(target);
    t.world();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [
    { name: 'timeline: seek in one virtual hour, median', value: Number(times[25]!.toFixed(1)), unit: 'ms' },
    {
      name: 'timeline: seek in one virtual hour, worst',
      value: Number(times.at(-1)!.toFixed(1)),
      unit: 'ms',
      budget: { max: 100 },
    },
  ];
}

/** A rolling update of a 200-replica set on 20 nodes, from the template change until complete. */
export function rollingUpdate200(): Figure[] {
  const sim = new Simulator({ seed: 13, nodes: 20 });
  sim.cluster.create('Service', aHeadlessService('web'));
  sim.cluster.create('StatefulSet', aStatefulSet('web', { replicas: 200 }));
  sim.cluster.touch();
  const c = sim.cluster;
  c.advanceUntil(() => (c.get('StatefulSet', 'web')!.status.readyReplicas ?? 0) === 200, 86_400_000);
  const start = sim.world.now;
  const { ms, result } = timed(() => {
    const s = c.get('StatefulSet', 'web')!;
    const template = structuredClone(s.spec.template);
    template.spec.containers[0]!.image = 'registry.k8s.io/nginx-slim:0.24';
    s.spec.template = template;
    c.update('StatefulSet', s);
    return c.advanceUntil(() => {
      const st = c.get('StatefulSet', 'web')!.status;
      return (
        st.currentRevision === st.updateRevision && (st.updatedReplicas ?? 0) === 200 && (st.readyReplicas ?? 0) === 200
      );
    }, 86_400_000);
  });
  if (!result) throw new Error('rolling update of 200 did not complete');
  return [
    { name: 'rolling update of 200 on 20 nodes: wall time', value: Math.round(ms), unit: 'ms' },
    {
      name: 'rolling update of 200 on 20 nodes: virtual time',
      value: Math.round((sim.world.now - start) / 1000),
      unit: 's',
    },
  ];
}

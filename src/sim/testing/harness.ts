// A chainable driver for engine tests, after tldraw's TestEditor:
// `simWith(aStatefulSet('web')).advance(30).expectReady('web-0', 'web-1')`.
import { expect } from 'vitest';
import type { Change } from '../engine/cluster.ts';
import type { KubeObject, Pod, StatefulSet } from '../model/types.ts';
import { isPodReady, isTerminating } from '../model/pods.ts';
import { Simulator } from '../simulator.ts';
import type { WorldOptions } from '../engine/world.ts';

export class TestSim {
  readonly sim: Simulator;
  /** Every pod change seen, as `type name status` lines, for ordering assertions. */
  readonly log: { at: number; type: string; name: string; phase: string; ready: boolean; terminating: boolean }[] = [];

  constructor(opts: WorldOptions = {}) {
    this.sim = new Simulator({ seed: 1, ...opts });
    this.sim.cluster.watch((ch: Change) => {
      if (ch.kind !== 'Pod') return;
      const p = ch.object as Pod;
      this.log.push({
        at: ch.at,
        type: ch.type,
        name: p.metadata.name,
        phase: p.status.phase ?? '',
        ready: isPodReady(p),
        terminating: isTerminating(p),
      });
    });
  }

  get c() {
    return this.sim.cluster;
  }

  create(...objs: KubeObject[]): this {
    for (const o of objs) this.c.create(o.kind as never, structuredClone(o) as never);
    this.c.settle();
    return this;
  }

  advance(seconds: number): this {
    this.sim.advance(seconds);
    return this;
  }

  set(name: string): StatefulSet {
    const s = this.c.get('StatefulSet', name);
    if (!s) throw new Error(`no StatefulSet ${name}`);
    return s;
  }

  scale(name: string, replicas: number): this {
    const s = this.set(name);
    s.spec.replicas = replicas;
    this.c.update('StatefulSet', s);
    this.c.settle();
    return this;
  }

  pod(name: string): Pod | undefined {
    return this.c.get('Pod', name);
  }

  podNames(): string[] {
    return this.c
      .list('Pod')
      .map((p) => p.metadata.name)
      .sort();
  }

  readyPods(): string[] {
    return this.c
      .list('Pod')
      .filter((p) => isPodReady(p) && !isTerminating(p))
      .map((p) => p.metadata.name)
      .sort();
  }

  /** Order in which pods were first ADDED. */
  creationOrder(): string[] {
    return this.log.filter((l) => l.type === 'ADDED').map((l) => l.name);
  }

  deletionOrder(): string[] {
    return this.log.filter((l) => l.type === 'DELETED').map((l) => l.name);
  }

  expectPods(...names: string[]): this {
    expect(this.podNames()).toEqual([...names].sort());
    return this;
  }

  expectReady(...names: string[]): this {
    expect(this.readyPods()).toEqual([...names].sort());
    return this;
  }

  why(name: string): string {
    return this.sim.world.controllers[name]?.reason ?? '';
  }
}

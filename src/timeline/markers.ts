// Moments worth stopping at on the timeline: a pod created, Ready, no longer Ready, Terminating
// or gone; a node going NotReady or Ready again. Found by comparing each change with what the
// tracker last saw of that object.
import type { Change } from '../sim/engine/cluster.ts';
import type { World } from '../sim/engine/world.ts';
import { isPodReady, isTerminating } from '../sim/model/pods.ts';
import type { KubeObject, Node, Pod } from '../sim/model/types.ts';

export type MarkerWhat =
  'created' | 'ready' | 'not-ready' | 'terminating' | 'deleted' | 'node-not-ready' | 'node-ready';

export interface Marker {
  at: number;
  what: MarkerWhat;
  /** `pod/web-0`, `node/node-1`. */
  object: string;
}

function podState(p: Pod): string {
  if (isTerminating(p)) return 'terminating';
  return isPodReady(p) ? 'ready' : 'not-ready';
}

function nodeState(n: Node): string {
  return n.status.conditions.find((c) => c.type === 'Ready')?.status === 'True' ? 'node-ready' : 'node-not-ready';
}

function stateOf(kind: string, o: KubeObject): string | undefined {
  if (kind === 'Pod') return podState(o as Pod);
  if (kind === 'Node') return nodeState(o as Node);
  return undefined;
}

export class MarkerTracker {
  private last = new Map<string, string>();

  /** Forgets history and takes the world's current states as the baseline (after a fork). */
  reset(world: World): void {
    this.last.clear();
    for (const p of Object.values(world.objects.Pod)) this.last.set(`pod/${p.metadata.name}`, podState(p));
    for (const n of Object.values(world.objects.Node)) this.last.set(`node/${n.metadata.name}`, nodeState(n));
  }

  observe(ch: Change): Marker | undefined {
    if (ch.kind !== 'Pod' && ch.kind !== 'Node') return undefined;
    const object = `${ch.kind.toLowerCase()}/${ch.object.metadata.name}`;
    if (ch.type === 'DELETED') {
      this.last.delete(object);
      return { at: ch.at, what: 'deleted', object };
    }
    const state = stateOf(ch.kind, ch.object)!;
    const before = this.last.get(object);
    this.last.set(object, state);
    if (ch.type === 'ADDED' && ch.kind === 'Pod') return { at: ch.at, what: 'created', object };
    if (before === state || before === undefined) return undefined;
    return { at: ch.at, what: state as MarkerWhat, object };
  }
}

// Moments worth stopping at on the timeline: a pod created, Ready, no longer Ready, Terminating
// or gone; a node going NotReady or Ready again. Found by comparing each change with what the
// tracker last saw of that object.
import type { Change } from '../sim/engine/cluster.ts';
import type { World } from '../sim/engine/world.ts';
import { isPodReady, isTerminating } from '../sim/model/pods.ts';
import type { KubeObject, Node, Pod } from '../sim/model/types.ts';

export type MarkerWhat =
  | 'created'
  | 'ready'
  | 'not-ready'
  | 'terminating'
  | 'deleted'
  | 'node-not-ready'
  | 'node-ready'
  /** Any other visible change (a status step such as ContainerCreating → Running). */
  | 'changed';

/** Markers "skip to the next interesting moment" stops at; `step` stops at every marker. */
export const INTERESTING: ReadonlySet<MarkerWhat> = new Set<MarkerWhat>([
  'created',
  'ready',
  'terminating',
  'deleted',
  'node-not-ready',
  'node-ready',
]);

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

/** What `kubectl get pods` would show changing: phase, node, container state. */
function podLook(p: Pod): string {
  const cs = p.status.containerStatuses?.[0];
  const st = cs?.state.waiting?.reason ?? (cs?.state.running ? 'running' : (cs?.state.terminated?.reason ?? ''));
  return `${p.status.phase ?? ''}|${p.spec.nodeName ?? ''}|${st}|${cs?.ready ?? false}`;
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
  private looks = new Map<string, string>();

  /** Forgets history and takes the world's current states as the baseline (after a fork). */
  reset(world: World): void {
    this.last.clear();
    this.looks.clear();
    for (const p of Object.values(world.objects.Pod)) {
      this.last.set(`pod/${p.metadata.name}`, podState(p));
      this.looks.set(`pod/${p.metadata.name}`, podLook(p));
    }
    for (const n of Object.values(world.objects.Node)) this.last.set(`node/${n.metadata.name}`, nodeState(n));
  }

  observe(ch: Change): Marker | undefined {
    if (ch.kind !== 'Pod' && ch.kind !== 'Node') return undefined;
    const object = `${ch.kind.toLowerCase()}/${ch.object.metadata.name}`;
    if (ch.type === 'DELETED') {
      this.last.delete(object);
      this.looks.delete(object);
      return { at: ch.at, what: 'deleted', object };
    }
    const state = stateOf(ch.kind, ch.object)!;
    const before = this.last.get(object);
    this.last.set(object, state);
    let lookChanged = false;
    if (ch.kind === 'Pod') {
      const look = podLook(ch.object as Pod);
      lookChanged = this.looks.get(object) !== look;
      this.looks.set(object, look);
    }
    if (ch.type === 'ADDED' && ch.kind === 'Pod') return { at: ch.at, what: 'created', object };
    if (before !== undefined && before !== state) return { at: ch.at, what: state as MarkerWhat, object };
    return lookChanged ? { at: ch.at, what: 'changed', object } : undefined;
  }
}

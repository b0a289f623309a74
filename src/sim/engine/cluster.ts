// The API server of the simulation: a typed object store with resourceVersions, watches and
// event recording, plus the virtual clock's loop. Controllers and the kubelet only ever change
// the world through these methods, so watchers (`kubectl get -w`, the views) see every write.
import type { KubeEvent, KubeObject, ObjectMeta } from '../model/types.ts';
import { admitClaim, admitPod } from './admission.ts';
import { randomUid } from './rng.ts';
import { popDue, schedule } from './queue.ts';
import { stamp } from './time.ts';
import type { ObjectStore, StoredKind, Timer, TimerKind, World } from './world.ts';

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface Change {
  type: ChangeType;
  kind: StoredKind;
  /** The object after the change (before it, for DELETED). Do not mutate. */
  object: KubeObject;
  at: number;
}

export type Watcher = (change: Change) => void;
export type TimerHandler = (cluster: Cluster, timer: Timer) => void;
export type Controller = (cluster: Cluster) => void;

/**
 * A controller and whether its decisions depend only on API objects and the clock. Those may be
 * skipped when neither changed since their last run: rerunning an idempotent controller on the
 * same input is a no-op, and this is the hot path of every instant.
 */
export interface ControllerEntry {
  run: Controller;
  apiOnly: boolean;
}

type ObjOf<K extends StoredKind> = ObjectStore[K][string];

export interface EventSpec {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  involved: { kind: string; name: string; uid?: string; apiVersion?: string; fieldPath?: string };
  host?: string;
}

/** Events live for an hour, like the API server's default event TTL. */
const EVENT_TTL_MS = 3_600_000;
/** Controllers re-run until nothing changes; a cycle this long means a bug, not a busy cluster. */
const MAX_SETTLE_ROUNDS = 10_000;

export class Cluster {
  world: World;
  private watchers = new Set<Watcher>();
  /** Writes to non-Event objects so far: the input version API-only controllers are keyed on. */
  private writes = 0;
  /** (writes@now) of the input on which each API-only controller last changed nothing. */
  private lastRun = new Map<ControllerEntry, string>();
  private lastWorld: World | undefined;
  private dirty = false;
  constructor(
    world: World,
    private readonly controllers: readonly ControllerEntry[],
    private readonly handlers: Partial<Record<TimerKind, TimerHandler>>,
  ) {
    this.world = world;
  }

  get now(): number {
    return this.world.now;
  }

  // ---- store ----

  get<K extends StoredKind>(kind: K, name: string): ObjOf<K> | undefined {
    // Own keys only: `constructor` or `valueOf` are valid object names, not prototype members.
    const store = this.world.objects[kind];
    return Object.hasOwn(store, name) ? (store[name] as ObjOf<K>) : undefined;
  }

  list<K extends StoredKind>(kind: K): ObjOf<K>[] {
    return Object.values(this.world.objects[kind]) as ObjOf<K>[];
  }

  /** Stores a new object, filling uid, resourceVersion and creationTimestamp. */
  create<K extends StoredKind>(kind: K, obj: ObjOf<K>): ObjOf<K> {
    const meta: ObjectMeta = obj.metadata;
    if (kind !== 'Node' && kind !== 'PersistentVolume' && kind !== 'StorageClass') meta.namespace ??= 'default';
    meta.uid ??= randomUid(this.world);
    meta.creationTimestamp ??= stamp(this.world);
    if (kind === 'PersistentVolumeClaim')
      admitClaim(this.world.objects, obj as ObjectStore['PersistentVolumeClaim'][string]);
    if (kind === 'Pod') admitPod(obj as ObjectStore['Pod'][string], this.world.config.defaultTolerationSeconds);
    meta.resourceVersion = String(++this.world.resourceVersion);
    (this.world.objects[kind] as Record<string, ObjOf<K>>)[meta.name] = obj;
    this.changed('ADDED', kind, obj);
    return obj;
  }

  /** Records an in-place change to a stored object. */
  update<K extends StoredKind>(kind: K, obj: ObjOf<K>): void {
    obj.metadata.resourceVersion = String(++this.world.resourceVersion);
    this.changed('MODIFIED', kind, obj);
  }

  remove<K extends StoredKind>(kind: K, name: string): ObjOf<K> | undefined {
    const store = this.world.objects[kind] as Record<string, ObjOf<K>>;
    const obj = store[name];
    if (!obj) return undefined;
    delete store[name];
    this.world.resourceVersion++;
    this.changed('DELETED', kind, obj);
    return obj;
  }

  watch(w: Watcher): () => void {
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }

  /** Marks the world changed so controllers run again at this instant. */
  touch(): void {
    this.dirty = true;
  }

  private changed(type: ChangeType, kind: StoredKind, object: KubeObject): void {
    // No controller acts on Events: recording one neither wakes controllers nor counts as input.
    if (kind === 'Event') return;
    this.dirty = true;
    this.writes++;
    if (kind === 'Service' || kind === 'Endpoints') this.world.dnsModified = this.world.now;
    for (const w of this.watchers) w({ type, kind, object, at: this.world.now });
  }

  // ---- events ----

  /** Records an Event, folding repeats into a count as the event recorder does. */
  event(spec: EventSpec): void {
    const w = this.world;
    const key = `${spec.involved.kind}/${spec.involved.name}/${spec.involved.uid ?? ''}|${spec.reason}|${spec.message}|${spec.component}`;
    if (this.indexedWorld !== w) {
      // A restored or replaced world: rebuild the index from its events.
      this.eventIndex.clear();
      for (const e of Object.values(w.objects.Event))
        this.eventIndex.set(
          `${e.involvedObject.kind}/${e.involvedObject.name}/${e.involvedObject.uid ?? ''}|${e.reason}|${e.message}|${e.source.component}`,
          e.metadata.name,
        );
      this.indexedWorld = w;
    }
    const known = this.eventIndex.get(key);
    const same = known && w.objects.Event[known];
    const now = stamp(w);
    if (same) {
      same.count++;
      same.lastTimestamp = now;
      same.metadata.resourceVersion = String(++w.resourceVersion);
      return;
    }
    const suffix = randomUid(w).replace(/-/g, '').slice(0, 16);
    const ev: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${spec.involved.name}.${suffix}`, namespace: 'default' },
      involvedObject: { ...spec.involved, namespace: 'default' },
      reason: spec.reason,
      message: spec.message,
      type: spec.type,
      source: spec.host ? { component: spec.component, host: spec.host } : { component: spec.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    };
    this.create('Event', ev);
    this.eventIndex.set(key, ev.metadata.name);
  }

  /** Event name by (object, reason, message, source): repeats are folded into one Event. */
  private eventIndex = new Map<string, string>();
  private indexedWorld: World | undefined;

  /** Drops events past their TTL; runs on its own timer so results never depend on how time is stepped. */
  expireEvents(): void {
    const cutoff = this.world.config.epochMs + this.world.now - EVENT_TTL_MS;
    for (const e of Object.values(this.world.objects.Event)) {
      if (Date.parse(e.lastTimestamp) < cutoff) delete this.world.objects.Event[e.metadata.name];
    }
  }

  // ---- time ----

  schedule(kind: TimerKind, target: string, delayMs: number, epoch?: number): void {
    schedule(this.world, kind, target, this.world.now + Math.max(0, Math.round(delayMs)), epoch);
  }

  /** Runs controllers at the current instant until they have nothing more to do. */
  settle(): void {
    let rounds = 0;
    while (this.dirty) {
      if (++rounds > MAX_SETTLE_ROUNDS) throw new Error('controllers did not settle');
      this.dirty = false;
      for (const c of this.controllers) {
        if (c.apiOnly) {
          // Skip only a controller that already ran on exactly this input and changed nothing.
          const key = `${this.writes}@${this.world.now}`;
          if (this.lastRun.get(c) === key && this.lastWorld === this.world) continue;
          c.run(this);
          if (`${this.writes}@${this.world.now}` === key) this.lastRun.set(c, key);
          else this.lastRun.delete(c);
        } else c.run(this);
      }
      this.lastWorld = this.world;
    }
  }

  /** Advances virtual time to `target` ms, firing due timers in (time, seq) order. */
  advanceTo(target: number): void {
    this.settle();
    this.observer?.('start');
    for (;;) {
      const t = popDue(this.world, target);
      if (!t) break;
      this.world.now = t.at;
      this.handlers[t.kind]?.(this, t);
      this.dirty = true;
      this.settle();
      this.observer?.('timer');
    }
    if (target > this.world.now) this.world.now = target;
  }

  /**
   * Called as time passes: once when an advance starts (every change made by commands at this
   * instant is in the world by then) and after each timer. The timeline takes checkpoints here.
   */
  observer: ((phase: 'start' | 'timer') => void) | undefined;

  /**
   * Advances until `done()` holds or `maxMs` have passed; returns whether it held. Checks after
   * each fired timer, so the clock stops at the first instant the condition becomes true.
   */
  advanceUntil(done: () => boolean, maxMs: number): boolean {
    this.settle();
    const end = this.world.now + maxMs;
    if (done()) return true;
    for (;;) {
      const head = this.world.queue[0];
      if (!head || head.at > end) break;
      this.advanceTo(head.at);
      if (done()) return true;
    }
    this.advanceTo(end);
    return done();
  }
}

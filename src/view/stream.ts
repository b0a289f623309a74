// The event stream: a `kubectl get pods -w`-like list built from the timeline's markers (each
// row is the object as it looked at that marker), and the Events stored in the world at the
// cursor. Only what happened up to the cursor is listed, so scrubbing back rewinds the stream.
import { instant, since } from '../commands/printers/context.ts';
import { byLastSeen } from '../commands/printers/get/event.ts';
import { nodeStatus } from '../commands/printers/get/node.ts';
import { podSummary } from '../commands/printers/get/pod.ts';
import type { World } from '../sim/engine/world.ts';
import type { Marker, Timeline } from '../timeline/timeline.ts';

export interface WatchRow {
  key: string;
  at: number;
  what: Marker['what'];
  kind: 'pod' | 'node';
  name: string;
  ready: string;
  status: string;
  restarts: string;
  node: string;
}

/** Rows by marker: a marker never changes, so its row is computed once. */
const rows = new WeakMap<Marker, WatchRow>();

function rowFor(t: Timeline, m: Marker, index: number): WatchRow {
  const cached = rows.get(m);
  if (cached) return cached;
  const [type, name = ''] = m.object.split('/') as [string, string?];
  const base = { key: `${m.at}:${index}:${m.object}:${m.what}`, at: m.at, what: m.what, name };
  let row: WatchRow;
  if (type === 'node') {
    const w = t.worldAt(m.at);
    const n = w.objects.Node[name];
    const status = m.what === 'deleted' ? 'deleted' : n ? nodeStatus(n) : '';
    row = { ...base, kind: 'node', ready: '', status, restarts: '', node: '' };
  } else if (m.what === 'deleted') {
    row = { ...base, kind: 'pod', ready: '', status: 'deleted', restarts: '', node: '' };
  } else {
    const w = t.worldAt(m.at);
    const p = w.objects.Pod[name];
    const s = p ? podSummary(p, { world: w }) : { ready: '', status: 'deleted', restarts: '' };
    row = {
      ...base,
      kind: 'pod',
      ready: s.ready,
      status: s.status,
      restarts: s.restarts,
      node: p?.spec.nodeName ?? '',
    };
  }
  rows.set(m, row);
  return row;
}

/**
 * Reads the rows of markers that have none yet. Called right after every change, a marker at the
 * head is read from the live world before a later command at the same instant (a force delete
 * and its namesake replacement, say) changes what that instant looks like.
 */
export function recordRows(t: Timeline): void {
  const markers = t.markers;
  for (let i = markers.length - 1; i >= 0 && !rows.has(markers[i]!); i--) rowFor(t, markers[i]!, i);
}

const look = (r: WatchRow) => `${r.ready}|${r.status}|${r.restarts}|${r.node}`;

/**
 * The watch stream up to the cursor, oldest first, at most `limit` rows. A row that repeats the
 * object's previous row (several markers at one instant) is dropped, as a watch shows changes.
 */
export function watchRows(t: Timeline, cursor: number, limit = 150): WatchRow[] {
  const markers = t.markers;
  let end = markers.length;
  while (end > 0 && markers[end - 1]!.at > cursor) end--;
  const start = Math.max(0, end - limit * 3);
  // A row not recorded in time is read from the world at its instant; an object deleted at that
  // same instant (and perhaps replaced by a namesake) is no longer there to read, so it is skipped.
  const goneAt = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const m = markers[i]!;
    if (m.what === 'deleted') goneAt.set(`${m.at}|${m.object}`, i);
  }
  const last = new Map<string, string>();
  const out: WatchRow[] = [];
  for (let i = start; i < end; i++) {
    const m = markers[i]!;
    if (m.what !== 'deleted' && !rows.has(m) && (goneAt.get(`${m.at}|${m.object}`) ?? -1) > i) continue;
    const r = rowFor(t, m, i);
    const id = `${r.kind}/${r.name}`;
    if (last.get(id) === look(r)) continue;
    last.set(id, look(r));
    out.push(r);
  }
  return out.slice(-limit);
}

export interface EventRow {
  key: string;
  /** Virtual ms of the last occurrence. */
  at: number;
  lastSeen: string;
  type: 'Normal' | 'Warning';
  reason: string;
  object: string;
  message: string;
  count: number;
}

export type EventFilter = 'all' | 'workloads';

/** The world's Events, oldest first; `workloads` keeps the StatefulSet's and ReplicaSet's own. */
export function eventRows(world: World, filter: EventFilter = 'all', limit = 150): EventRow[] {
  const ctx = { world };
  const kept = Object.values(world.objects.Event).filter(
    (e) => filter === 'all' || e.involvedObject.kind === 'StatefulSet' || e.involvedObject.kind === 'ReplicaSet',
  );
  return byLastSeen(kept)
    .slice(-limit)
    .map((e) => ({
      key: e.metadata.name,
      at: (instant(e.lastTimestamp) ?? instant(e.firstTimestamp) ?? world.config.epochMs) - world.config.epochMs,
      lastSeen: since(ctx, e.lastTimestamp || e.firstTimestamp),
      type: e.type,
      reason: e.reason,
      object: `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
      message: e.message.trim(),
      count: e.count || 1,
    }));
}

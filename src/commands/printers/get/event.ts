// `kubectl get events`: printEvent (modern, server-side table) and the 1.6/1.7 client-side
// printer (book).
import type { KubeEvent } from '../../../sim/model/types.ts';
import { compareGoStrings } from '../../format/gofmt.ts';
import { instant, isBook, since, type PrintContext } from '../context.ts';
import type { Column, KindPrinter } from '../table.ts';

const MODERN: Column[] = [
  { name: 'LAST SEEN' },
  { name: 'TYPE' },
  { name: 'REASON' },
  { name: 'OBJECT' },
  { name: 'SUBOBJECT', wide: true },
  { name: 'SOURCE', wide: true },
  { name: 'MESSAGE' },
  { name: 'FIRST SEEN', wide: true },
  { name: 'COUNT', wide: true },
  { name: 'NAME', wide: true, isName: true },
];

const BOOK: Column[] = [
  { name: 'LASTSEEN' },
  { name: 'FIRSTSEEN' },
  { name: 'COUNT' },
  { name: 'NAME', isName: true },
  { name: 'KIND' },
  { name: 'SUBOBJECT' },
  { name: 'TYPE' },
  { name: 'REASON' },
  { name: 'SOURCE' },
  { name: 'MESSAGE' },
];

/** formatEventSource: `component, host`, the host only when set. */
export const eventSource = (e: KubeEvent): string =>
  e.source.host ? `${e.source.component}, ${e.source.host}` : e.source.component;

/**
 * The API server lists events by name, and the event recorder names an event
 * `<involvedObject.name>.<hex of its creation UnixNano>`; so the list is grouped by object and,
 * within an object, chronological. The key rebuilds that name from firstTimestamp, so the
 * order does not depend on how the engine names its events.
 */
function listKey(e: KubeEvent): string {
  const first = instant(e.firstTimestamp) ?? 0;
  return `${e.involvedObject.name}.${(BigInt(first) * 1_000_000n).toString(16)}`;
}

/** SortableEvents: by lastTimestamp, oldest first (stable here; Go's sort.Sort is not). */
export function byLastSeen(events: readonly KubeEvent[]): KubeEvent[] {
  const t = (e: KubeEvent) => instant(e.lastTimestamp) ?? instant(e.firstTimestamp) ?? 0;
  return [...events].sort((a, b) => t(a) - t(b));
}

export function serverOrder(events: readonly KubeEvent[]): KubeEvent[] {
  return [...events].sort((a, b) => compareGoStrings(listKey(a), listKey(b)));
}

function modernCells(e: KubeEvent, ctx: PrintContext): string[] {
  const first = since(ctx, e.firstTimestamp);
  const last = e.lastTimestamp ? since(ctx, e.lastTimestamp) : first;
  const { kind, name } = e.involvedObject;
  const target = name ? `${kind.toLowerCase()}/${name}` : kind.toLowerCase();
  return [
    last,
    e.type,
    e.reason,
    target,
    e.involvedObject.fieldPath ?? '',
    eventSource(e),
    e.message.trim(),
    first,
    String(e.count || 1),
    e.metadata.name,
  ];
}

function bookCells(e: KubeEvent, ctx: PrintContext): string[] {
  return [
    since(ctx, e.lastTimestamp),
    since(ctx, e.firstTimestamp),
    String(e.count),
    e.involvedObject.name,
    e.involvedObject.kind,
    e.involvedObject.fieldPath ?? '',
    e.type,
    e.reason,
    eventSource(e),
    e.message,
  ];
}

export const eventPrinter: KindPrinter<KubeEvent> = {
  columns: (ctx) => (isBook(ctx) ? BOOK : MODERN),
  cells: (e, ctx) => (isBook(ctx) ? bookCells(e, ctx) : modernCells(e, ctx)),
  // Modern kubectl prints the server's order (kubernetes/kubernetes#29838 is still open); the
  // 1.6/1.7 printEventList sorted by last timestamp.
  order: (events, ctx) => (isBook(ctx) ? byLastSeen(serverOrder(events)) : serverOrder(events)),
};

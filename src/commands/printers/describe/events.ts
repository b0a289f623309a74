// The Events section every describer ends with: the object's events (searchEvents) sorted by last
// timestamp, repeats shown as `5s (x13 over 23m)` (DescribeEvents).
import type { KubeEvent, KubeObject } from '../../../sim/model/types.ts';
import { humanDuration } from '../../format/duration.ts';
import { instant, isBook, nowMs, since, type PrintContext } from '../context.ts';
import { byLastSeen, eventSource, serverOrder } from '../get/event.ts';
import type { DescribeWriter } from './writer.ts';

const CLUSTER_SCOPED = new Set(['Node', 'PersistentVolume', 'StorageClass']);

/**
 * searchEvents: events whose involvedObject has the object's name, kind and UID. kubectl clears
 * the kind for pods, and for nodes also accepts the node name as UID (the kubelet's events).
 */
export function eventsFor(obj: KubeObject, ctx: PrintContext): KubeEvent[] {
  const { name, uid, namespace } = obj.metadata;
  const found = Object.values(ctx.world.objects.Event).filter((e) => {
    const io = e.involvedObject;
    if (io.name !== name) return false;
    if (obj.kind !== 'Pod' && io.kind !== obj.kind) return false;
    if (!CLUSTER_SCOPED.has(obj.kind) && (io.namespace ?? 'default') !== (namespace ?? 'default')) return false;
    if (uid === undefined) return true;
    return io.uid === uid || (obj.kind === 'Node' && io.uid === name);
  });
  return byLastSeen(serverOrder(found));
}

/** `2m`, or `5s (x13 over 23m)` for an event seen more than once. */
function ageText(e: KubeEvent, ctx: PrintContext): string {
  const first = instant(e.firstTimestamp);
  const firstSince = first === undefined ? '<unknown>' : humanDuration(nowMs(ctx) - first);
  if (e.count > 1) {
    const last = instant(e.lastTimestamp);
    const lastSince = last === undefined ? '<unknown>' : humanDuration(nowMs(ctx) - last);
    return `${lastSince} (x${e.count} over ${firstSince})`;
  }
  return firstSince;
}

export function describeEvents(w: DescribeWriter, obj: KubeObject, ctx: PrintContext): void {
  const events = eventsFor(obj, ctx);
  if (!events.length) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  if (isBook(ctx)) {
    // kubectl 1.6/1.7 DescribeEvents.
    w.write(0, 'Events:\n  FirstSeen\tLastSeen\tCount\tFrom\tSubObjectPath\tType\tReason\tMessage\n');
    w.write(1, '---------\t--------\t-----\t----\t-------------\t--------\t------\t-------\n');
    for (const e of events) {
      const cells = [
        since(ctx, e.firstTimestamp),
        since(ctx, e.lastTimestamp),
        String(e.count),
        eventSource(e),
        e.involvedObject.fieldPath ?? '',
        e.type,
        e.reason,
        e.message,
      ];
      w.write(1, `${cells.join('\t')}\n`);
    }
    return;
  }
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of events) {
    w.write(1, `${e.type}\t${e.reason}\t${ageText(e, ctx)}\t${e.source.component}\t${e.message.trim()}\n`);
  }
}

// The timer queue, kept sorted by (at, seq) so that events at one instant fire in the order they
// were scheduled: the order is part of the deterministic transcript.
import type { Timer, TimerKind, World } from './world.ts';

export function schedule(world: World, kind: TimerKind, target: string, at: number, epoch?: number): void {
  const timer: Timer = { at, seq: world.seq++, kind, target };
  if (epoch !== undefined) timer.epoch = epoch;
  const q = world.queue;
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = q[mid]!;
    if (m.at < at || (m.at === at && m.seq < timer.seq)) lo = mid + 1;
    else hi = mid;
  }
  q.splice(lo, 0, timer);
}

export function nextTimerAt(world: World): number | undefined {
  return world.queue[0]?.at;
}

export function popDue(world: World, until: number): Timer | undefined {
  const head = world.queue[0];
  if (!head || head.at > until) return undefined;
  world.queue.shift();
  return head;
}

/** Drops queued timers matching `pred` (e.g. a pod's timers once it is gone). */
export function cancel(world: World, pred: (t: Timer) => boolean): void {
  world.queue = world.queue.filter((t) => !pred(t));
}

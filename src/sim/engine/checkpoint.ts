// Cheap rollback points for one command. The world is plain JSON, so everything but the Events
// is serialised; Events (the bulk of a busy world) are append-only apart from the count,
// lastTimestamp and resourceVersion that folding a repeat changes, so those are kept by
// reference plus the three fields.
import type { KubeEvent } from '../model/types.ts';
import type { World } from './world.ts';

export interface Checkpoint {
  rest: string;
  events: [string, KubeEvent, number, string, string | undefined][];
}

export function checkpoint(world: World): Checkpoint {
  const { Event, ...others } = world.objects;
  const rest = JSON.stringify({ ...world, objects: others });
  const events = Object.entries(Event).map(
    ([name, e]) => [name, e, e.count, e.lastTimestamp, e.metadata.resourceVersion] as Checkpoint['events'][number],
  );
  return { rest, events };
}

export function restore(cp: Checkpoint): World {
  const world = JSON.parse(cp.rest) as World;
  const Event: Record<string, KubeEvent> = {};
  for (const [name, e, count, last, rv] of cp.events) {
    e.count = count;
    e.lastTimestamp = last;
    if (rv === undefined) delete e.metadata.resourceVersion;
    else e.metadata.resourceVersion = rv;
    Event[name] = e;
  }
  // Event is the store's last key, so the restored world serialises exactly as before.
  world.objects = { ...world.objects, Event };
  return world;
}

/**
 * Whether the world still is exactly what the checkpoint saved (a command that failed before it
 * wrote anything): then there is nothing to roll back, and serialising beats parsing it back.
 */
export function unchangedSince(cp: Checkpoint, world: World): boolean {
  const now = checkpoint(world);
  if (now.rest !== cp.rest || now.events.length !== cp.events.length) return false;
  return now.events.every((e, i) => {
    const was = cp.events[i]!;
    return e[0] === was[0] && e[1] === was[1] && e[2] === was[2] && e[3] === was[3] && e[4] === was[4];
  });
}

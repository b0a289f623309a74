// Checkpoints of the world that share what did not change. A world is mostly objects that stay
// put while time passes (Events, volumes, claims, a settled set's pods), so a checkpoint is the
// world's JSON cut into parts (each top-level field, each kind of object), and a part equal to
// the previous checkpoint's is that same string, kept once. Thirty quiet minutes of autoplay
// then cost the few parts that tick (the clock, timers, node heartbeats), not a whole world each.
import type { World } from '../sim/engine/world.ts';

/** A world as [field, JSON] parts in the world's own key order; `objects` as [kind, JSON] parts. */
export interface Snapshot {
  parts: [string, string][];
  objects: [string, string][];
}

function share(parts: [string, string][], previous: [string, string][] | undefined): void {
  if (!previous) return;
  for (let i = 0; i < parts.length; i++) {
    const p = previous[i];
    if (p && p[0] === parts[i]![0] && p[1] === parts[i]![1]) parts[i] = p;
  }
}

/** Serialises a world, reusing the parts `previous` already holds. */
export function snapshot(world: World, previous?: Snapshot): Snapshot {
  const parts: [string, string][] = [];
  const objects: [string, string][] = [];
  for (const [key, value] of Object.entries(world)) {
    if (value === undefined) continue; // as JSON.stringify(world) leaves it out
    if (key === 'objects') {
      for (const [kind, map] of Object.entries(value as World['objects'])) objects.push([kind, JSON.stringify(map)]);
      parts.push([key, '']);
    } else parts.push([key, JSON.stringify(value)]);
  }
  share(parts, previous?.parts);
  share(objects, previous?.objects);
  return { parts, objects };
}

/** A fresh world from a snapshot, with every key in its original order. */
export function restoreSnapshot(s: Snapshot): World {
  const objects: Record<string, unknown> = {};
  for (const [kind, json] of s.objects) objects[kind] = JSON.parse(json);
  const world: Record<string, unknown> = {};
  for (const [key, json] of s.parts) world[key] = key === 'objects' ? objects : JSON.parse(json);
  return world as unknown as World;
}

// Virtual instants as the API server stores them: RFC 3339 at whole seconds, in UTC.
import type { World } from './world.ts';

export function isoSeconds(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Timestamp string for virtual time `ms` (defaults to now). */
export function stamp(world: World, ms: number = world.now): string {
  return isoSeconds(world.config.epochMs + ms);
}

/** Virtual ms of a stored timestamp. */
export function parseStamp(world: World, iso: string): number {
  return Date.parse(iso) - world.config.epochMs;
}

// What every printer receives: the World (for the clock, the mode and related objects).
import type { Mode, World } from '../../sim/engine/world.ts';
import { humanDuration, shortHumanDuration } from '../format/duration.ts';
import { parseRfc3339 } from '../format/time.ts';

export interface PrintContext {
  world: World;
}

/** The current absolute instant (epoch ms) of the virtual clock. */
export const nowMs = (ctx: PrintContext): number => ctx.world.config.epochMs + ctx.world.now;

export const modeOf = (ctx: PrintContext): Mode => ctx.world.config.mode;

export const isBook = (ctx: PrintContext): boolean => modeOf(ctx) === 'book';

/** Epoch ms of a stored RFC 3339 timestamp, or undefined when unset. */
export function instant(ts: string | undefined): number | undefined {
  return ts ? parseRfc3339(ts) : undefined;
}

/**
 * translateTimestampSince: HumanDuration(time.Since(t)), `<unknown>` for an unset time.
 * Book mode (kubectl 1.6/1.7) printed ages with ShortHumanDuration (`15m`, `1d`).
 */
export function since(ctx: PrintContext, ts: string | undefined): string {
  const t = instant(ts);
  return t === undefined ? '<unknown>' : sinceInstant(ctx, t);
}

/** The age of an absolute instant (epoch ms), in the mode's duration format. */
export function sinceInstant(ctx: PrintContext, t: number): string {
  const d = nowMs(ctx) - t;
  return isBook(ctx) ? shortHumanDuration(d) : humanDuration(d);
}

/** The AGE cell of `kubectl get`: time since creationTimestamp. */
export const ageCell = (ctx: PrintContext, meta: { creationTimestamp?: string }): string =>
  since(ctx, meta.creationTimestamp);

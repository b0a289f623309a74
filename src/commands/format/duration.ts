// apimachinery/pkg/util/duration, ported. Durations are milliseconds; Go's conversions
// (int(d.Seconds()), d / time.Minute, ...) truncate toward zero, and so does Math.trunc here.

import { parseRfc3339 } from './time.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** HumanDuration: ~2–3 significant figures, as kubectl prints AGE and event ages. */
export function humanDuration(ms: number): string {
  // Allow deviation no more than 2 seconds (excluded) to tolerate machine time inconsistency.
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.trunc(days / 365);
  if (hours < 24 * 365 * 8) {
    const dy = days % 365;
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${years}y`;
}

/** ShortHumanDuration: one unit only (used by some kubectl plugins and `kubectl top`-style output). */
export function shortHumanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`;
  return `${Math.trunc(hours / 24 / 365)}y`;
}

/**
 * kubectl's AGE column: translateTimestampSince(creationTimestamp) =
 * HumanDuration(time.Since(t)). creationTimestamp is stored with second precision, so the
 * creation instant is truncated to its whole second before subtracting.
 */
export function ageOf(createdMs: number, nowMs: number): string {
  return humanDuration(nowMs - Math.floor(createdMs / SECOND) * SECOND);
}

/**
 * translateTimestampSince for a stored RFC 3339 timestamp (describe's event ages, RESTARTS
 * "(Xs ago)"): `<unknown>` when the timestamp is unset.
 */
export function since(timestamp: string | undefined | null, nowMs: number): string {
  if (!timestamp) return '<unknown>';
  return humanDuration(nowMs - parseRfc3339(timestamp));
}

// Formatting of virtual instants. Inputs are absolute epoch milliseconds; only UTC getters on a
// Date built from the given number are used, so output never depends on the host clock or zone.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

function partsOf(ms: number): Parts {
  if (!Number.isFinite(ms)) throw new RangeError(`invalid instant: ${ms}`);
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

function offsetText(offsetMinutes: number, colon: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

/** metav1.Time as stored in objects: RFC 3339, second precision, UTC (`2026-01-08T22:17:49Z`). */
export function rfc3339(ms: number): string {
  const p = partsOf(ms);
  return `${pad(p.year, 4)}-${pad(p.month + 1)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}Z`;
}

/** metav1.MicroTime (e.g. Event.eventTime): RFC 3339 with exactly six fractional digits, UTC. */
export function rfc3339Micro(ms: number): string {
  const base = rfc3339(ms).slice(0, -1);
  const micros = Math.round((ms - Math.floor(ms / 1000) * 1000) * 1000);
  return `${base}.${pad(Math.min(micros, 999999), 6)}Z`;
}

/**
 * Go's time.RFC1123Z layout ("Mon, 02 Jan 2006 15:04:05 -0700"), used by kubectl describe.
 * kubectl prints in the local zone of the machine running it; the simulator uses UTC unless an
 * offset (minutes east of UTC) is given.
 */
export function rfc1123z(ms: number, offsetMinutes = 0): string {
  const p = partsOf(ms + offsetMinutes * 60_000);
  return `${DAYS[p.weekday]}, ${pad(p.day)} ${MONTHS[p.month]} ${pad(p.year, 4)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${offsetText(offsetMinutes, false)}`;
}

/**
 * strftime("%a %b %d %H:%M:%S %Z %Y") in UTC, i.e. what `date` and dig's `;; WHEN:` line print
 * in a container whose zone is UTC: `Mon Oct 18 08:51:50 UTC 2021`.
 */
export function unixDate(ms: number): string {
  const p = partsOf(ms);
  return `${DAYS[p.weekday]} ${MONTHS[p.month]} ${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} UTC ${p.year}`;
}

const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Parses an RFC 3339 timestamp (as found in object metadata) to epoch milliseconds. */
export function parseRfc3339(text: string): number {
  const m = RFC3339_RE.exec(text);
  if (!m) throw new RangeError(`not an RFC 3339 timestamp: ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (frac) ms += Math.floor(Number(`0${frac}`) * 1000);
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    ms -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return ms;
}

// Virtual time as the lab shows it: a clock (`1:05.3`, `1:02:05`) and spoken durations
// ("5 minutes 2 seconds") for the live region.

/** Virtual ms as a clock: `m:ss`, `h:mm:ss` past an hour, with tenths when asked and under an hour. */
export function formatClock(ms: number, tenths = false): string {
  const t = Math.max(0, ms);
  const total = Math.floor(t / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${ss}`;
  return tenths ? `${m}:${ss}.${Math.floor((t % 1000) / 100)}` : `${m}:${ss}`;
}

/** A duration for reading aloud or for a badge: `48 s`, `5 min`, `5 min 2 s`, `1 h 3 min`. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  if (total < 60) return `${total} s`;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

/** The clock in words for screen readers: "1 minute 5 seconds". */
export function spokenClock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts = [h ? part(h, 'hour') : '', m ? part(m, 'minute') : '', s || (!h && !m) ? part(s, 'second') : ''];
  return parts.filter(Boolean).join(' ');
}

// Virtual time as the lab shows it: a clock (`1:05.3`, `1:02:05`) and spoken durations
// ("5 minutes 2 seconds", "5 分钟 2 秒") for the live region, in the page's language.
import { t, type DisplayLang } from '../i18n/index.ts';

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
export function formatDuration(lang: DisplayLang, ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const sec = (n: number) => t(lang, 'time.short.s', { n });
  const min = (n: number) => t(lang, 'time.short.min', { n });
  const hour = (n: number) => t(lang, 'time.short.h', { n });
  if (total < 60) return sec(total);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return m ? `${hour(h)} ${min(m)}` : hour(h);
  return s ? `${min(m)} ${sec(s)}` : min(m);
}

/** The clock in words for screen readers: "1 minute 5 seconds". */
export function spokenClock(lang: DisplayLang, ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [
    h ? t(lang, h === 1 ? 'time.spoken.hour.one' : 'time.spoken.hour.other', { n: h }) : '',
    m ? t(lang, m === 1 ? 'time.spoken.minute.one' : 'time.spoken.minute.other', { n: m }) : '',
    s || (!h && !m) ? t(lang, s === 1 ? 'time.spoken.second.one' : 'time.spoken.second.other', { n: s }) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

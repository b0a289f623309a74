// Label selectors as the API machinery evaluates them.
import type { LabelSelector, Labels } from './types.ts';

export function matchesSelector(labels: Labels | undefined, selector: LabelSelector | undefined): boolean {
  if (!selector) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, e.key);
    const val = l[e.key];
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(val!))) return false;
    if (e.operator === 'NotIn' && has && values.includes(val!)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  // An empty selector matches everything, as in the API (but a nil one matches nothing).
  return true;
}

export function matchesLabels(labels: Labels | undefined, wanted: Labels): boolean {
  const l = labels ?? {};
  return Object.entries(wanted).every(([k, v]) => l[k] === v);
}

/** `app=nginx,tier=web`, as `kubectl describe` prints a selector. */
export function selectorString(selector: LabelSelector | undefined): string {
  if (!selector) return '<none>';
  const parts = Object.entries(selector.matchLabels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
  for (const e of selector.matchExpressions ?? []) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${(e.values ?? []).join(',')})`);
  }
  return parts.length ? parts.join(',') : '<none>';
}

/** Parses `-l` selectors: `a=b`, `a==b`, `a!=b`, `a`, `!a`, `a in (x,y)`, comma-separated. */
export function parseSelector(text: string): LabelSelector | string {
  const sel: Required<LabelSelector> = { matchLabels: {}, matchExpressions: [] };
  const parts = text.match(/[^,(]+(\([^)]*\))?/g) ?? [];
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^([\w./-]+)\s*(==|=)\s*([\w.-]*)$/))) sel.matchLabels[m[1]!] = m[3]!;
    else if ((m = p.match(/^([\w./-]+)\s*!=\s*([\w.-]*)$/)))
      sel.matchExpressions.push({ key: m[1]!, operator: 'NotIn', values: [m[2]!] });
    else if ((m = p.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/)))
      sel.matchExpressions.push({
        key: m[1]!,
        operator: m[2] === 'in' ? 'In' : 'NotIn',
        values: m[3]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      });
    else if ((m = p.match(/^!([\w./-]+)$/))) sel.matchExpressions.push({ key: m[1]!, operator: 'DoesNotExist' });
    else if ((m = p.match(/^([\w./-]+)$/))) sel.matchExpressions.push({ key: m[1]!, operator: 'Exists' });
    else return `error: unable to parse requirement: found '${p}', expected: identifier`;
  }
  return sel;
}

// apimachinery's label and selector rendering, as kubectl prints them.
import type { LabelSelector, Labels } from '../../sim/model/types.ts';
import { compareGoStrings } from '../format/gofmt.ts';

export const goSort = (xs: readonly string[]): string[] => [...xs].sort(compareGoStrings);

/** labels.FormatLabels: `a=b,c=d` in key order, `<none>` when empty. */
export function formatLabels(labels: Labels | undefined): string {
  const keys = goSort(Object.keys(labels ?? {}));
  if (!keys.length) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/**
 * labels.Selector.String() of LabelSelectorAsSelector: requirements sorted by key, set values
 * sorted; `''` for a nil or empty selector.
 */
export function selectorText(sel: LabelSelector | undefined): string {
  if (!sel) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of sel.matchExpressions ?? []) {
    const values = goSort([...new Set(e.values ?? [])]).join(',');
    const text =
      e.operator === 'In'
        ? `${e.key} in (${values})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${values})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    reqs.push({ key: e.key, text });
  }
  // sort.Sort(ByKey) is not stable, but a selector rarely repeats a key.
  return reqs
    .sort((a, b) => compareGoStrings(a.key, b.key))
    .map((r) => r.text)
    .join(',');
}

/** metav1.FormatLabelSelector: like selectorText but `<none>` when empty. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  return selectorText(sel) || '<none>';
}

/** Go's %v of a []string: `[a b]`, `[]` when empty or nil. */
export const goList = (xs: readonly string[] | undefined): string => `[${(xs ?? []).join(' ')}]`;

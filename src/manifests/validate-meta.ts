// ObjectMeta, labels, annotations and label-selector validation (apimachinery api/validation and
// apis/meta/v1/validation), plus the Go renderings of selectors and maps used in their messages.

import { compareGoStrings, goSharpStringMap } from './go-format.ts';
import { bv, child, forbidden, index, invalid, required, type FieldError } from './field-errors.ts';
import { byteLength, labelValueErrors, qualifiedNameErrors } from './names.ts';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function asStringMap(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'string' ? x : String(x);
  return out;
}

function sortedEntries(m: Record<string, string>): [string, string][] {
  return Object.keys(m)
    .sort(compareGoStrings)
    .map((k) => [k, m[k]]);
}

/** ValidateLabelName */
export function validateLabelName(name: string, path: string): FieldError[] {
  return qualifiedNameErrors(name).map((msg) => invalid(path, bv.str(name), msg));
}

/** ValidateLabels (Go iterates the map in random order; keys are taken sorted here). */
export function validateLabels(labels: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!labels) return errs;
  for (const [k, v] of sortedEntries(labels)) {
    errs.push(...validateLabelName(k, path));
    for (const msg of labelValueErrors(v)) errs.push(invalid(path, bv.str(v), msg));
  }
  return errs;
}

const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** ValidateAnnotations */
export function validateAnnotations(annotations: Record<string, string> | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!annotations) return errs;
  let total = 0;
  for (const [k, v] of sortedEntries(annotations)) {
    for (const msg of qualifiedNameErrors(k.toLowerCase())) errs.push(invalid(path, bv.str(k), msg));
    total += byteLength(k) + byteLength(v);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
    errs.push({
      type: 'TooLong',
      field: path,
      bad: bv.str(''),
      detail: `must have at most ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes`,
    });
  }
  return errs;
}

export type NameFn = (name: string) => string[];

/** ValidateObjectMeta (the caller has filled the namespace for namespaced kinds, as kubectl does). */
export function validateObjectMeta(meta: unknown, nameFn: NameFn, path = 'metadata'): FieldError[] {
  const m = isObj(meta) ? meta : {};
  const errs: FieldError[] = [];
  const generateName = asString(m.generateName);
  if (generateName.length !== 0) {
    // nameFn(generateName, prefix=true) masks a trailing dash (maskTrailingDash): "web-" is a valid prefix.
    const masked =
      generateName.length > 1 && generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName;
    for (const msg of nameFn(masked)) errs.push(invalid(child(path, 'generateName'), bv.str(generateName), msg));
  }
  const name = asString(m.name);
  if (name.length === 0) errs.push(required(child(path, 'name'), 'name or generateName is required'));
  else for (const msg of nameFn(name)) errs.push(invalid(child(path, 'name'), bv.str(name), msg));
  if (typeof m.generation === 'number' && m.generation < 0) {
    errs.push(invalid(child(path, 'generation'), bv.int(m.generation), 'must be greater than or equal to 0'));
  }
  errs.push(...validateLabels(asStringMap(m.labels), child(path, 'labels')));
  errs.push(...validateAnnotations(asStringMap(m.annotations), child(path, 'annotations')));
  if (Array.isArray(m.finalizers)) {
    m.finalizers.forEach((f, i) => {
      const s = asString(f);
      for (const msg of qualifiedNameErrors(s)) errs.push(invalid(index(child(path, 'finalizers'), i), bv.str(s), msg));
    });
  }
  return errs;
}

// ---- label selectors ---------------------------------------------------------------------------------

export interface SelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

export interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: SelectorRequirement[];
}

export function readSelector(v: unknown): Selector | undefined {
  if (!isObj(v)) return undefined;
  const exprs = Array.isArray(v.matchExpressions)
    ? v.matchExpressions.map((e) => {
        const o = isObj(e) ? e : {};
        return {
          key: asString(o.key),
          operator: asString(o.operator),
          values: Array.isArray(o.values) ? o.values.map((x) => asString(x)) : [],
        };
      })
    : undefined;
  return { matchLabels: asStringMap(v.matchLabels), matchExpressions: exprs };
}

/** ValidateLabelSelector (with AllowInvalidLabelValueInSelector false). */
export function validateLabelSelector(sel: Selector | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!sel) return errs;
  errs.push(...validateLabels(sel.matchLabels, child(path, 'matchLabels')));
  (sel.matchExpressions ?? []).forEach((sr, i) => {
    const p = index(child(path, 'matchExpressions'), i);
    switch (sr.operator) {
      case 'In':
      case 'NotIn':
        if (sr.values.length === 0) {
          errs.push(required(child(p, 'values'), "must be specified when `operator` is 'In' or 'NotIn'"));
        }
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (sr.values.length > 0) {
          errs.push(
            forbidden(child(p, 'values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
          );
        }
        break;
      default:
        errs.push(invalid(child(p, 'operator'), bv.str(sr.operator), 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(sr.key, child(p, 'key')));
    sr.values.forEach((v, vi) => {
      for (const msg of labelValueErrors(v)) errs.push(invalid(index(child(p, 'values'), vi), bv.str(v), msg));
    });
  });
  return errs;
}

/** Whether metav1.LabelSelectorAsSelector would fail for this selector. */
export function selectorConversionFails(sel: Selector | undefined): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    if (qualifiedNameErrors(k).length > 0 || labelValueErrors(v).length > 0) return true;
  }
  for (const sr of sel.matchExpressions ?? []) {
    if (qualifiedNameErrors(sr.key).length > 0) return true;
    switch (sr.operator) {
      case 'In':
      case 'NotIn':
        if (sr.values.length === 0) return true;
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (sr.values.length > 0) return true;
        break;
      default:
        return true;
    }
    if (sr.values.some((v) => labelValueErrors(v).length > 0)) return true;
  }
  return false;
}

export function selectorIsEmpty(sel: Selector | undefined): boolean {
  return !!sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0;
}

/** labels.Selector.Matches for a converted (valid) selector. */
export function selectorMatches(sel: Selector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const sr of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(l, sr.key);
    switch (sr.operator) {
      case 'In':
        if (!has || !sr.values.includes(l[sr.key])) return false;
        break;
      case 'NotIn':
        if (has && sr.values.includes(l[sr.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** The generated protobuf String() of *metav1.LabelSelector (what ErrorBody prints for it). */
export function formatLabelSelector(sel: Selector): string {
  const labels = sortedEntries(sel.matchLabels ?? {})
    .map(([k, v]) => `${k}: ${v},`)
    .join('');
  const exprs = (sel.matchExpressions ?? [])
    .map((e) => `LabelSelectorRequirement{Key:${e.key},Operator:${e.operator},Values:[${e.values.join(' ')}],},`)
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}

/** `%#v` of the template labels map. */
export function formatLabelsMap(labels: Record<string, string> | undefined): string {
  return goSharpStringMap(labels);
}

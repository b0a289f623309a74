// Strategic merge patch, following k8s.io/apimachinery/pkg/util/strategicpatch (mergeMap/mergeSlice
// with the API server's options MergeParallelList and IgnoreUnmatchedNulls), driven by the
// patchStrategy/patchMergeKey metadata of schema.ts. Directives: `$patch: replace|delete|merge`,
// `$retainKeys`, `$deleteFromPrimitiveList/<field>`, `$setElementOrder/<field>`.

import { goPrintV } from './go-format.ts';
import { cloneJson } from './defaults.ts';
import { STRUCTS, type FieldType } from './schema.ts';

type Obj = Record<string, unknown>;

export class PatchError extends Error {
  constructor(
    message: string,
    /** How the API server surfaces it: BadRequest, Invalid (422 without details) or an internal error. */
    readonly status: 'BadRequest' | 'Invalid' | 'Internal',
  ) {
    super(message);
  }
}

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const DELETE_FROM_PRIMITIVE = '$deleteFromPrimitiveList/';
const SET_ELEMENT_ORDER = '$setElementOrder/';

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function setKey(o: Obj, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** Schema lookups: a struct's field, a map's element; unknown (`any`) below that. */
function fieldSchema(schema: FieldType | null, key: string): FieldType | null {
  if (!schema) return null;
  if (schema.k === 'struct') {
    const f = STRUCTS[schema.name].fields[key];
    if (f === undefined) {
      throw new PatchError(
        `unable to find api field in struct ${STRUCTS[schema.name].go.split('.')[1]} for the json field ${JSON.stringify(key)}`,
        'Internal',
      );
    }
    return f;
  }
  if (schema.k === 'map') return schema.elem;
  return null;
}

function listMeta(schema: FieldType | null): { strategy: 'merge' | ''; mergeKey: string; elem: FieldType | null } {
  if (schema && schema.k === 'list')
    return { strategy: schema.strategy ?? '', mergeKey: schema.mergeKey ?? '', elem: schema.elem };
  return { strategy: '', mergeKey: '', elem: null };
}

/** discardNullValuesFromPatch */
function discardNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(discardNulls);
  if (isObj(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) if (x !== null) setKey(out, k, discardNulls(x));
    return out;
  }
  return v;
}

function goTypeOf(v: unknown): string {
  if (v === null) return 'nil';
  if (Array.isArray(v)) return 'slice';
  if (isObj(v)) return 'map';
  return typeof v === 'number' ? (Number.isInteger(v) ? 'int64' : 'float64') : typeof v;
}

function handleDirectiveInMergeMap(directive: unknown, patch: Obj): Obj {
  if (directive === 'replace') {
    const out = { ...patch };
    delete out[DIRECTIVE];
    return out;
  }
  if (directive === 'delete') return {};
  throw new PatchError(`unknown patch type: ${goPrintV(directive)} in map: ${goPrintV(patch)}`, 'Internal');
}

function applyRetainKeys(original: Obj, patch: Obj): void {
  if (!(RETAIN_KEYS in patch)) return;
  const keep = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!Array.isArray(keep)) throw new PatchError('invalid patch format of retainKeys', 'BadRequest');
  for (const k of Object.keys(patch)) {
    if (k.startsWith('$')) continue;
    if (!keep.includes(k)) throw new PatchError("patch content doesn't match retainKeys list", 'Invalid');
  }
  for (const k of Object.keys(original)) if (!keep.includes(k)) delete original[k];
}

export function mergeMap(originalIn: Obj | null, patchIn: Obj, schema: FieldType | null): Obj {
  if (DIRECTIVE in patchIn) return handleDirectiveInMergeMap(patchIn[DIRECTIVE], patchIn);
  const original: Obj = originalIn ?? {};
  const patch: Obj = { ...patchIn };
  applyRetainKeys(original, patch);

  // $setElementOrder lists: merge the list they order with that order.
  for (const k of Object.keys(patch)) {
    if (!k.startsWith(SET_ELEMENT_ORDER)) continue;
    const field = k.slice(SET_ELEMENT_ORDER.length);
    const order = patch[k];
    if (!Array.isArray(order)) throw new PatchError('invalid patch format of setElementOrder list', 'BadRequest');
    const meta = listMeta(fieldSchema(schema, field));
    const orig = Array.isArray(original[field]) ? (original[field] as unknown[]) : [];
    const p = Array.isArray(patch[field]) ? (patch[field] as unknown[]) : [];
    delete patch[k];
    delete patch[field];
    if (orig.length === 0 && p.length === 0 && order.length === 0) continue;
    setKey(original, field, mergeSlice(orig, p, meta.elem, meta.mergeKey, false, order));
  }

  for (const rawKey of Object.keys(patch)) {
    let k = rawKey;
    const patchV = patch[rawKey];
    let isDeleteList = false;
    if (k.startsWith(DELETE_FROM_PRIMITIVE)) {
      k = k.slice(DELETE_FROM_PRIMITIVE.length);
      if (!(k in original)) continue;
      isDeleteList = true;
    }
    if (patchV === null) {
      delete original[k];
      continue;
    }
    if (!(k in original)) {
      if (!isDeleteList) setKey(original, k, discardNulls(patchV));
      continue;
    }
    const origV = original[k];
    if (goTypeOf(origV) !== goTypeOf(patchV)) {
      if (!isDeleteList) setKey(original, k, discardNulls(patchV));
      continue;
    }
    if (isObj(origV) && isObj(patchV)) {
      const sub = fieldSchema(schema, k);
      setKey(original, k, mergeMap(origV, patchV, sub));
    } else if (Array.isArray(origV) && Array.isArray(patchV)) {
      const meta = listMeta(fieldSchema(schema, k));
      if (meta.strategy === 'merge')
        setKey(original, k, mergeSlice(origV, patchV, meta.elem, meta.mergeKey, isDeleteList, null));
      else setKey(original, k, patchV);
    } else {
      setKey(original, k, patchV);
    }
  }
  return original;
}

function scalarKey(v: unknown): string {
  return JSON.stringify(v);
}

function mergeKeyValue(item: unknown, mergeKey: string): unknown {
  return isObj(item) ? item[mergeKey] : undefined;
}

function sameMergeValue(a: unknown, b: unknown): boolean {
  return scalarKey(a) === scalarKey(b);
}

function indexIn(list: readonly unknown[], item: unknown, mergeKey: string, isMap: boolean): number {
  for (let i = 0; i < list.length; i++) {
    if (isMap) {
      if (isObj(list[i]) && sameMergeValue(mergeKeyValue(list[i], mergeKey), mergeKeyValue(item, mergeKey))) return i;
    } else if (scalarKey(list[i]) === scalarKey(item)) return i;
  }
  return -1;
}

function noMergeKey(m: Obj, mergeKey: string): PatchError {
  return new PatchError(`map: ${goPrintV(m)} does not contain declared merge key: ${mergeKey}`, 'Internal');
}

function mergeSlice(
  originalIn: unknown[],
  patchIn: unknown[],
  elemSchema: FieldType | null,
  mergeKey: string,
  isDeleteList: boolean,
  orderOverride: unknown[] | null,
): unknown[] {
  if (originalIn.length === 0 && patchIn.length === 0) return originalIn;
  let original = [...originalIn];
  let patch = [...patchIn];
  const all = [...original, ...patch];
  if (all.some((x) => Array.isArray(x))) throw new PatchError('lists of lists are not supported', 'Invalid');
  const isMap = all.length > 0 && isObj(all[0]);
  if (all.some((x) => isObj(x) !== isMap)) {
    throw new PatchError(`list element types are not identical: ${goPrintV(all)}`, 'Internal');
  }
  let merged: unknown[];
  let serverOrder: unknown[] = original;
  if (!isMap) {
    if (isDeleteList) {
      const drop = new Set(patch.map(scalarKey));
      return original.filter((x) => !drop.has(scalarKey(x)));
    }
    merged = [];
    const seen = new Set<string>();
    for (const x of [...original, ...patch]) {
      const k = scalarKey(x);
      if (!seen.has(k)) {
        seen.add(k);
        merged.push(x);
      }
    }
  } else {
    if (mergeKey === '') throw new PatchError('cannot merge lists without merge key', 'Internal');
    // mergeSliceWithSpecialElements
    const withoutSpecial: unknown[] = [];
    let replace = false;
    for (const v of patch) {
      const m = v as Obj;
      if (!(DIRECTIVE in m)) {
        withoutSpecial.push(v);
        continue;
      }
      const d = m[DIRECTIVE];
      if (d === 'delete') {
        if (!(mergeKey in m)) throw noMergeKey(m, mergeKey);
        original = original.filter((o) => !(isObj(o) && sameMergeValue(o[mergeKey], m[mergeKey])));
      } else if (d === 'replace') {
        replace = true;
      } else if (d === 'merge') {
        throw new PatchError('merging lists cannot yet be specified in the patch', 'Internal');
      } else {
        throw new PatchError(`unknown patch type: ${goPrintV(d)} in map: ${goPrintV(m)}`, 'Internal');
      }
    }
    if (replace) {
      original = withoutSpecial;
      patch = [];
    } else {
      patch = withoutSpecial;
    }
    serverOrder = [...original];
    // mergeSliceWithoutSpecialElements
    for (const v of patch) {
      const m = v as Obj;
      if (!(mergeKey in m)) throw noMergeKey(m, mergeKey);
      const i = original.findIndex((o) => isObj(o) && sameMergeValue(o[mergeKey], m[mergeKey]));
      if (i >= 0) original[i] = mergeMap(original[i] as Obj, m, elemSchema);
      else original.push(discardNulls(m));
    }
    merged = original;
  }
  // Enforce the order: patch items in patch (or $setElementOrder) order, server-only items in
  // server order, interleaved by their server positions (normalizeElementOrder).
  const order = orderOverride ?? patch;
  const inPatch = (x: unknown): boolean => indexIn(order, x, mergeKey, isMap) >= 0;
  const patchItems = merged.filter(inPatch);
  const serverOnly = merged.filter((x) => !inPatch(x));
  const sortBy = (items: unknown[], ord: readonly unknown[]) =>
    items
      .map((x, i) => ({ x, i, o: indexIn(ord, x, mergeKey, isMap) }))
      .sort((a, b) => a.o - b.o || a.i - b.i)
      .map((e) => e.x);
  const left = sortBy(serverOnly, serverOrder);
  const right = sortBy(patchItems, order);
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], mergeKey, isMap);
      const ri = indexIn(serverOrder, right[j], mergeKey, isMap);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

/** Applies a strategic merge patch (a JSON object) to a copy of `original` with a root schema. */
export function applyStrategicMergePatch(original: Obj, patch: Obj, schema: FieldType | null): Obj {
  return mergeMap(cloneJson(original), cloneJson(patch), schema);
}

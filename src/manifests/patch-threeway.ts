// The three-way strategic merge patch client-side `kubectl apply` sends, following
// k8s.io/apimachinery/pkg/util/strategicpatch CreateThreeWayMergePatch (diffMaps, diffLists,
// diffListsOfMaps, diffListsOfScalars): the changes that make the live object look like the new
// config, without deleting anything (delta = current → modified, IgnoreDeletions), plus the fields
// the previous config had and the new one dropped (deletions = original → modified,
// IgnoreChangesAndAdditions). Fields nobody wrote in a config (set by the server, by defaulting, by
// kubectl scale or patch) are in neither, so they survive. Lists with a patchStrategy merge are
// diffed item by item by their patchMergeKey; all other lists are replaced whole when they differ.
// (The `retainKeys` strategy, which only volume sources and Deployment strategies carry, is not
// modelled: our schema has no retainKeys metadata.)

import { STRUCTS, type FieldType } from './schema.ts';

type Obj = Record<string, unknown>;

const DIRECTIVE = '$patch';
const DELETE_FROM_PRIMITIVE = '$deleteFromPrimitiveList/';
const SET_ELEMENT_ORDER = '$setElementOrder/';

interface DiffOptions {
  setElementOrder: boolean;
  ignoreChangesAndAdditions: boolean;
  ignoreDeletions: boolean;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The key holds a JSON value (own, not undefined: a key holding undefined is absent in JSON). */
function has(o: Obj, k: string): boolean {
  return Object.hasOwn(o, k) && o[k] !== undefined;
}

function setKey(o: Obj, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** reflect.TypeOf of a decoded JSON value: nil, map, slice, string, float64, bool. */
function goType(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return 'slice';
  return typeof v === 'object' ? 'map' : typeof v;
}

/** reflect.DeepEqual of decoded JSON. */
export function deepEqualJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqualJson(x, b[i]));
  if (isObj(a) && isObj(b)) {
    // A key holding undefined is absent in JSON (the stored objects are JSON; code may leave one).
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    if (ka.length !== Object.keys(b).filter((k) => b[k] !== undefined).length) return false;
    return ka.every((k) => has(b, k) && deepEqualJson(a[k], b[k]));
  }
  return false;
}

/** The field's type below a struct or map; unknown fields and `any` have none (replace semantics). */
function fieldType(schema: FieldType | null, key: string): FieldType | null {
  if (!schema) return null;
  if (schema.k === 'struct') return STRUCTS[schema.name]?.fields[key] ?? null;
  if (schema.k === 'map') return schema.elem;
  return null;
}

/** fmt.Sprintf("%v", v), which is how diffLists compares merge keys and scalars. */
function goV(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function diffMaps(original: Obj, modified: Obj, schema: FieldType | null, o: DiffOptions): Obj {
  const patch: Obj = {};
  for (const [key, mod] of Object.entries(modified)) {
    if (mod === undefined) continue;
    if (!has(original, key)) {
      if (!o.ignoreChangesAndAdditions) setKey(patch, key, mod);
      continue;
    }
    const orig = original[key];
    if (key === DIRECTIVE) {
      if (mod !== orig) setKey(patch, key, mod);
      continue;
    }
    if (goType(orig) !== goType(mod)) {
      if (!o.ignoreChangesAndAdditions) setKey(patch, key, mod);
      continue;
    }
    const t = fieldType(schema, key);
    if (isObj(orig) && isObj(mod)) {
      const sub = diffMaps(orig, mod, t, o);
      if (Object.keys(sub).length) setKey(patch, key, sub);
    } else if (Array.isArray(orig) && Array.isArray(mod)) {
      if (t && t.k === 'list' && t.strategy === 'merge') diffSlice(key, orig, mod, t, patch, o);
      else if (!o.ignoreChangesAndAdditions && !deepEqualJson(orig, mod)) setKey(patch, key, mod);
    } else if (!o.ignoreChangesAndAdditions && !deepEqualJson(orig, mod)) {
      setKey(patch, key, mod);
    }
  }
  if (!o.ignoreDeletions) {
    for (const key of Object.keys(original)) if (has(original, key) && !has(modified, key)) setKey(patch, key, null);
  }
  return patch;
}

/** handleSliceDiff's merge branch: the patch list, the parallel deletion list and $setElementOrder. */
function diffSlice(
  key: string,
  original: unknown[],
  modified: unknown[],
  t: Extract<FieldType, { k: 'list' }>,
  patch: Obj,
  o: DiffOptions,
): void {
  if (original.length === 0) {
    if (modified.length && !o.ignoreChangesAndAdditions) setKey(patch, key, modified);
    return;
  }
  const isMap = isObj(original[0] ?? modified[0]);
  const mergeKey = t.mergeKey ?? '';
  let patchList: unknown[] = [];
  let deleteList: unknown[] = [];
  let setOrder: unknown[] = [];
  if (isMap) {
    const keyOf = (x: unknown) => goV(isObj(x) ? x[mergeKey] : undefined);
    const origByKey = new Map(original.map((x) => [keyOf(x), x]));
    const modKeys = new Set(modified.map(keyOf));
    for (const m of modified) {
      const prev = origByKey.get(keyOf(m));
      if (prev === undefined) {
        if (!o.ignoreChangesAndAdditions) patchList.push(m);
      } else if (isObj(prev) && isObj(m)) {
        const sub = diffMaps(prev, m, t.elem, o);
        if (Object.keys(sub).length) patchList.push({ ...sub, [mergeKey]: m[mergeKey] });
      }
    }
    // Deletions in merge-key order (diffListsOfMaps walks both lists sorted by the key).
    if (!o.ignoreDeletions)
      for (const x of [...original].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)))
        if (!modKeys.has(keyOf(x))) patchList.push({ [DIRECTIVE]: 'delete', [mergeKey]: (x as Obj)[mergeKey] });
    const orderSame = original.length === modified.length && original.every((x, i) => keyOf(x) === keyOf(modified[i]));
    if (
      o.setElementOrder &&
      ((!o.ignoreChangesAndAdditions && (patchList.length > 0 || !orderSame)) ||
        (!o.ignoreDeletions && patchList.length > 0))
    )
      setOrder = modified.map((m) => ({ [mergeKey]: (m as Obj)[mergeKey] }));
  } else {
    const origSet = new Set(original.map(goV));
    const modSet = new Set(modified.map(goV));
    if (!o.ignoreChangesAndAdditions) patchList = modified.filter((m) => !origSet.has(goV(m)));
    if (!o.ignoreDeletions) {
      const seen = new Set<string>();
      deleteList = [...original]
        .sort((a, b) => (goV(a) < goV(b) ? -1 : goV(a) > goV(b) ? 1 : 0))
        .filter((x) => !modSet.has(goV(x)) && !seen.has(goV(x)) && !!seen.add(goV(x)));
    }
    if (
      o.setElementOrder &&
      ((!o.ignoreDeletions && deleteList.length > 0) ||
        (!o.ignoreChangesAndAdditions && !deepEqualJson(original, modified)))
    )
      setOrder = modified;
  }
  if (patchList.length) setKey(patch, key, patchList);
  if (deleteList.length) setKey(patch, `${DELETE_FROM_PRIMITIVE}${key}`, deleteList);
  if (setOrder.length) setKey(patch, `${SET_ELEMENT_ORDER}${key}`, setOrder);
}

/**
 * mergeMap(deletions, delta) as CreateThreeWayMergePatch calls it (MergeParallelList false,
 * IgnoreUnmatchedNulls false): the two patches touch disjoint fields except for maps both descend
 * into and merge lists both change (delta's items first, then deletions' delete directives).
 */
function combine(deletions: Obj, delta: Obj): Obj {
  const out: Obj = { ...deletions };
  for (const [k, v] of Object.entries(delta)) {
    const d = out[k];
    if (isObj(d) && isObj(v) && !(DIRECTIVE in v)) setKey(out, k, combine(d, v));
    else if (Array.isArray(d) && Array.isArray(v) && !k.startsWith('$'))
      setKey(out, k, [...(v as unknown[]), ...(d as unknown[])]);
    else setKey(out, k, v);
  }
  return out;
}

/**
 * CreateThreeWayMergePatch(original, modified, current, schema, overwrite=true): `original` is the
 * last-applied configuration (empty when there is none), `modified` the new config with its
 * last-applied annotation, `current` the live object. An empty patch means `unchanged`.
 */
export function createThreeWayMergePatch(
  original: Obj | null,
  modified: Obj,
  current: Obj,
  schema: FieldType | null,
): Obj {
  const delta = diffMaps(current, modified, schema, {
    ignoreDeletions: true,
    setElementOrder: true,
    ignoreChangesAndAdditions: false,
  });
  const deletions = diffMaps(original ?? {}, modified, schema, {
    setElementOrder: true,
    ignoreChangesAndAdditions: true,
    ignoreDeletions: false,
  });
  return combine(deletions, delta);
}

// RFC 6902 JSON Patch with the semantics of gopkg.in/evanphx/json-patch.v4, which the v1.35 API
// server uses: `replace` of a missing object key adds it, negative array indices count from the end,
// the root path "" is not addressable. Error texts are v4's (kubectl never shows them: the server
// answers every apply failure with a generic 422).

import { cloneJson } from './defaults.ts';

type Obj = Record<string, unknown>;

export class JsonPatchError extends Error {}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function decodeKey(k: string): string {
  return k.replace(/~1/g, '/').replace(/~0/g, '~');
}

type Container = { kind: 'doc'; v: Obj } | { kind: 'ary'; v: unknown[] };

function asContainer(v: unknown): Container | null {
  if (isObj(v)) return { kind: 'doc', v };
  if (Array.isArray(v)) return { kind: 'ary', v };
  return null;
}

function findObject(doc: Obj, path: string): { con: Container; key: string } | null {
  const split = path.split('/');
  if (split.length < 2) return null;
  const parts = split.slice(1, -1);
  const key = split[split.length - 1];
  let cur: Container = { kind: 'doc', v: doc };
  for (const part of parts) {
    let next: unknown;
    try {
      next = get(cur, decodeKey(part));
    } catch {
      return null;
    }
    if (next === undefined || next === null) return null;
    const c = asContainer(next);
    if (!c) return null;
    cur = c;
  }
  return { con: cur, key: decodeKey(key) };
}

function arrayIndex(a: unknown[], key: string, allowEnd: boolean): number {
  if (!/^-?\d+$/.test(key)) throw new JsonPatchError(`strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`);
  let idx = parseInt(key, 10);
  const limit = allowEnd ? a.length : a.length - 1;
  if (idx < 0) {
    if (idx < -a.length) throw new JsonPatchError(`Unable to access invalid index: ${idx}: invalid index referenced`);
    idx += a.length;
  }
  if (idx > limit) throw new JsonPatchError(`Unable to access invalid index: ${idx}: invalid index referenced`);
  return idx;
}

function get(c: Container, key: string): unknown {
  if (c.kind === 'doc') return Object.prototype.hasOwnProperty.call(c.v, key) ? c.v[key] : undefined;
  return c.v[arrayIndex(c.v, key, false)];
}

function set(c: Container, key: string, value: unknown): void {
  if (c.kind === 'doc') {
    if (key === '__proto__')
      Object.defineProperty(c.v, key, { value, enumerable: true, writable: true, configurable: true });
    else c.v[key] = value;
  } else c.v[arrayIndex(c.v, key, false)] = value;
}

function add(c: Container, key: string, value: unknown): void {
  if (c.kind === 'doc') {
    set(c, key, value);
    return;
  }
  if (key === '-') {
    c.v.push(value);
    return;
  }
  c.v.splice(arrayIndex(c.v, key, true), 0, value);
}

function remove(c: Container, key: string): void {
  if (c.kind === 'doc') {
    if (!Object.prototype.hasOwnProperty.call(c.v, key)) {
      throw new JsonPatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    }
    delete c.v[key];
    return;
  }
  c.v.splice(arrayIndex(c.v, key, false), 1);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return false;
}

function pathOf(op: Obj, field: 'path' | 'from'): string {
  const p = op[field];
  if (typeof p !== 'string') throw new JsonPatchError(`operation missing ${field} field: missing value`);
  return p;
}

function applyOp(doc: Obj, op: Obj): void {
  const kind = typeof op.op === 'string' ? op.op : 'unknown';
  const value = op.value === undefined ? null : cloneJson(op.value);
  switch (kind) {
    case 'add': {
      const path = pathOf(op, 'path');
      const f = findObject(doc, path);
      if (!f)
        throw new JsonPatchError(
          `add operation does not apply: doc is missing path: ${JSON.stringify(path)}: missing value`,
        );
      add(f.con, f.key, value);
      return;
    }
    case 'remove': {
      const path = pathOf(op, 'path');
      const f = findObject(doc, path);
      if (!f)
        throw new JsonPatchError(
          `remove operation does not apply: doc is missing path: ${JSON.stringify(path)}: missing value`,
        );
      try {
        remove(f.con, f.key);
      } catch (e) {
        throw new JsonPatchError(`error in remove for path: '${path}': ${(e as Error).message}`);
      }
      return;
    }
    case 'replace': {
      const path = pathOf(op, 'path');
      const f = findObject(doc, path);
      if (!f) throw new JsonPatchError(`replace operation does not apply: doc is missing path: ${path}: missing value`);
      if (f.con.kind === 'ary') {
        try {
          get(f.con, f.key);
        } catch {
          throw new JsonPatchError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
        }
      }
      set(f.con, f.key, value);
      return;
    }
    case 'move': {
      const from = pathOf(op, 'from');
      const src = findObject(doc, from);
      if (!src)
        throw new JsonPatchError(`move operation does not apply: doc is missing from path: ${from}: missing value`);
      const val = get(src.con, src.key);
      remove(src.con, src.key);
      const path = pathOf(op, 'path');
      const dst = findObject(doc, path);
      if (!dst)
        throw new JsonPatchError(
          `move operation does not apply: doc is missing destination path: ${path}: missing value`,
        );
      add(dst.con, dst.key, val === undefined ? null : val);
      return;
    }
    case 'copy': {
      const from = pathOf(op, 'from');
      const src = findObject(doc, from);
      if (!src)
        throw new JsonPatchError(`copy operation does not apply: doc is missing from path: ${from}: missing value`);
      const val = get(src.con, src.key);
      const path = pathOf(op, 'path');
      const dst = findObject(doc, path);
      if (!dst)
        throw new JsonPatchError(
          `copy operation does not apply: doc is missing destination path: ${path}: missing value`,
        );
      add(dst.con, dst.key, val === undefined ? null : cloneJson(val));
      return;
    }
    case 'test': {
      const path = pathOf(op, 'path');
      const f = findObject(doc, path);
      if (!f) throw new JsonPatchError(`test operation does not apply: is missing path: ${path}: missing value`);
      const val = get(f.con, f.key);
      if (val === undefined || val === null) {
        if (value === null) return;
        throw new JsonPatchError(`testing value ${path} failed: test failed`);
      }
      if (!jsonEqual(val, value)) throw new JsonPatchError(`testing value ${path} failed: test failed`);
      return;
    }
    default:
      throw new JsonPatchError(`Unexpected kind: ${kind}`);
  }
}

/** Applies the operations to a copy of `doc`; throws JsonPatchError with v4's message on failure. */
export function applyJsonPatch(doc: unknown, ops: readonly unknown[]): unknown {
  if (!isObj(doc)) throw new JsonPatchError('invalid JSON document');
  const out = cloneJson(doc);
  for (const op of ops) {
    if (!isObj(op)) throw new JsonPatchError('invalid JSON Patch');
    applyOp(out, op);
  }
  return out;
}

/** RFC 7386 JSON merge patch (evanphx MergePatch: nulls delete, and are pruned from added values). */
export function applyMergePatch(doc: unknown, patch: unknown): unknown {
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prune);
    if (isObj(v)) {
      const o: Obj = {};
      for (const [k, x] of Object.entries(v)) if (x !== null) o[k] = prune(x);
      return o;
    }
    return v;
  };
  if (!isObj(patch)) return prune(cloneJson(patch));
  if (!isObj(doc)) return prune(cloneJson(patch));
  const out = cloneJson(doc);
  const mergeDocs = (target: Obj, p: Obj): void => {
    for (const [k, v] of Object.entries(p)) {
      if (v === null) {
        delete target[k];
        continue;
      }
      const cur = target[k];
      if (isObj(cur) && isObj(v)) mergeDocs(cur, v);
      else if (k === '__proto__')
        Object.defineProperty(target, k, {
          value: prune(cloneJson(v)),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else target[k] = prune(cloneJson(v));
    }
  };
  mergeDocs(out, patch);
  return out;
}

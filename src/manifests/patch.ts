// `kubectl patch` as seen through the API server: the -p argument, strategic merge (default),
// JSON merge (--type=merge) and JSON (--type=json) patches, each with kubectl's error text.
//
// The functions return the patched object without defaulting; the API server defaults (and then
// validates) the result, so callers should run applyDefaults + validateObject(..., { verb: 'patch' }).

import { goQuote } from './go-format.ts';
import { parseJsonDocument } from './json-stream.ts';
import { badRequestError, requestInvalidError, serverError } from './kubectl-errors.ts';
import { jsonResultError, strategicResultError } from './patch-check.ts';
import { JsonPatchError, applyJsonPatch, applyMergePatch } from './patch-json.ts';
import { PatchError, applyStrategicMergePatch } from './patch-strategic.ts';
import { STRUCTS } from './schema.ts';
import { yamlToJson } from './yaml-decode.ts';

export type PatchType = 'strategic' | 'merge' | 'json';

export type PatchResult = { ok: true; value: unknown } | { ok: false; error: string; detail?: string };

export type PatchArgResult = { ok: true; value: unknown } | { ok: false; error: string };

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonKindName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

const GENERIC_422 = requestInvalidError([], 'the server rejected our request due to an error in our request').single;

/**
 * Parses `kubectl patch -p` text like kubectl (apimachinery yaml.ToJSON): text starting with "{" is
 * sent as JSON unchecked, so a malformed object is rejected by the server (wording depends on the
 * patch type); anything else is converted from YAML, and a YAML error is kubectl's
 * `error: unable to parse "<patch>": yaml: line 1: ...`.
 */
export function parsePatchArg(text: string, type: PatchType = 'strategic'): PatchArgResult {
  if (text.length === 0) return { ok: false, error: 'error: must specify -p to patch' };
  if (/^\s*\{/.test(text)) {
    const parsed = parseJsonDocument(text);
    if (parsed.ok) return { ok: true, value: parsed.value };
    const msg = type === 'strategic' ? parsed.error : `error decoding patch: ${parsed.error}`;
    return { ok: false, error: badRequestError(msg).single };
  }
  const res = yamlToJson(text);
  if (!res.ok) {
    const inner = res.error.replace(/^error converting YAML to JSON: /, '');
    return { ok: false, error: `error: unable to parse ${goQuote(text)}: ${inner}` };
  }
  return { ok: true, value: res.value };
}

function kindOf(obj: unknown): string {
  return isObj(obj) && typeof obj.kind === 'string' && STRUCTS[obj.kind] ? obj.kind : '';
}

/**
 * Strategic merge patch (`kubectl patch -p`), merging lists by their patchMergeKey (containers and
 * volumes by name, ports by containerPort, volumeMounts by mountPath, ...), honouring `$patch`,
 * `$retainKeys`, `$deleteFromPrimitiveList/` and `$setElementOrder/`; null deletes a key.
 */
export function strategicMergePatch(obj: unknown, patch: unknown): PatchResult {
  if (!isObj(patch)) {
    return {
      ok: false,
      error: badRequestError(
        `json: cannot unmarshal ${jsonKindName(patch)} into Go value of type map[string]interface {}`,
      ).single,
    };
  }
  if (!isObj(obj)) return { ok: false, error: badRequestError('invalid JSON document').single };
  const kind = kindOf(obj);
  let result: unknown;
  try {
    result = applyStrategicMergePatch(obj, patch, kind ? { k: 'struct', name: kind } : null);
  } catch (e) {
    if (e instanceof PatchError) {
      const error =
        e.status === 'BadRequest'
          ? badRequestError(e.message).single
          : e.status === 'Invalid'
            ? requestInvalidError([], 'the server rejected our request due to an error in our request').single
            : serverError('', e.message).single;
      return { ok: false, error, detail: e.message };
    }
    throw e;
  }
  if (kind) {
    const err = strategicResultError(result, kind, patch);
    if (err) return { ok: false, error: err };
  }
  return { ok: true, value: result };
}

/** JSON merge patch (`kubectl patch --type=merge`, RFC 7386). */
export function mergePatch(obj: unknown, patch: unknown): PatchResult {
  if (!isObj(patch)) {
    return {
      ok: false,
      error: badRequestError(
        `error decoding patch: json: cannot unmarshal ${jsonKindName(patch)} into Go value of type map[string]interface {}`,
      ).single,
    };
  }
  const result = applyMergePatch(obj, patch);
  const kind = kindOf(obj);
  if (kind) {
    const err = jsonResultError(result, kind);
    if (err) return { ok: false, error: err };
  }
  return { ok: true, value: result };
}

const OP_FIELDS: Record<string, 'string' | 'any'> = { op: 'string', path: 'string', from: 'string', value: 'any' };

/**
 * JSON patch (`kubectl patch --type=json`, RFC 6902: add, remove, replace, move, copy, test).
 * When an operation does not apply, kubectl only prints the server's generic 422
 * (`The request is invalid: the server rejected our request due to an error in our request`);
 * `detail` carries json-patch's own reason. The input object is never modified.
 */
export function jsonPatch(obj: unknown, ops: unknown): PatchResult {
  if (!Array.isArray(ops)) {
    return {
      ok: false,
      error: badRequestError(
        `error decoding patch: json: cannot unmarshal ${jsonKindName(ops)} into Go value of type []handlers.jsonPatchOp`,
      ).single,
    };
  }
  for (const op of ops) {
    if (!isObj(op)) {
      return {
        ok: false,
        error: badRequestError(
          `error decoding patch: json: cannot unmarshal ${jsonKindName(op)} into Go value of type handlers.jsonPatchOp`,
        ).single,
      };
    }
    for (const [k, v] of Object.entries(op)) {
      if (OP_FIELDS[k] === 'string' && v !== null && typeof v !== 'string') {
        return {
          ok: false,
          error: badRequestError(
            `error decoding patch: json: cannot unmarshal ${jsonKindName(v) === 'object' ? 'object' : jsonKindName(v) === 'array' ? 'array' : jsonKindName(v)} into Go struct field jsonPatchOp.${k} of type string`,
          ).single,
        };
      }
    }
  }
  let result: unknown;
  try {
    result = applyJsonPatch(obj, ops);
  } catch (e) {
    if (e instanceof JsonPatchError) return { ok: false, error: GENERIC_422, detail: e.message };
    throw e;
  }
  const kind = kindOf(obj);
  if (kind) {
    const err = jsonResultError(result, kind);
    if (err) return { ok: false, error: err };
  }
  return { ok: true, value: result };
}

// Manifest files -> JSON objects, following kubectl's resource builder: the YAMLOrJSONDecoder stream
// (JSON objects, falling back to YAML documents split on `---` lines), empty documents skipped,
// the apiVersion/kind pre-check of client-side validation, and `*List` objects expanded into items.

import { goAggregate, goQuote } from './go-format.ts';
import { decodeJsonValue } from './json-stream.ts';
import { yamlToJson } from './yaml-decode.ts';

export type ParseResult = { ok: true; objects: unknown[] } | { ok: false; error: string };

const STOP_VALIDATE = 'if you choose to ignore these errors, turn validation off with --validate=false';

/** unicode.IsSpace */
function isGoSpace(c: string): boolean {
  return /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(c);
}

/** GuessJSONStream: does the first non-space character of the first 4096 bytes open a JSON object? */
function hasJsonPrefix(text: string): boolean {
  const head = text.slice(0, 4096);
  let i = 0;
  while (i < head.length && isGoSpace(head[i])) i++;
  return head[i] === '{';
}

type Chunk = { kind: 'doc'; text: string } | { kind: 'error'; message: string };

/**
 * apimachinery's YAMLReader over LineReader: lines (with "\r\n" reduced to "\n"), a line starting
 * with "---" ends a document, and only spaces or a comment may follow the separator.
 */
export function* splitYamlDocuments(text: string): Generator<Chunk> {
  const rawLines = text.split('\n');
  if (text.endsWith('\n')) rawLines.pop();
  let buffer = '';
  for (const raw of rawLines) {
    const line = (raw.endsWith('\r') ? raw.slice(0, -1) : raw) + '\n';
    if (line.startsWith('---')) {
      const trimmed = line.slice(3).replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/g, '');
      if (trimmed.length > 0 && trimmed[0] !== '#') {
        yield { kind: 'error', message: `invalid Yaml document separator: ${trimmed}` };
        return;
      }
      if (buffer.length !== 0) {
        yield { kind: 'doc', text: buffer };
        buffer = '';
      }
      continue;
    }
    buffer += line;
  }
  if (buffer.length !== 0) yield { kind: 'doc', text: buffer };
}

type RawDoc = { kind: 'value'; value: unknown } | { kind: 'error'; message: string };

/** The YAMLOrJSONDecoder stream: every decoded value, then at most one terminating error. */
export function* decodeStream(text: string): Generator<RawDoc> {
  let yamlFrom = 0;
  let pendingJsonError: string | null = null;
  if (hasJsonPrefix(text)) {
    let pos = 0;
    let count = 0;
    for (;;) {
      const r = decodeJsonValue(text, pos);
      if (r.kind === 'eof') return;
      if (r.kind === 'value') {
        count++;
        pos = r.end;
        yield { kind: 'value', value: r.value };
        continue;
      }
      const raw = r.kind === 'syntax' ? r.message : 'unexpected EOF';
      if (count > 1) {
        yield { kind: 'error', message: raw };
        return;
      }
      pendingJsonError = r.kind === 'syntax' ? `json: offset ${r.offset}: ${r.message}` : 'unexpected EOF';
      // consumeWhitespace: skip whitespace up to (not past) the first newline.
      let p = pos;
      while (p < text.length && isGoSpace(text[p]) && text[p] !== '\n') p++;
      yamlFrom = p;
      break;
    }
  }
  for (const chunk of splitYamlDocuments(text.slice(yamlFrom))) {
    if (chunk.kind === 'error') {
      yield { kind: 'error', message: pendingJsonError ?? chunk.message };
      return;
    }
    const res = yamlToJson(chunk.text);
    if (!res.ok) {
      yield { kind: 'error', message: pendingJsonError ?? res.error };
      return;
    }
    pendingJsonError = null;
    yield { kind: 'value', value: res.value };
  }
  // When nothing but separators follows the JSON, the YAML reader hits EOF and the stream just ends.
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** getObjectKind of kubectl's ParamVerifyingSchema: the errors before any schema is consulted. */
export function objectKindErrors(v: unknown): string[] {
  if (!isPlainObject(v)) return ['invalid object to validate'];
  const errs: string[] = [];
  const apiVersion = v.apiVersion;
  if (apiVersion === undefined || apiVersion === null) errs.push('apiVersion not set');
  else if (typeof apiVersion !== 'string') errs.push("apiVersion isn't string type");
  else if (apiVersion.split('/').length > 2) errs.push(`unexpected GroupVersion string: ${apiVersion}`);
  const kind = v.kind;
  if (kind === undefined || kind === null) errs.push('kind not set');
  else if (typeof kind !== 'string') errs.push("kind isn't string type");
  return errs;
}

/** unstructured decoding: an object with a non-null "items" field is a list. */
function isList(v: Record<string, unknown>): boolean {
  return v.items !== undefined && v.items !== null;
}

function expandList(
  list: Record<string, unknown>,
  source: string,
): { ok: true; items: unknown[] } | { ok: false; error: string } {
  const items = list.items;
  if (!Array.isArray(items)) {
    return { ok: false, error: `error: unable to decode ${goQuote(source)}: items is not an array` };
  }
  const listKind = typeof list.kind === 'string' ? list.kind : '';
  const itemKind = listKind.endsWith('List') ? listKind.slice(0, -4) : listKind;
  const out: unknown[] = [];
  for (const item of items) {
    if (!isPlainObject(item)) {
      return { ok: false, error: `error: unable to decode ${goQuote(source)}: list items must be objects` };
    }
    let obj = item;
    if ((obj.apiVersion === undefined || obj.apiVersion === '') && (obj.kind === undefined || obj.kind === '')) {
      obj = { ...obj, apiVersion: list.apiVersion, kind: itemKind };
    }
    if (typeof obj.kind !== 'string' || obj.kind === '') {
      return {
        ok: false,
        error: `error: unable to get type info from the object "*unstructured.Unstructured": Object 'Kind' is missing in '${JSON.stringify(item)}'`,
      };
    }
    if (isPlainObject(obj) && isList(obj)) {
      const nested = expandList(obj, source);
      if (!nested.ok) return nested;
      out.push(...nested.items);
    } else {
      out.push(obj);
    }
  }
  return { ok: true, items: out };
}

/**
 * Parses the text of a manifest file (`kubectl apply -f <source>`). On success the objects are the
 * decoded JSON values, in file order, with `kind: List` (and any `*List` with items) expanded.
 * On failure `error` is what kubectl prints to stderr, without the trailing newline, e.g.
 * `error: error parsing web.yaml: error converting YAML to JSON: yaml: line 12: mapping values are not allowed in this context`.
 *
 * Real kubectl still applies the documents that precede a broken one; StatefulSet Lab applies
 * nothing when any document fails, so the first error is all that is reported here.
 */
export function parseManifests(text: string, source: string): ParseResult {
  const objects: unknown[] = [];
  for (const doc of decodeStream(text)) {
    if (doc.kind === 'error') return { ok: false, error: `error: error parsing ${source}: ${doc.message}` };
    const value = doc.value;
    if (value === null || value === undefined) continue; // empty document, or literal null
    const kindErrs = objectKindErrors(value);
    if (kindErrs.length > 0) {
      return {
        ok: false,
        error: `error: error validating ${goQuote(source)}: error validating data: ${goAggregate(kindErrs)}; ${STOP_VALIDATE}`,
      };
    }
    const obj = value as Record<string, unknown>;
    if (isList(obj)) {
      const expanded = expandList(obj, source);
      if (!expanded.ok) return { ok: false, error: expanded.error };
      objects.push(...expanded.items);
    } else {
      objects.push(obj);
    }
  }
  return { ok: true, objects };
}

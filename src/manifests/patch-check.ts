// What the API server says when a patched object no longer decodes into its type. A strategic merge
// patch is converted with runtime.DefaultUnstructuredConverter (FromUnstructuredWithValidation), a
// JSON or merge patch is decoded from the patched JSON; either way the error comes back as an Invalid
// status without kind or name, which kubectl prints as "The request is invalid: patch: Invalid value: ...".

import { compareGoStrings, goPrintV } from './go-format.ts';
import { bv, invalid } from './field-errors.ts';
import { requestInvalidError } from './kubectl-errors.ts';
import { parseQuantity } from './quantity.ts';
import { STRUCTS, type FieldType } from './schema.ts';
import { checkDecode, strictDecodingMessage } from './strict-decode.ts';

function goKind(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (Array.isArray(v)) return 'slice';
  return 'map';
}

class ConverterCheck {
  error: string | null = null;
  unknown: string[] = [];

  private fail(msg: string): void {
    if (this.error === null) this.error = msg;
  }

  check(v: unknown, t: FieldType, path: string): void {
    if (v === null || v === undefined || this.error !== null) return;
    const k = goKind(v);
    switch (t.k) {
      case 'any':
        return;
      case 'string':
        if (k === 'string') return;
        this.fail(k === 'int64' ? 'cannot convert int64 to string' : 'unrecognized type: string');
        return;
      case 'int32':
      case 'int64':
        if (k === 'int64') return;
        if (k === 'float64') {
          this.fail(`cannot convert float64 to ${t.k}`);
          return;
        }
        this.fail(`unrecognized type: ${t.k}`);
        return;
      case 'float64':
        if (k === 'int64' || k === 'float64') return;
        this.fail('unrecognized type: float64');
        return;
      case 'bool':
        if (k !== 'bool') this.fail('unrecognized type: bool');
        return;
      case 'intOrString':
        if (k === 'string' || k === 'int64') return;
        this.fail(
          `json: cannot unmarshal ${k === 'float64' ? `number ${JSON.stringify(v)}` : k === 'map' ? 'object' : k === 'slice' ? 'array' : k} into Go value of type int32`,
        );
        return;
      case 'quantity': {
        const raw = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : JSON.stringify(v);
        const q = parseQuantity(raw);
        if (!q.ok) this.fail(q.error);
        return;
      }
      case 'time':
        if (k !== 'string')
          this.fail(
            `json: cannot unmarshal ${k === 'int64' || k === 'float64' ? 'number' : k === 'map' ? 'object' : k === 'slice' ? 'array' : k} into Go value of type string`,
          );
        return;
      case 'map': {
        if (k !== 'map') {
          this.fail(`cannot restore map from ${k}`);
          return;
        }
        const o = v as Record<string, unknown>;
        for (const key of Object.keys(o).sort(compareGoStrings)) this.check(o[key], t.elem, `${path}[${key}]`);
        return;
      }
      case 'list':
        if (k !== 'slice') {
          this.fail(`cannot restore slice from ${k}`);
          return;
        }
        (v as unknown[]).forEach((x, i) => this.check(x, t.elem, `${path}[${i}]`));
        return;
      case 'struct': {
        if (k !== 'map') {
          this.fail(`cannot restore struct from: ${k}`);
          return;
        }
        const fields = STRUCTS[t.name].fields;
        const o = v as Record<string, unknown>;
        for (const key of Object.keys(o).sort(compareGoStrings)) {
          const p = path === '' ? key : `${path}.${key}`;
          const ft = fields[key];
          if (ft === undefined) this.unknown.push(p);
          else this.check(o[key], ft, p);
        }
      }
    }
  }
}

/**
 * After a strategic merge patch: null when the result converts cleanly, otherwise kubectl's text,
 * e.g. `The request is invalid: patch: Invalid value: "map[spec:map[replicass:3]]": strict decoding error: unknown field "spec.replicass"`.
 */
export function strategicResultError(result: unknown, kind: string, patch: unknown): string | null {
  if (!STRUCTS[kind]) return null;
  const c = new ConverterCheck();
  c.check(result, { k: 'struct', name: kind }, '');
  const detail = c.error ?? (c.unknown.length > 0 ? strictDecodingMessage(c.unknown) : null);
  if (detail === null) return null;
  return requestInvalidError([invalid('patch', bv.str(goPrintV(patch)), detail)]).single;
}

/** After a JSON or merge patch: the decode of the patched JSON (value: the patched document). */
export function jsonResultError(result: unknown, kind: string): string | null {
  if (!STRUCTS[kind]) return null;
  const check = checkDecode(result, kind);
  const detail =
    check.typeError ?? (check.unknownFields.length > 0 ? strictDecodingMessage(check.unknownFields) : null);
  if (detail === null) return null;
  return requestInvalidError([invalid('patch', bv.str(JSON.stringify(result)), detail)]).single;
}

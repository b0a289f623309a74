// The API server's strict JSON decoding of a request body into the typed object (sigs.k8s.io/json
// with fieldValidation=Strict): the first type error wins ("json: cannot unmarshal string into Go
// struct field StatefulSetSpec.spec.replicas of type int32"), otherwise every unknown field is
// reported ("strict decoding error: unknown field \"spec.replicass\"").

import { compareGoStrings, goQuote } from './go-format.ts';
import { parseQuantity } from './quantity.ts';
import { STRUCTS, goTypeName, type FieldType } from './schema.ts';

export interface DecodeCheck {
  /** The first type error, as encoding/json (or a custom UnmarshalJSON) words it. */
  typeError: string | null;
  /** Paths of unknown fields in decode order, e.g. "spec.template.spec.containers[0].imagee". */
  unknownFields: string[];
}

const MAX_INT32 = 2147483647;
const MIN_INT32 = -2147483648;
const MAX_INT64 = 2 ** 63;

function jsonKind(v: unknown): 'string' | 'number' | 'bool' | 'object' | 'array' {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function numberText(n: number): string {
  return String(n);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[-+]\d{2}:\d{2})$/;

class Checker {
  typeError: string | null = null;
  unknown: string[] = [];

  private typeErr(value: unknown, t: FieldType, struct: string, fieldStack: string[], numberDetail = false): void {
    if (this.typeError !== null) return;
    let v: string = jsonKind(value);
    if (numberDetail && typeof value === 'number') v = `number ${numberText(value)}`;
    const type = goTypeName(t);
    this.typeError =
      struct !== ''
        ? `json: cannot unmarshal ${v} into Go struct field ${struct}.${fieldStack.join('.')} of type ${type}`
        : `json: cannot unmarshal ${v} into Go value of type ${type}`;
  }

  private customErr(msg: string): void {
    if (this.typeError === null) this.typeError = msg;
  }

  check(value: unknown, t: FieldType, strictPath: string, struct: string, fieldStack: string[]): void {
    if (value === null || value === undefined) return;
    switch (t.k) {
      case 'any':
        return;
      case 'string':
        if (typeof value !== 'string') this.typeErr(value, t, struct, fieldStack);
        return;
      case 'bool':
        if (typeof value !== 'boolean') this.typeErr(value, t, struct, fieldStack);
        return;
      case 'float64':
        if (typeof value !== 'number') this.typeErr(value, t, struct, fieldStack);
        return;
      case 'int32':
      case 'int64': {
        if (typeof value !== 'number') {
          this.typeErr(value, t, struct, fieldStack);
          return;
        }
        const ok =
          Number.isInteger(value) &&
          (t.k === 'int32' ? value >= MIN_INT32 && value <= MAX_INT32 : Math.abs(value) <= MAX_INT64);
        if (!ok) this.typeErr(value, t, struct, fieldStack, true);
        return;
      }
      case 'intOrString': {
        // IntOrString.UnmarshalJSON: strings as-is, anything else into int32 (errors are not wrapped).
        if (typeof value === 'string') return;
        if (typeof value === 'number') {
          if (!Number.isInteger(value) || value > MAX_INT32 || value < MIN_INT32) {
            this.customErr(`json: cannot unmarshal number ${numberText(value)} into Go value of type int32`);
          }
          return;
        }
        this.customErr(`json: cannot unmarshal ${jsonKind(value)} into Go value of type int32`);
        return;
      }
      case 'quantity': {
        // Quantity.UnmarshalJSON parses the raw JSON text (quotes stripped).
        const raw =
          typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : JSON.stringify(value);
        const q = parseQuantity(raw);
        if (!q.ok) this.customErr(q.error);
        return;
      }
      case 'time': {
        if (typeof value !== 'string') {
          this.customErr(`json: cannot unmarshal ${jsonKind(value)} into Go value of type string`);
          return;
        }
        if (!RFC3339.test(value)) {
          this.customErr(
            `parsing time ${goQuote(value)} as "2006-01-02T15:04:05Z07:00": cannot parse ${goQuote(value)} as "2006"`,
          );
        }
        return;
      }
      case 'map': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          this.typeErr(value, t, struct, fieldStack);
          return;
        }
        const o = value as Record<string, unknown>;
        for (const k of Object.keys(o).sort(compareGoStrings)) {
          this.check(o[k], t.elem, `${strictPath}[${k}]`, struct, fieldStack);
        }
        return;
      }
      case 'list': {
        if (!Array.isArray(value)) {
          this.typeErr(value, t, struct, fieldStack);
          return;
        }
        value.forEach((item, i) => this.check(item, t.elem, `${strictPath}[${i}]`, struct, fieldStack));
        return;
      }
      case 'struct': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          this.typeErr(value, t, struct, fieldStack);
          return;
        }
        const def = STRUCTS[t.name];
        const structName = def.go.slice(def.go.indexOf('.') + 1);
        const o = value as Record<string, unknown>;
        for (const k of Object.keys(o).sort(compareGoStrings)) {
          const ft = def.fields[k];
          const p = strictPath === '' ? k : `${strictPath}.${k}`;
          if (ft === undefined) {
            this.unknown.push(p);
            continue;
          }
          this.check(o[k], ft, p, structName, [...fieldStack, k]);
        }
        return;
      }
    }
  }
}

/** Checks a manifest object against the schema of `kind` (a root struct name from schema.ts). */
export function checkDecode(obj: unknown, kind: string): DecodeCheck {
  const c = new Checker();
  if (!STRUCTS[kind]) return { typeError: null, unknownFields: [] };
  c.check(obj, { k: 'struct', name: kind }, '', '', []);
  return { typeError: c.typeError, unknownFields: c.unknown };
}

/** runtime.NewStrictDecodingError(...).Error() */
export function strictDecodingMessage(unknownFields: readonly string[]): string {
  return 'strict decoding error: ' + unknownFields.map((f) => `unknown field ${goQuote(f)}`).join(', ');
}

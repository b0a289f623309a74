// field.Error of k8s.io/apimachinery/pkg/util/validation/field: the constructors and the exact
// `ErrorBody()` text ("Required value", "Invalid value: <v>: detail", "Unsupported value: ...").

import { goFormatFloat, goQuote } from './go-format.ts';

export type FieldErrorType =
  'Required' | 'Invalid' | 'NotSupported' | 'Forbidden' | 'Duplicate' | 'NotFound' | 'TooLong' | 'TooMany' | 'Internal';

/**
 * The bad value, as ErrorBody prints it: strings with %q, numbers and booleans with %v, anything
 * else (Go structs, maps, Stringers) is given as the already-formatted Go text.
 */
export type BadValue =
  | { kind: 'string'; v: string }
  | { kind: 'int'; v: number }
  | { kind: 'float'; v: number }
  | { kind: 'bool'; v: boolean }
  | { kind: 'null' }
  | { kind: 'raw'; text: string }
  | { kind: 'omit' };

export interface FieldError {
  type: FieldErrorType;
  field: string;
  bad: BadValue;
  detail: string;
}

const TYPE_TEXT: Record<FieldErrorType, string> = {
  Required: 'Required value',
  Invalid: 'Invalid value',
  NotSupported: 'Unsupported value',
  Forbidden: 'Forbidden',
  Duplicate: 'Duplicate value',
  NotFound: 'Not found',
  TooLong: 'Too long',
  TooMany: 'Too many',
  Internal: 'Internal error',
};

export const bv = {
  str: (v: string): BadValue => ({ kind: 'string', v }),
  int: (v: number): BadValue => ({ kind: 'int', v }),
  bool: (v: boolean): BadValue => ({ kind: 'bool', v }),
  raw: (text: string): BadValue => ({ kind: 'raw', text }),
  null: (): BadValue => ({ kind: 'null' }),
};

/** field.Error.ErrorBody() */
export function errorBody(e: FieldError): string {
  let s: string;
  const t = TYPE_TEXT[e.type];
  if (
    e.type === 'Required' ||
    e.type === 'Forbidden' ||
    e.type === 'TooLong' ||
    e.type === 'Internal' ||
    e.bad.kind === 'omit'
  ) {
    s = t;
  } else {
    const b = e.bad;
    switch (b.kind) {
      case 'string':
        s = `${t}: ${goQuote(b.v)}`;
        break;
      case 'int':
        s = `${t}: ${b.v}`;
        break;
      case 'float':
        s = `${t}: ${goFormatFloat(b.v)}`;
        break;
      case 'bool':
        s = `${t}: ${b.v ? 'true' : 'false'}`;
        break;
      case 'null':
        s = `${t}: "null"`;
        break;
      case 'raw':
        s = `${t}: ${b.text}`;
        break;
    }
  }
  if (e.detail.length !== 0) s += `: ${e.detail}`;
  return s;
}

/** field.Error.Error(): "<field>: <body>" */
export function fieldErrorText(e: FieldError): string {
  return `${e.field}: ${errorBody(e)}`;
}

export function required(field: string, detail = ''): FieldError {
  return { type: 'Required', field, bad: { kind: 'string', v: '' }, detail };
}
export function invalid(field: string, bad: BadValue, detail: string): FieldError {
  return { type: 'Invalid', field, bad, detail };
}
export function notSupported(field: string, bad: BadValue, validValues: readonly string[]): FieldError {
  const detail = validValues.length > 0 ? 'supported values: ' + validValues.map(goQuote).join(', ') : '';
  return { type: 'NotSupported', field, bad, detail };
}
export function forbidden(field: string, detail: string): FieldError {
  return { type: 'Forbidden', field, bad: { kind: 'string', v: '' }, detail };
}
export function duplicate(field: string, bad: BadValue): FieldError {
  return { type: 'Duplicate', field, bad, detail: '' };
}
export function notFound(field: string, bad: BadValue): FieldError {
  return { type: 'NotFound', field, bad, detail: '' };
}
export function tooLong(field: string, maxLength: number): FieldError {
  return { type: 'TooLong', field, bad: { kind: 'string', v: '' }, detail: `must have at most ${maxLength} bytes` };
}

/** field.Path helpers: child ("a.b"), index ("a[0]") and key ("a[k]"). */
export function child(path: string, ...names: string[]): string {
  let p = path;
  for (const n of names) p = p.length === 0 ? n : `${p}.${n}`;
  return p;
}
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}
export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}

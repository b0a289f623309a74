// The functions available to kubectl's go-template printer: Go's text/template builtins, the two
// kubectl adds (exists, base64decode) and a small subset of the Sprig functions kubectl also
// registers (upper, lower, trim, quote, default, join, contains, hasPrefix, hasSuffix,
// replace, add, sub). Values are {v, w}: v is the Go value (undefined = invalid reflect.Value),
// w marks an interface{} obtained from a map or slice element.

import { GoCompareError, GoFloat, GoUint, basicKind, goEqual, goLess } from './gocompare.ts';
import { goQuote, goSprintV, goTypeName, isGoInt, isMap, utf8Bytes } from './gofmt.ts';
import { goSprint, goSprintf, goSprintln } from './gosprintf.ts';

export interface Val {
  v: unknown;
  w: boolean;
}

export const val = (v: unknown, w = false): Val => ({ v, w });
export const INVALID: Val = { v: undefined, w: false };

/** Parameter types that matter for argument evaluation: interface{}, reflect.Value, string. */
export type ParamType = 'any' | 'value' | 'string';

export interface GoFunc {
  params: ParamType[];
  variadic?: ParamType;
  call: (args: Val[]) => Val;
}

export class FuncError extends Error {}

/** indirectInterface: unwraps an interface; a nil interface becomes invalid. */
export function unwrap(x: Val): Val {
  if (x.w) return x.v === null ? INVALID : val(x.v);
  return x;
}

/** text/template's isTrue; `undefined` for values it cannot judge. */
export function isTrue(x: Val): boolean | undefined {
  const v = unwrap(x).v;
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof GoFloat || v instanceof GoUint) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return Object.keys(v).length > 0;
  return undefined;
}

/** Go type of a value as reflect would name it in messages. */
export function typeOf(x: Val): string {
  if (x.w) return 'interface {}';
  const v = x.v;
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoUint) return 'uint8';
  if (typeof v === 'number' && isGoInt(v)) return 'int';
  return goTypeName(v);
}

const dynType = (x: Val): string => {
  const v = x.v;
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoUint) return 'uint8';
  return goTypeName(v);
};

function cmpWrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GoCompareError) throw new FuncError(e.message);
    throw e;
  }
}

/** text/template's eq: basic kinds compare; invalid values equal only each other. */
function eq(args: Val[]): Val {
  const [first, ...rest] = args;
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const a = unwrap(first).v;
  const kindOf = (v: unknown): string => {
    if (v === undefined || v === null) return 'invalid';
    try {
      return basicKind(v);
    } catch {
      return 'complex';
    }
  };
  const k1 = kindOf(a);
  for (const arg of rest) {
    const b = unwrap(arg).v;
    const k2 = kindOf(b);
    let truth: boolean;
    if (k1 !== k2) {
      if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) truth = cmpWrap(() => goEqual(a, b));
      else if (k1 !== 'invalid' && k2 !== 'invalid') throw new FuncError('incompatible types for comparison');
      else truth = false;
    } else if (k1 === 'invalid') {
      truth = true;
    } else if (k1 === 'complex') {
      throw new FuncError(`non-comparable types ${goSprintV(a)}: ${goTypeName(a)}, ${goTypeName(b)}: ${goSprintV(b)}`);
    } else {
      truth = cmpWrap(() => goEqual(a, b));
    }
    if (truth) return val(true);
  }
  return val(false);
}

const lt = (args: Val[]): boolean =>
  cmpWrap(() => {
    const a = unwrap(args[0]).v;
    const b = unwrap(args[1]).v;
    return goLess(a, b);
  });
const le = (args: Val[]): boolean => lt(args) || (eq(args).v as boolean);

function indexValue(args: Val[]): Val {
  let item = unwrap(args[0]);
  if (item.v === undefined) throw new FuncError('index of untyped nil');
  for (const idx of args.slice(1)) {
    const i = unwrap(idx).v;
    if (item.v === null) throw new FuncError('index of nil pointer');
    const cur = item.v;
    if (Array.isArray(cur) || typeof cur === 'string') {
      const n = i instanceof GoUint ? i.value : i;
      if (typeof n !== 'number' || !isGoInt(n)) {
        throw new FuncError(`cannot index slice/array with type ${i === undefined ? 'nil' : goTypeName(i)}`);
      }
      const len = typeof cur === 'string' ? utf8Bytes(cur).length : cur.length;
      if (n < 0 || n >= len) throw new FuncError(`index out of range: ${n}`);
      item = typeof cur === 'string' ? val(new GoUint(utf8Bytes(cur)[n])) : val(cur[n], true);
    } else if (isMap(cur)) {
      if (typeof i !== 'string') {
        throw new FuncError(`value has type ${i === undefined ? 'nil' : goTypeName(i)}; should be string`);
      }
      item = Object.hasOwn(cur, i) && cur[i] !== undefined ? val(cur[i], true) : val(null, true);
    } else {
      throw new FuncError(`can't index item of type ${dynType(item)}`);
    }
  }
  return item;
}

function lenValue(args: Val[]): Val {
  const x = unwrap(args[0]).v;
  if (x === null) throw new FuncError('len of nil pointer');
  if (typeof x === 'string') return val(utf8Bytes(x).length);
  if (Array.isArray(x)) return val(x.length);
  if (isMap(x)) return val(Object.keys(x).length);
  if (x === undefined) throw new FuncError('len of untyped nil');
  throw new FuncError(`len of type ${dynType(val(x))}`);
}

/** kubectl's `exists item indices...`. */
function exists(args: Val[]): Val {
  let v = unwrap(args[0]).v;
  for (const idx of args.slice(1)) {
    const i = unwrap(idx).v;
    if (v === null || v === undefined) return val(false);
    if (Array.isArray(v)) {
      if (typeof i !== 'number' || !isGoInt(i) || i < 0 || i >= v.length) return val(false);
      v = v[i];
    } else if (isMap(v)) {
      if (typeof i !== 'string') return val(false);
      v = Object.hasOwn(v, i) ? v[i] : null;
    } else {
      return val(false);
    }
  }
  return val(v !== null && v !== undefined);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Decode(s: string): string {
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) {
    const bad = [...s].findIndex((c, i) => !(B64.includes(c) || (c === '=' && i >= s.length - 2)));
    throw new FuncError(`base64 decode failed: illegal base64 data at input byte ${bad < 0 ? s.length : bad}`);
  }
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    const n = [0, 1, 2, 3].map((j) => (s[i + j] === '=' ? 0 : B64.indexOf(s[i + j])));
    const triple = (n[0] << 18) | (n[1] << 12) | (n[2] << 6) | n[3];
    bytes.push((triple >> 16) & 255);
    if (s[i + 2] !== '=') bytes.push((triple >> 8) & 255);
    if (s[i + 3] !== '=') bytes.push(triple & 255);
  }
  return utf8Decode(bytes);
}

/** Decodes UTF-8 bytes; invalid sequences become U+FFFD. */
function utf8Decode(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    const cont = bytes.slice(i + 1, i + n);
    if (n === 0 || cont.length !== n - 1 || cont.some((c) => (c & 0xc0) !== 0x80)) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (const c of cont) cp = (cp << 6) | (c & 0x3f);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}

const str = (x: Val): string => unwrap(x).v as string;
const plainArgs = (args: Val[]): unknown[] => args.map((a) => unwrap(a).v ?? null);

function toInt64(x: Val): number {
  const v = unwrap(x).v;
  if (typeof v === 'number') return Math.trunc(v);
  if (v instanceof GoFloat || v instanceof GoUint) return Math.trunc(v.value);
  if (typeof v === 'string') {
    const n = Number(v);
    return Number.isFinite(n) ? Math.trunc(n) : 0;
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  return 0;
}

const isEmpty = (x: Val): boolean => !isTrue(x);

export const FUNCS: Record<string, GoFunc> = {
  and: { params: ['value'], variadic: 'value', call: (a) => a[a.length - 1] },
  or: { params: ['value'], variadic: 'value', call: (a) => a[a.length - 1] },
  not: { params: ['value'], call: (a) => val(!isTrue(a[0])) },
  len: { params: ['value'], call: lenValue },
  index: { params: ['value'], variadic: 'value', call: indexValue },
  print: { params: [], variadic: 'any', call: (a) => val(goSprint(plainArgs(a))) },
  printf: { params: ['string'], variadic: 'any', call: (a) => val(goSprintf(str(a[0]), plainArgs(a.slice(1)))) },
  println: { params: [], variadic: 'any', call: (a) => val(goSprintln(plainArgs(a))) },
  eq: { params: ['value'], variadic: 'value', call: eq },
  ne: { params: ['value', 'value'], call: (a) => val(!(eq(a).v as boolean)) },
  lt: { params: ['value', 'value'], call: (a) => val(lt(a)) },
  le: { params: ['value', 'value'], call: (a) => val(le(a)) },
  gt: { params: ['value', 'value'], call: (a) => val(!le(a)) },
  ge: { params: ['value', 'value'], call: (a) => val(!lt(a)) },
  // kubectl additions
  exists: { params: ['any'], variadic: 'any', call: exists },
  base64decode: { params: ['string'], call: (a) => val(base64Decode(str(a[0]))) },
  // Sprig subset
  upper: { params: ['string'], call: (a) => val(str(a[0]).toUpperCase()) },
  lower: { params: ['string'], call: (a) => val(str(a[0]).toLowerCase()) },
  trim: { params: ['string'], call: (a) => val(str(a[0]).replace(/^\s+|\s+$/gu, '')) },
  quote: {
    params: [],
    variadic: 'any',
    call: (a) =>
      val(
        a
          .filter((x) => unwrap(x).v !== undefined && unwrap(x).v !== null)
          .map((x) => goQuote(goSprint([unwrap(x).v])))
          .join(' '),
      ),
  },
  default: { params: ['any'], variadic: 'any', call: (a) => (a.length < 2 || isEmpty(a[1]) ? a[0] : a[1]) },
  join: {
    params: ['string', 'any'],
    call: (a) => {
      const list = unwrap(a[1]).v;
      const items = Array.isArray(list) ? list.filter((x) => x !== null).map((x) => goSprint([x])) : [goSprint([list])];
      return val(items.join(str(a[0])));
    },
  },
  contains: { params: ['string', 'string'], call: (a) => val(str(a[1]).includes(str(a[0]))) },
  hasPrefix: { params: ['string', 'string'], call: (a) => val(str(a[1]).startsWith(str(a[0]))) },
  hasSuffix: { params: ['string', 'string'], call: (a) => val(str(a[1]).endsWith(str(a[0]))) },
  replace: { params: ['string', 'string', 'string'], call: (a) => val(str(a[2]).replaceAll(str(a[0]), str(a[1]))) },
  add: { params: [], variadic: 'any', call: (a) => val(a.reduce((sum, x) => sum + toInt64(x), 0)) },
  sub: { params: ['any', 'any'], call: (a) => val(toInt64(a[0]) - toInt64(a[1])) },
};

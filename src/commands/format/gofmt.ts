// Go's fmt/strconv rendering of decoded-JSON values, as kubectl's printers produce it.
//
// Values follow what Go holds after decoding JSON into interface{} the Kubernetes way
// (unstructured / apimachinery json): integral numbers are int64, others float64; null is a nil
// interface; arrays are []interface{}; objects are map[string]interface{}. `undefined` stands
// for an invalid reflect.Value (e.g. a missing map key).

export type GoValue = null | boolean | number | string | readonly GoValue[] | { readonly [key: string]: GoValue };

/** A decoded JSON object (a plain object, not an array or a class instance). */
export const isMap = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

const other = (v: unknown): string => (typeof v === 'bigint' ? v.toString() : `<${typeof v}>`);

/** Integral JSON numbers decode to int64 in Kubernetes' unstructured content. */
export const isGoInt = (n: number): boolean => Number.isInteger(n) && Math.abs(n) < 2 ** 63;

/** Go's string comparison: byte-wise on UTF-8, i.e. code point order. */
export function compareGoStrings(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

export const sortedKeys = (m: Record<string, unknown>): string[] =>
  Object.keys(m)
    .filter((k) => m[k] !== undefined)
    .sort(compareGoStrings);

/** UTF-8 encoding of a string (lone surrogates become U+FFFD, as Go would store them). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export const isGoPrint = (ch: string): boolean => ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** strconv.Quote: a double-quoted Go string literal. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (isGoPrint(ch)) out += ch;
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}

interface Digits {
  digits: string; // significant decimal digits, no leading/trailing zeros
  exp: number; // decimal exponent of the first digit
}

function shortestDigits(n: number): Digits {
  const [mant, e] = Math.abs(n).toExponential().split('e');
  return { digits: mant.replace('.', ''), exp: Number(e) };
}

function fixed(d: Digits, decimals: number): string {
  const point = d.exp + 1;
  let intPart: string;
  let frac: string;
  if (point <= 0) {
    intPart = '0';
    frac = '0'.repeat(-point) + d.digits;
  } else if (point >= d.digits.length) {
    intPart = d.digits + '0'.repeat(point - d.digits.length);
    frac = '';
  } else {
    intPart = d.digits.slice(0, point);
    frac = d.digits.slice(point);
  }
  frac = frac.padEnd(decimals, '0').slice(0, decimals);
  return decimals > 0 ? `${intPart}.${frac}` : intPart;
}

/** strconv.FormatFloat(f, 'g', -1, 64): what %v prints for a float64 (e.g. `1e+06`, `0.5`). */
export function goFloatG(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (n === 0) return `${sign}0`;
  const d = shortestDigits(n);
  if (d.exp < -4 || d.exp >= 6) {
    const mant = d.digits.length > 1 ? `${d.digits[0]}.${d.digits.slice(1)}` : d.digits;
    const es = d.exp < 0 ? '-' : '+';
    return `${sign}${mant}e${es}${String(Math.abs(d.exp)).padStart(2, '0')}`;
  }
  return sign + fixed(d, Math.max(d.digits.length - (d.exp + 1), 0));
}

/** How a JSON number prints through %v: int64 in decimal, float64 in %g. */
export const goNumber = (n: number): string => (isGoInt(n) ? String(n === 0 ? 0 : n) : goFloatG(n));

/** fmt's %v (fmt.Sprint) of a decoded-JSON value: `map[a:1 b:[x y]]`, `<nil>`. */
export function goSprintV(v: unknown): string {
  if (v === undefined) return '<invalid reflect.Value>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goNumber(v);
  if (Array.isArray(v)) return `[${v.map(goSprintV).join(' ')}]`;
  if (isMap(v))
    return `map[${sortedKeys(v)
      .map((k) => `${k}:${goSprintV(v[k])}`)
      .join(' ')}]`;
  return other(v);
}

/** fmt's %#v of an interface{} holding a decoded-JSON value (Go-syntax representation). */
export function goSprintSharpV(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goNumber(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSprintSharpV(x)).join(', ')}}`;
  if (isMap(v)) {
    const body = sortedKeys(v)
      .map((k) => `${goQuote(k)}:${goSprintSharpV(v[k])}`)
      .join(', ');
    return `map[string]interface {}{${body}}`;
  }
  return other(v);
}

/** Go's reflect type name for a decoded-JSON value, as error messages print it. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return isGoInt(v) ? 'int64' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

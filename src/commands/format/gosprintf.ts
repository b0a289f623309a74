// A subset of Go's fmt.Sprintf/Sprint/Sprintln for decoded-JSON values, enough for the printf,
// print and println template functions: verbs %v %+v %#v %s %q %d %t %f %F %e %E %g %G %x %X
// %o %b %c %U %%, flags "-+# 0", width and precision (including *), and Go's error
// annotations (%!d(string=x), %!d(MISSING), %!(EXTRA ...), %!(BADWIDTH)).

import { GoFloat, GoUint } from './gocompare.ts';
import {
  goFloatG,
  goNumber,
  goQuote,
  goSprintSharpV,
  goSprintV,
  isGoInt,
  isMap,
  sortedKeys,
  utf8Bytes,
} from './gofmt.ts';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

const typeName = (v: unknown): string => {
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoUint) return 'uint8';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return isGoInt(v) ? 'int64' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
};

const plain = (v: unknown): unknown => (v instanceof GoFloat || v instanceof GoUint ? v.value : v);

function pad(s: string, spec: Spec, numeric = false): string {
  const width = spec.width ?? 0;
  const len = [...s].length;
  if (len >= width) return s;
  if (spec.minus) return s + ' '.repeat(width - len);
  if (spec.zero && numeric) {
    const signed = /^[+\- ]/.test(s);
    const body = signed ? s.slice(1) : s;
    return (signed ? s[0] : '') + '0'.repeat(width - len) + body;
  }
  if (spec.zero && !numeric) return '0'.repeat(width - len) + s;
  return ' '.repeat(width - len) + s;
}

function badVerb(verb: string, v: unknown): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${typeName(v)}=${goSprintV(plain(v))})`;
}

function fmtInteger(n: number, verb: string, spec: Spec): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  let digits: string;
  switch (verb) {
    case 'd':
    case 'v':
      digits = String(abs);
      break;
    case 'x':
      digits = abs.toString(16);
      if (spec.sharp) digits = `0x${digits}`;
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      if (spec.sharp) digits = `0X${digits}`;
      break;
    case 'o':
      digits = abs.toString(8);
      if (spec.sharp) digits = `0${digits}`;
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    default:
      digits = String(abs);
  }
  if (spec.prec !== undefined) digits = digits.padStart(spec.prec, '0');
  const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  return pad(sign + digits, spec, spec.prec === undefined);
}

function fmtFloat(n: number, verb: string, spec: Spec): string {
  let s: string;
  const lower = verb.toLowerCase();
  if (!Number.isFinite(n)) {
    s = Number.isNaN(n) ? 'NaN' : n > 0 ? (spec.plus ? '+Inf' : 'Inf') : '-Inf';
    return pad(s, { ...spec, zero: false });
  }
  if (lower === 'f') {
    s = Math.abs(n).toFixed(spec.prec ?? 6);
  } else if (lower === 'e') {
    s = Math.abs(n).toExponential(spec.prec ?? 6);
    s = s.replace(/e([+-])(\d)$/, 'e$10$2');
  } else if (spec.prec === undefined) {
    s = goFloatG(Math.abs(n));
  } else {
    s = Math.abs(n).toPrecision(Math.max(spec.prec, 1));
    if (s.includes('e')) s = s.replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
    else if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  if (verb === 'E' || verb === 'G') s = s.toUpperCase();
  const sign = n < 0 || Object.is(n, -0) ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  return pad(sign + s, spec, true);
}

function fmtString(s: string, verb: string, spec: Spec): string {
  if (spec.prec !== undefined) s = [...s].slice(0, spec.prec).join('');
  switch (verb) {
    case 'q':
      return pad(goQuote(s), spec);
    case 'x':
    case 'X': {
      let h = utf8Bytes(s)
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      if (verb === 'X') h = h.toUpperCase();
      return pad(h, spec);
    }
    default:
      return pad(s, spec);
  }
}

function fmtValue(v: unknown, verb: string, spec: Spec): string {
  if (verb === 'v' && spec.sharp) return pad(goSprintSharpV(plain(v)), spec);
  if (v === undefined) return verb === 'v' || verb === 's' ? pad('<invalid reflect.Value>', spec) : badVerb(verb, v);
  if (v === null) return verb === 'v' ? pad('<nil>', spec) : badVerb(verb, v);
  if (v instanceof GoFloat)
    return 'eEfFgGv'.includes(verb) ? fmtFloat(v.value, verb === 'v' ? 'g' : verb, spec) : badVerb(verb, v);
  if (v instanceof GoUint) v = v.value;
  if (typeof v === 'boolean') return verb === 'v' || verb === 't' ? pad(v ? 'true' : 'false', spec) : badVerb(verb, v);
  if (typeof v === 'number') {
    if (isGoInt(v)) {
      if ('dvxXob'.includes(verb)) return fmtInteger(v, verb, spec);
      if (verb === 'c') return pad(String.fromCodePoint(v), spec);
      if (verb === 'q') return pad(`'${String.fromCodePoint(v)}'`, spec);
      if (verb === 'U') return pad(`U+${v.toString(16).toUpperCase().padStart(4, '0')}`, spec);
      return badVerb(verb, v);
    }
    return 'eEfFgGv'.includes(verb) ? fmtFloat(v, verb === 'v' ? 'g' : verb, spec) : badVerb(verb, v);
  }
  if (typeof v === 'string')
    return 'vsqxX'.includes(verb) ? fmtString(v, verb === 'v' ? 's' : verb, spec) : badVerb(verb, v);
  const inner: Spec = { ...spec, width: undefined };
  if (Array.isArray(v)) return pad(`[${v.map((x) => fmtValue(x, verb, inner)).join(' ')}]`, spec);
  if (isMap(v)) {
    const body = sortedKeys(v)
      .map((k) => `${fmtValue(k, verb, inner)}:${fmtValue(v[k], verb, inner)}`)
      .join(' ');
    return pad(`map[${body}]`, spec);
  }
  return pad(String(v), spec);
}

/** fmt.Sprintf. */
export function goSprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argNum = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    let badWidth = false;
    if (format[i] === '*') {
      i++;
      const w = args[argNum++];
      if (typeof w === 'number' && isGoInt(w)) {
        spec.width = Math.abs(w);
        if (w < 0) spec.minus = true;
      } else badWidth = true;
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        spec.width = Number(m[0]);
        i += m[0].length;
      }
    }
    let badPrec = false;
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        i++;
        const p = args[argNum++];
        if (typeof p === 'number' && isGoInt(p) && p >= 0) spec.prec = p;
        else badPrec = true;
      } else {
        const m = /^\d*/.exec(format.slice(i)) ?? [''];
        spec.prec = Number(m[0] || '0');
        i += m[0].length;
      }
    }
    if (badWidth) out += '%!(BADWIDTH)';
    if (badPrec) out += '%!(BADPREC)';
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const arg = args[argNum++];
    if (!'vsqdtfFeEgGxXobcU'.includes(verb)) {
      out += badVerb(verb, arg);
      continue;
    }
    out += fmtValue(arg, verb, spec);
  }
  if (argNum < args.length) {
    const extra = args
      .slice(argNum)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${typeName(a)}=${goSprintV(plain(a))}`))
      .join(', ');
    out += `%!(EXTRA ${extra})`;
  }
  return out;
}

const isStringArg = (v: unknown): boolean => typeof v === 'string';
const show = (v: unknown): string =>
  v instanceof GoFloat
    ? goFloatG(v.value)
    : v instanceof GoUint
      ? String(v.value)
      : typeof v === 'number'
        ? goNumber(v)
        : goSprintV(v);

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function goSprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && !isStringArg(a) && !isStringArg(args[i - 1])) out += ' ';
    out += show(a);
  });
  return out;
}

/** fmt.Sprintln: always spaces between operands, newline appended. */
export function goSprintln(args: readonly unknown[]): string {
  return `${args.map(show).join(' ')}\n`;
}

// A flag parser with spf13/pflag's conventions, which is what kubectl uses: `--name=value`,
// `--name value`, `-n value`, `-nvalue`, clustered boolean shorthands (`-it`), `--` ending the
// flags, and pflag's own error texts (wrapped by kubectl's "See '… --help' for usage.").
import { goQuote } from '../manifests/go-format.ts';

export interface FlagSpec {
  /** The long name, then an optional one-letter shorthand, e.g. ['output', 'o']. */
  names: string[];
  /**
   * string: any text; strings: repeatable (a string slice; `csv` splits on commas like pflag's
   * StringSlice); bool: ParseBool; int: ParseInt(s, 0, 64); duration: time.ParseDuration.
   */
  type: 'string' | 'bool' | 'strings' | 'int' | 'duration';
  csv?: boolean;
  /** pflag's NoOptDefVal: the value of `--name` given without `=value` (it then takes no word). */
  noOpt?: string;
}

export interface Parsed {
  args: string[];
  flags: Record<string, string | boolean | string[] | number>;
  /** Words after `--`. */
  rest: string[];
  /** cobra's ArgsLenAtDash: how many args came before `--`, or -1 without one. */
  dashAt: number;
  /** Flags the user set (canonical names), for "was it given at all". */
  given: Set<string>;
  /** `-h` / `--help` was given. */
  help?: boolean;
}

export type FlagResult = { ok: true; value: Parsed } | { ok: false; error: string };

/** kubectl's wrapping of a pflag error. */
export function flagError(message: string, command: string): string {
  return `error: ${message}\nSee '${command} --help' for usage.`;
}

export function parseFlags(words: string[], specs: FlagSpec[], command: string): FlagResult {
  const long = new Map<string, FlagSpec>();
  const short = new Map<string, FlagSpec>();
  for (const s of specs) {
    long.set(s.names[0]!, s);
    for (const n of s.names.slice(1)) short.set(n, s);
  }
  const out: Parsed = { args: [], flags: {}, rest: [], dashAt: -1, given: new Set() };
  const fail = (message: string): FlagResult => ({ ok: false, error: flagError(message, command) });
  const set = (spec: FlagSpec, value: string): string | undefined => {
    const key = spec.names[0]!;
    out.given.add(key);
    const shorthand = spec.names[1];
    const display = shorthand ? `-${shorthand}, --${key}` : `--${key}`;
    const invalid = (why: string) => `invalid argument ${goQuote(value)} for ${goQuote(display)} flag: ${why}`;
    switch (spec.type) {
      case 'bool': {
        const b = parseGoBool(value);
        if (b === undefined) return invalid(`strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`);
        out.flags[key] = b;
        return undefined;
      }
      case 'int': {
        const n = parseGoInt(value);
        if (typeof n === 'string') return invalid(n);
        out.flags[key] = n;
        return undefined;
      }
      case 'duration': {
        const d = parseGoDuration(value);
        if (typeof d === 'string') return invalid(d);
        out.flags[key] = d;
        return undefined;
      }
      case 'strings': {
        const prev = (out.flags[key] as string[] | undefined) ?? [];
        out.flags[key] = [...prev, ...(spec.csv ? (value === '' ? [] : value.split(',')) : [value])];
        return undefined;
      }
      default:
        out.flags[key] = value;
        return undefined;
    }
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') {
      out.dashAt = out.args.length;
      out.rest = words.slice(i + 1);
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      out.args.push(w);
      continue;
    }
    if (w.startsWith('--')) {
      const body = w.slice(2);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      if (!name || name.startsWith('-') || name.startsWith('=')) return fail(`bad flag syntax: ${w}`);
      const spec = long.get(name);
      if (!spec && name === 'help') {
        out.help = true;
        continue;
      }
      if (!spec) return fail(`unknown flag: --${name}`);
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (spec.type === 'bool') value = 'true';
      else if (spec.noOpt !== undefined) value = spec.noOpt;
      else if (i + 1 < words.length) value = words[++i]!;
      else return fail(`flag needs an argument: --${name}`);
      const err = set(spec, value);
      if (err) return fail(err);
      continue;
    }
    // Shorthands: -abc is -a -b -c while they are booleans; the first one taking a value takes
    // the rest of the word (or, if nothing is left, the next word). pflag names the remaining
    // cluster in its errors.
    let rest = w.slice(1);
    while (rest.length) {
      const c = [...rest][0]!;
      const spec = short.get(c);
      if (!spec) {
        if (c === 'h') {
          out.help = true;
          rest = rest.slice(1);
          continue;
        }
        return fail(`unknown shorthand flag: ${goRuneQuote(c)} in -${rest}`);
      }
      const after = rest.slice(c.length);
      let value: string;
      if (after.length > 1 && after[0] === '=') {
        value = after.slice(1);
        rest = '';
      } else if (spec.type === 'bool' || spec.noOpt !== undefined) {
        value = spec.type === 'bool' ? 'true' : spec.noOpt!;
        rest = after;
      } else if (after.length) {
        value = after;
        rest = '';
      } else if (i + 1 < words.length) {
        value = words[++i]!;
        rest = '';
      } else return fail(`flag needs an argument: ${goRuneQuote(c)} in -${rest}`);
      const err = set(spec, value);
      if (err) return fail(err);
    }
  }
  return { ok: true, value: out };
}

function goRuneQuote(c: string): string {
  const q = goQuote(c);
  return `'${q.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b/0 prefixes, underscores between digits. */
export function parseGoInt(s: string): number | string {
  const syntax = `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`;
  let body = s;
  let neg = false;
  if (body.startsWith('+') || body.startsWith('-')) {
    neg = body[0] === '-';
    body = body.slice(1);
  }
  let base = 10;
  let digits = body;
  let prefixed = false;
  if (/^0[xX]/.test(body)) [base, digits, prefixed] = [16, body.slice(2), true];
  else if (/^0[oO]/.test(body)) [base, digits, prefixed] = [8, body.slice(2), true];
  else if (/^0[bB]/.test(body)) [base, digits, prefixed] = [2, body.slice(2), true];
  else if (body.length > 1 && body[0] === '0') [base, digits, prefixed] = [8, body.slice(1), true];
  if (!digits) return syntax;
  if (digits.includes('_')) {
    // Go's underscoreOK: only with a base prefix (including a leading 0), and each underscore
    // sits between digits or right after the prefix.
    const full = prefixed ? body : digits;
    if (!prefixed || !underscoreOK(full)) return syntax;
    digits = digits.replace(/_/g, '');
    if (!digits) return syntax;
  }
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base]!;
  if (!valid.test(digits)) return syntax;
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base]!;
  const v = BigInt(prefix + digits);
  if (neg ? v > INT64_MAX + 1n : v > INT64_MAX) return `strconv.ParseInt: parsing ${goQuote(s)}: value out of range`;
  return Number(neg ? -v : v);
}

function underscoreOK(s: string): boolean {
  // Mirrors strconv.underscoreOK for a string that starts with its base prefix.
  let saw = '^';
  let i = 0;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1]!)) {
    i = 2;
    saw = '0';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (/[0-9a-fA-F]/.test(c)) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** time.Duration's quote: ASCII kept, everything else as \x bytes. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
  }
  return `${out}"`;
}

/** time.ParseDuration, in seconds; the error text Go gives otherwise. */
export function parseGoDuration(orig: string): number | string {
  const invalid = `time: invalid duration ${timeQuote(orig)}`;
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return invalid;
  let total = 0n;
  const LIMIT = 1n << 63n;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) return invalid;
    const m = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const [whole, intPart, fracPart] = [m[0], m[1]!, m[2]];
    if (!intPart && !fracPart) return invalid;
    s = s.slice(whole.length);
    const u = /^[^0-9.]*/.exec(s)![0];
    if (!u) return `time: missing unit in duration ${timeQuote(orig)}`;
    s = s.slice(u.length);
    const unit = UNITS[u];
    if (unit === undefined) return `time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}`;
    let v = intPart ? BigInt(intPart) : 0n;
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (fracPart) {
      const scale = 10 ** fracPart.length;
      v += BigInt(Math.floor(Number(fracPart) * (Number(unit) / scale)));
      if (v > LIMIT) return invalid;
    }
    total += v;
    if (total > LIMIT) return invalid;
  }
  if (!neg && total > LIMIT - 1n) return invalid;
  return (neg ? -Number(total) : Number(total)) / 1e9;
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.at(-1) : undefined;
}

export function bool(p: Parsed, name: string): boolean {
  return p.flags[name] === true;
}

export function num(p: Parsed, name: string): number | undefined {
  const v = p.flags[name];
  return typeof v === 'number' ? v : undefined;
}

export function strs(p: Parsed, name: string): string[] {
  const v = p.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

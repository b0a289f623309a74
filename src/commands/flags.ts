// A small flag parser with kubectl's conventions: `--name=value`, `--name value`, `-n value`,
// `-nvalue` for short flags with values, boolean flags, `--` ending the flags.

export interface FlagSpec {
  /** Flag names without dashes, e.g. ['output', 'o']. The first is the canonical name. */
  names: string[];
  type: 'string' | 'bool' | 'strings';
}

export interface Parsed {
  args: string[];
  flags: Record<string, string | boolean | string[]>;
  /** Words after `--`. */
  rest: string[];
}

export type FlagResult = { ok: true; value: Parsed } | { ok: false; error: string };

export function parseFlags(words: string[], specs: FlagSpec[], command: string): FlagResult {
  const byName = new Map<string, FlagSpec>();
  for (const s of specs) for (const n of s.names) byName.set(n, s);
  const out: Parsed = { args: [], flags: {}, rest: [] };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') {
      out.rest = words.slice(i + 1);
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      out.args.push(w);
      continue;
    }
    const long = w.startsWith('--');
    const body = w.slice(long ? 2 : 1);
    const eq = body.indexOf('=');
    let name = eq >= 0 ? body.slice(0, eq) : body;
    let value: string | undefined = eq >= 0 ? body.slice(eq + 1) : undefined;
    let spec = byName.get(name);
    if (!long && !spec && name.length > 1) {
      // -ojson, -lapp=web
      spec = byName.get(name[0]!);
      if (spec && spec.type !== 'bool') {
        value = name.slice(1) + (eq >= 0 ? `=${body.slice(eq + 1)}` : '');
        name = name[0]!;
      } else spec = undefined;
    }
    if (!spec) {
      return {
        ok: false,
        error: `error: unknown ${long ? 'flag' : 'shorthand flag'}: ${long ? `--${name}` : `'${name[0]}' in -${body}`}\nSee '${command} --help' for usage.`,
      };
    }
    const key = spec.names[0]!;
    if (spec.type === 'bool') {
      if (value === undefined) out.flags[key] = true;
      else if (value === 'true' || value === 'false') out.flags[key] = value === 'true';
      else
        return {
          ok: false,
          error: `error: invalid argument "${value}" for "${long ? '--' : '-'}${name}" flag: strconv.ParseBool: parsing "${value}": invalid syntax\nSee '${command} --help' for usage.`,
        };
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= words.length)
        return {
          ok: false,
          error: `error: flag needs an argument: ${long ? `--${name}` : `'${name}' in -${name}`}\nSee '${command} --help' for usage.`,
        };
      value = words[++i]!;
    }
    if (spec.type === 'strings') {
      const prev = (out.flags[key] as string[] | undefined) ?? [];
      out.flags[key] = [...prev, value];
    } else out.flags[key] = value;
  }
  return { ok: true, value: out };
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.at(-1) : undefined;
}

export function bool(p: Parsed, name: string): boolean {
  return p.flags[name] === true;
}

export function strs(p: Parsed, name: string): string[] {
  const v = p.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

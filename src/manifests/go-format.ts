// Go formatting helpers: the exact text Go's fmt/strconv produce for the values that end up in
// kubectl and API-server messages (strconv.Quote for %q, %v of decoded JSON, %#v of a few types).

const HEX = '0123456789abcdef';

function isGoPrintable(cp: number): boolean {
  // Approximation of unicode.IsPrint for the characters that realistically appear in manifests:
  // ASCII printable, plus everything above U+00A0 except the C1 controls, surrogates and specials.
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp < 0x7f) return true;
  if (cp < 0xa1) return false; // C1 controls and U+00A0 (NBSP is not graphic in Go)
  if (cp === 0xad) return false; // soft hyphen (format character)
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  if (cp === 0xfeff || cp === 0xfffe || cp === 0xffff) return false;
  if (cp >= 0x2028 && cp <= 0x202e) return false;
  if (cp >= 0x200b && cp <= 0x200f) return false;
  if (cp >= 0x2060 && cp <= 0x2064) return false;
  return true;
}

/** strconv.Quote: a double-quoted Go string literal, as `%q` prints a string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (isGoPrintable(cp)) {
      out += ch;
    } else if (cp < 0x80) {
      out += '\\x' + HEX[cp >> 4] + HEX[cp & 15];
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate cannot come from UTF-8 input; Go would see U+FFFD
    } else if (cp < 0x10000) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else {
      out += '\\U' + cp.toString(16).padStart(8, '0');
    }
  }
  return out + '"';
}

/** strconv.FormatFloat(f, 'g', -1, 64), which is what %v prints for a float64. */
export function goFormatFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // Shortest round-trip digits, then strconv's %g layout for precision -1: exponent form when
  // exp < -4 || exp >= 6 (eprec is forced to 6 for the shortest representation).
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(f.toExponential());
  if (!m) return String(f);
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const e = parseInt(m[4], 10);
  const eprec = 6;
  if (e < -4 || e >= eprec) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const es = e < 0 ? '-' : '+';
    const ea = Math.abs(e);
    return sign + mant + 'e' + es + (ea < 10 ? '0' + ea : String(ea));
  }
  // %f with the shortest digits.
  if (e < 0) return sign + '0.' + '0'.repeat(-e - 1) + digits;
  if (digits.length <= e + 1) return sign + digits + '0'.repeat(e + 1 - digits.length);
  return sign + digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
}

function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).sort(compareGoStrings);
}

/** Go compares strings byte-wise (UTF-8); this matches for the BMP and is what sort.Strings does. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  const n = Math.min(ea.length, eb.length);
  for (let i = 0; i < n; i++) {
    if (ea[i] !== eb[i]) return ea[i] - eb[i];
  }
  return ea.length - eb.length;
}

/**
 * `%v` (and `%+v`) of a value decoded from JSON into interface{}: maps print as `map[k:v k2:v2]`
 * with sorted keys, slices as `[a b]`, strings raw, nil as `<nil>`.
 */
export function goPrintV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : goFormatFloat(v);
  if (Array.isArray(v)) return '[' + v.map(goPrintV).join(' ') + ']';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return (
      'map[' +
      sortedKeys(o)
        .map((k) => k + ':' + goPrintV(o[k]))
        .join(' ') +
      ']'
    );
  }
  return JSON.stringify(v) ?? '';
}

/** `%#v` of a map[string]string (nil when undefined/null). */
export function goSharpStringMap(m: Record<string, string> | null | undefined, typeName = 'map[string]string'): string {
  if (m === null || m === undefined) return typeName + '(nil)';
  return (
    typeName +
    '{' +
    sortedKeys(m)
      .map((k) => goQuote(k) + ':' + goQuote(String(m[k])))
      .join(', ') +
    '}'
  );
}

/** `%#v` of a []string (nil when undefined/null). */
export function goSharpStringSlice(s: readonly string[] | null | undefined): string {
  if (s === null || s === undefined) return '[]string(nil)';
  return '[]string{' + s.map((x) => goQuote(String(x))).join(', ') + '}';
}

/** Go's `%s`/`%v` of an aggregate error: one error prints alone, several as `[a, b]`. */
export function goAggregate(messages: readonly string[]): string {
  if (messages.length === 1) return messages[0];
  return '[' + messages.join(', ') + ']';
}

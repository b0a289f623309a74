// Go's encoding/json output for decoded-JSON values: what `kubectl get -o json` prints
// (json.MarshalIndent(obj, "", "    ") of unstructured content) and what jsonpath prints for
// maps and slices (json.Marshal). Map keys are sorted byte-wise; strings are escaped with
// HTML-safe escaping (<, >, & as \u003c, \u003e, \u0026), U+2028/U+2029 escaped, and invalid
// UTF-16 (lone surrogates, which Go would see as invalid UTF-8) written as the escape \ufffd. Keys whose value is `undefined` are omitted.

import { isGoInt, isMap, sortedKeys } from './gofmt.ts';

const HEX = '0123456789abcdef';

/** encodeState.string with escapeHTML = true (Go ≥ 1.22 writes \b and \f in short form). */
export function goJsonString(s: string): string {
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
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
    }
    if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&') {
      out += `\\u00${HEX[cp >> 4]}${HEX[cp & 15]}`;
    } else if (cp === 0x2028 || cp === 0x2029) {
      out += `\\u202${HEX[cp & 15]}`;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      out += '\\ufffd';
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}

/** floatEncoder: 'f' format unless |f| < 1e-6 or ≥ 1e21, exponent without leading zeros. */
export function goJsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`json: unsupported value: ${n}`);
  if (Object.is(n, -0)) return '-0';
  if (isGoInt(n)) return String(n);
  // JavaScript's shortest round-trip formatting switches to exponent notation at exactly the
  // thresholds Go's encoder uses, and writes the exponent the same way ("1e+21", "1e-7").
  return String(n);
}

function encode(v: unknown, indent: string, prefix: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goJsonNumber(v);
  const inner = prefix + indent;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const items = v.map((x) => encode(x, indent, inner));
    return indent ? `[\n${inner}${items.join(`,\n${inner}`)}\n${prefix}]` : `[${items.join(',')}]`;
  }
  if (isMap(v)) {
    const keys = sortedKeys(v);
    if (keys.length === 0) return '{}';
    const sep = indent ? ': ' : ':';
    const items = keys.map((k) => `${goJsonString(k)}${sep}${encode(v[k], indent, inner)}`);
    return indent ? `{\n${inner}${items.join(`,\n${inner}`)}\n${prefix}}` : `{${items.join(',')}}`;
  }
  throw new TypeError(`json: unsupported type: ${typeof v}`);
}

/** json.Marshal (indent "") or json.MarshalIndent(v, "", indent). No trailing newline. */
export function goJsonMarshal(v: unknown, indent = ''): string {
  return encode(v, indent, '');
}

// A stream of JSON values decoded the way Go's encoding/json Decoder does it, with Go's syntax-error
// wording and byte offsets (kubectl reports them as "json: offset N: invalid character ...").

import { setKey } from './yaml-decode.ts';

export type JsonStepResult =
  | { kind: 'value'; value: unknown; end: number }
  | { kind: 'eof' }
  | { kind: 'syntax'; message: string; offset: number }
  | { kind: 'unexpected-eof' };

function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const q = JSON.stringify(c);
  let inner = q.slice(1, -1);
  // Go's strconv.Quote uses \x for bytes below 0x20 without a short escape.
  inner = inner.replace(/\\u00([0-1][0-9a-f])/g, (_m, h: string) => '\\x' + h);
  return "'" + inner + "'";
}

class SyntaxErr extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}
class EofErr extends Error {}

const WS = new Set([' ', '\t', '\n', '\r']);

/** Byte length of text[0, index) in UTF-8. */
function byteOffset(text: string, index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

class JsonReader {
  constructor(
    private readonly s: string,
    public i: number,
  ) {}

  private err(context: string): never {
    if (this.i >= this.s.length) throw new EofErr();
    throw new SyntaxErr(`invalid character ${quoteChar(this.s[this.i])} ${context}`, this.i);
  }

  private skipWs(): void {
    while (this.i < this.s.length && WS.has(this.s[this.i])) this.i++;
  }

  value(): unknown {
    this.skipWs();
    if (this.i >= this.s.length) throw new EofErr();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (c === 't') return this.literal('true', true);
    if (c === 'f') return this.literal('false', false);
    if (c === 'n') return this.literal('null', null);
    this.err('looking for beginning of value');
  }

  private literal(word: string, v: unknown): unknown {
    for (let k = 0; k < word.length; k++) {
      if (this.i >= this.s.length) throw new EofErr();
      if (this.s[this.i] !== word[k]) this.err(`in literal ${word} (expecting ${quoteChar(word[k])})`);
      this.i++;
    }
    return v;
  }

  private number(): number {
    const start = this.i;
    if (this.s[this.i] === '-') {
      this.i++;
      if (this.i >= this.s.length) throw new EofErr();
      if (!(this.s[this.i] >= '0' && this.s[this.i] <= '9')) this.err('in numeric literal');
    }
    if (this.s[this.i] === '0') this.i++;
    else while (this.s[this.i] >= '0' && this.s[this.i] <= '9') this.i++;
    if (this.s[this.i] === '.') {
      this.i++;
      if (this.i >= this.s.length) throw new EofErr();
      if (!(this.s[this.i] >= '0' && this.s[this.i] <= '9')) this.err('after decimal point in numeric literal');
      while (this.s[this.i] >= '0' && this.s[this.i] <= '9') this.i++;
    }
    if (this.s[this.i] === 'e' || this.s[this.i] === 'E') {
      this.i++;
      if (this.s[this.i] === '+' || this.s[this.i] === '-') this.i++;
      if (this.i >= this.s.length) throw new EofErr();
      if (!(this.s[this.i] >= '0' && this.s[this.i] <= '9')) this.err('in exponent of numeric literal');
      while (this.s[this.i] >= '0' && this.s[this.i] <= '9') this.i++;
    }
    return Number(this.s.slice(start, this.i));
  }

  private string(): string {
    this.i++; // opening quote
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) throw new EofErr();
      const c = this.s[this.i];
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') {
        this.i++;
        if (this.i >= this.s.length) throw new EofErr();
        const e = this.s[this.i];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e in simple) {
          out += simple[e];
          this.i++;
        } else if (e === 'u') {
          this.i++;
          let code = 0;
          for (let k = 0; k < 4; k++) {
            if (this.i >= this.s.length) throw new EofErr();
            const h = this.s[this.i];
            if (!/[0-9a-fA-F]/.test(h)) this.err('in \\u hexadecimal character escape');
            code = code * 16 + parseInt(h, 16);
            this.i++;
          }
          out += String.fromCharCode(code);
        } else {
          this.err('in string escape code');
        }
        continue;
      }
      if (c.charCodeAt(0) < 0x20) this.err('in string literal');
      out += c;
      this.i++;
    }
  }

  private object(): Record<string, unknown> {
    this.i++;
    const o: Record<string, unknown> = {};
    this.skipWs();
    if (this.i >= this.s.length) throw new EofErr();
    if (this.s[this.i] === '}') {
      this.i++;
      return o;
    }
    for (;;) {
      this.skipWs();
      if (this.i >= this.s.length) throw new EofErr();
      if (this.s[this.i] !== '"') this.err('looking for beginning of object key string');
      const k = this.string();
      this.skipWs();
      if (this.i >= this.s.length) throw new EofErr();
      if (this.s[this.i] !== ':') this.err('after object key');
      this.i++;
      setKey(o, k, this.value());
      this.skipWs();
      if (this.i >= this.s.length) throw new EofErr();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        return o;
      }
      this.err('after object key:value pair');
    }
  }

  private array(): unknown[] {
    this.i++;
    const a: unknown[] = [];
    this.skipWs();
    if (this.i >= this.s.length) throw new EofErr();
    if (this.s[this.i] === ']') {
      this.i++;
      return a;
    }
    for (;;) {
      a.push(this.value());
      this.skipWs();
      if (this.i >= this.s.length) throw new EofErr();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        return a;
      }
      this.err('after array element');
    }
  }
}

/** Decodes the next JSON value starting at `index` (json.Decoder.Decode). */
export function decodeJsonValue(text: string, index: number): JsonStepResult {
  const r = new JsonReader(text, index);
  let p = index;
  while (p < text.length && WS.has(text[p])) p++;
  if (p >= text.length) return { kind: 'eof' };
  try {
    const value = r.value();
    return { kind: 'value', value, end: r.i };
  } catch (e) {
    if (e instanceof SyntaxErr) return { kind: 'syntax', message: e.message, offset: byteOffset(text, e.index) + 1 };
    if (e instanceof EofErr) return { kind: 'unexpected-eof' };
    if (e instanceof RangeError)
      return { kind: 'syntax', message: 'exceeded max depth', offset: byteOffset(text, r.i) };
    throw e;
  }
}

/** Parses a complete JSON text (used for `kubectl patch -p` JSON input). */
export function parseJsonDocument(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const res = decodeJsonValue(text, 0);
  if (res.kind === 'value') {
    let p = res.end;
    while (p < text.length && WS.has(text[p])) p++;
    if (p < text.length) {
      return { ok: false, error: `invalid character ${quoteChar(text[p])} after top-level value` };
    }
    return { ok: true, value: res.value };
  }
  if (res.kind === 'syntax') return { ok: false, error: res.message };
  return { ok: false, error: 'unexpected end of JSON input' };
}

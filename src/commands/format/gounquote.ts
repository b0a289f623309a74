// strconv.UnquoteChar and client-go jsonpath's UnquoteExtend (strconv.Unquote that also
// accepts single-quoted strings), used to decode quoted literals in templates.

export class GoSyntaxError extends Error {
  constructor() {
    super('invalid syntax');
  }
}

const hexVal = (c: string): number => {
  const v = parseInt(c, 16);
  return /^[0-9a-fA-F]$/.test(c) ? v : -1;
};

/** Decodes one (possibly escaped) character at the start of `s`; returns it and the rest. */
export function unquoteChar(s: string, quote: string): [string, string] {
  const cp = s.codePointAt(0) ?? 0;
  const c = String.fromCodePoint(cp);
  if (c === quote && (quote === "'" || quote === '"')) throw new GoSyntaxError();
  if (c !== '\\') return [c, s.slice(c.length)];
  if (s.length <= 1) throw new GoSyntaxError();
  const e = s[1];
  let rest = s.slice(2);
  switch (e) {
    case 'a':
      return ['\x07', rest];
    case 'b':
      return ['\b', rest];
    case 'f':
      return ['\f', rest];
    case 'n':
      return ['\n', rest];
    case 'r':
      return ['\r', rest];
    case 't':
      return ['\t', rest];
    case 'v':
      return ['\v', rest];
    case 'x':
    case 'u':
    case 'U': {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      if (rest.length < n) throw new GoSyntaxError();
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = hexVal(rest[j]);
        if (x < 0) throw new GoSyntaxError();
        v = v * 16 + x;
      }
      rest = rest.slice(n);
      if (e === 'x') return [String.fromCharCode(v), rest];
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new GoSyntaxError();
      return [String.fromCodePoint(v), rest];
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      const digits = s.slice(1, 4);
      if (!/^[0-7]{3}$/.test(digits)) throw new GoSyntaxError();
      const v = parseInt(digits, 8);
      if (v > 255) throw new GoSyntaxError();
      return [String.fromCharCode(v), s.slice(4)];
    }
    case '\\':
      return ['\\', rest];
    case "'":
    case '"':
      if (e !== quote) throw new GoSyntaxError();
      return [e, rest];
    default:
      throw new GoSyntaxError();
  }
}

/** UnquoteExtend: like strconv.Unquote but single quotes delimit strings too. */
export function unquoteExtend(s: string): string {
  if (s.length < 2) throw new GoSyntaxError();
  const quote = s[0];
  if (quote !== s[s.length - 1]) throw new GoSyntaxError();
  let body = s.slice(1, -1);
  if (quote !== '"' && quote !== "'") throw new GoSyntaxError();
  if (!body.includes('\\') && !body.includes(quote)) return body;
  let out = '';
  while (body.length > 0) {
    const [c, rest] = unquoteChar(body, quote);
    out += c;
    body = rest;
  }
  return out;
}

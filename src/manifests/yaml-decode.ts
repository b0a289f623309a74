// YAML document -> JSON value, the way kubectl does it: sigs.k8s.io/yaml.Unmarshal, i.e. go-yaml v2
// decoding into interface{} (v2 scalar resolution, anchors, merge keys, first document only) and
// then JSON conversion. Errors are rendered exactly: "error converting YAML to JSON: yaml: line N: ...".

import { goFormatFloat, goPrintV } from './go-format.ts';
import { Parser, type YamlEvent } from './yaml-parser.ts';
import { YamlError, type Mark } from './yaml-scanner.ts';

const STR_TAG = 'tag:yaml.org,2002:str';
const BOOL_TAG = 'tag:yaml.org,2002:bool';
const INT_TAG = 'tag:yaml.org,2002:int';
const FLOAT_TAG = 'tag:yaml.org,2002:float';
const NULL_TAG = 'tag:yaml.org,2002:null';
const TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';
const BINARY_TAG = 'tag:yaml.org,2002:binary';
const MERGE_TAG = 'tag:yaml.org,2002:merge';

type Node =
  | { kind: 'scalar'; value: string; tag: string; implicit: boolean; mark: Mark }
  | { kind: 'mapping'; children: Node[]; tag: string; mark: Mark }
  | { kind: 'sequence'; children: Node[]; tag: string; mark: Mark }
  | { kind: 'alias'; name: string; target: Node | null; mark: Mark };

/** A decoded Go value; ints and floats are kept apart because map keys and resolution need it. */
type GoValue =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: number }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'map'; entries: Map<string, { key: GoValue; value: GoValue }> }
  | { t: 'seq'; items: GoValue[] };

class Failure extends Error {}

function failf(msg: string): never {
  throw new Failure('yaml: ' + msg);
}

function shortTag(tag: string): string {
  if (tag.startsWith('tag:yaml.org,2002:')) return '!!' + tag.slice('tag:yaml.org,2002:'.length);
  return tag;
}

/** `(*parser).fail` of go-yaml v2: which line is reported, and how. */
export function formatYamlError(e: YamlError): string {
  let line = 0;
  if (e.problemMark.line !== 0) {
    line = e.problemMark.line;
    if (e.kind === 'scanner') line++;
  } else if (e.contextMark.line !== 0) {
    line = e.contextMark.line;
  }
  const where = line !== 0 ? `line ${line}: ` : '';
  const msg = e.problem.length > 0 ? e.problem : 'unknown problem parsing YAML content';
  return `yaml: ${where}${msg}`;
}

class Composer {
  private readonly parser: Parser;
  private event: YamlEvent | null = null;
  private anchors = new Map<string, Node>();

  constructor(input: string) {
    // go-yaml: newParser replaces an empty input with a single newline.
    this.parser = new Parser(input.length === 0 ? '\n' : input);
  }

  private peek(): YamlEvent['type'] {
    if (this.event === null) {
      const ev = this.parser.next();
      if (ev === null) failf('attempted to go past the end of stream; corrupted value?');
      this.event = ev;
    }
    return this.event.type;
  }

  private expect(type: YamlEvent['type']): YamlEvent {
    const got = this.peek();
    const ev = this.event as YamlEvent;
    if (got === 'STREAM-END' && type !== 'STREAM-END')
      failf('attempted to go past the end of stream; corrupted value?');
    if (got !== type) failf(`expected ${type} event but got ${got}`);
    this.event = null;
    return ev;
  }

  /** (*parser).parse for the first document: null when the stream has no document. */
  parseStream(): Node | null {
    this.expect('STREAM-START');
    const t = this.peek();
    if (t === 'STREAM-END') return null;
    if (t === 'DOCUMENT-START') {
      this.expect('DOCUMENT-START');
      const n = this.parseNode();
      this.expect('DOCUMENT-END');
      return n;
    }
    return this.parseNode();
  }

  private parseNode(): Node {
    const t = this.peek();
    const ev = this.event as YamlEvent;
    switch (t) {
      case 'SCALAR': {
        this.event = null;
        const n: Node = {
          kind: 'scalar',
          value: ev.value ?? '',
          tag: ev.tag ?? '',
          implicit: !!ev.implicit,
          mark: ev.start,
        };
        if (ev.anchor !== undefined) this.anchors.set(ev.anchor, n);
        return n;
      }
      case 'ALIAS': {
        this.event = null;
        const name = ev.anchor ?? '';
        const target = this.anchors.get(name) ?? null;
        if (target === null) failf(`unknown anchor '${name}' referenced`);
        return { kind: 'alias', name, target, mark: ev.start };
      }
      case 'MAPPING-START': {
        this.event = null;
        const n: Node = { kind: 'mapping', children: [], tag: ev.tag ?? '', mark: ev.start };
        if (ev.anchor !== undefined) this.anchors.set(ev.anchor, n);
        while (this.peek() !== 'MAPPING-END') {
          n.children.push(this.parseNode());
          n.children.push(this.parseNode());
        }
        this.expect('MAPPING-END');
        return n;
      }
      case 'SEQUENCE-START': {
        this.event = null;
        const n: Node = { kind: 'sequence', children: [], tag: ev.tag ?? '', mark: ev.start };
        if (ev.anchor !== undefined) this.anchors.set(ev.anchor, n);
        while (this.peek() !== 'SEQUENCE-END') n.children.push(this.parseNode());
        this.expect('SEQUENCE-END');
        return n;
      }
      default:
        failf(`attempted to parse unknown event: ${t}`);
    }
  }
}

// ---- scalar resolution (go-yaml v2 resolve.go) ----------------------------------------------------

const RESOLVE_MAP = new Map<string, GoValue & { tag: string }>();
function addResolve(v: GoValue, tag: string, words: string[]): void {
  for (const w of words) RESOLVE_MAP.set(w, { ...v, tag } as GoValue & { tag: string });
}
addResolve({ t: 'bool', v: true }, BOOL_TAG, ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
addResolve({ t: 'bool', v: false }, BOOL_TAG, [
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
]);
addResolve({ t: 'null' }, NULL_TAG, ['', '~', 'null', 'Null', 'NULL']);
addResolve({ t: 'float', v: NaN }, FLOAT_TAG, ['.nan', '.NaN', '.NAN']);
addResolve({ t: 'float', v: Infinity }, FLOAT_TAG, ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
addResolve({ t: 'float', v: -Infinity }, FLOAT_TAG, ['-.inf', '-.Inf', '-.INF']);
addResolve({ t: 'str', v: '<<' }, MERGE_TAG, ['<<']);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const MAX_INT64 = 9223372036854775807n;
const MIN_INT64 = -9223372036854775808n;
const MAX_UINT64 = 18446744073709551615n;

/** strconv.ParseInt/ParseUint with base 0 (prefixes 0x, 0o, 0b, leading-0 octal). */
function parseGoInt(s: string, unsigned: boolean): bigint | null {
  let t = s;
  let neg = false;
  if (t.startsWith('+') || t.startsWith('-')) {
    if (unsigned) return null;
    neg = t[0] === '-';
    t = t.slice(1);
  }
  if (t.length === 0) return null;
  let base = 10;
  let digits = t;
  if (/^0[xX]/.test(t)) {
    base = 16;
    digits = t.slice(2);
  } else if (/^0[oO]/.test(t)) {
    base = 8;
    digits = t.slice(2);
  } else if (/^0[bB]/.test(t)) {
    base = 2;
    digits = t.slice(2);
  } else if (t.length > 1 && t[0] === '0') {
    base = 8;
    digits = t.slice(1);
  }
  if (digits.length === 0) return null;
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return null;
  let v = 0n;
  for (const d of digits) v = v * BigInt(base) + BigInt(parseInt(d, 16));
  if (neg) v = -v;
  if (unsigned) return v <= MAX_UINT64 ? v : null;
  return v >= MIN_INT64 && v <= MAX_INT64 ? v : null;
}

function parseGoFloat(s: string): number | null {
  // strconv.ParseFloat accepts decimal/exponent forms, inf/infinity/nan (case-insensitive), hex floats.
  const t = s.replace(/^[+]/, '');
  if (/^[-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(t)) return NaN;
  if (/^[-]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  return null;
}

const TIMESTAMP_FORMATS = [
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?(Z|[-+]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];

function looksLikeTimestamp(s: string): boolean {
  // go-yaml v2 only tries timestamps that start with "dddd-"; matches are kept as strings anyway.
  if (!/^\d{4}-/.test(s)) return false;
  return TIMESTAMP_FORMATS.some((re) => re.test(s));
}

function resolvable(tag: string): boolean {
  return (
    tag === '' ||
    tag === STR_TAG ||
    tag === BOOL_TAG ||
    tag === INT_TAG ||
    tag === FLOAT_TAG ||
    tag === NULL_TAG ||
    tag === TIMESTAMP_TAG
  );
}

function intValue(v: bigint): GoValue {
  return { t: 'int', v: Number(v) };
}

function resolveScalar(tag: string, input: string): { tag: string; value: GoValue } {
  if (!resolvable(tag)) return { tag, value: { t: 'str', v: input } };
  const result = resolveInner(tag, input);
  // The deferred check of resolve(): an explicit tag must agree with what was resolved.
  if (tag === '' || tag === result.tag || tag === STR_TAG || tag === BINARY_TAG) {
    if (tag === STR_TAG) return { tag, value: { t: 'str', v: input } };
    return result;
  }
  if (tag === FLOAT_TAG && result.tag === INT_TAG && result.value.t === 'int') {
    return { tag: FLOAT_TAG, value: { t: 'float', v: result.value.v } };
  }
  failf(`cannot decode ${shortTag(result.tag)} \`${input}\` as a ${shortTag(tag)}`);
}

function resolveInner(tag: string, input: string): { tag: string; value: GoValue } {
  let hint = 'N';
  if (input !== '') {
    const c = input[0];
    if (c === '+' || c === '-') hint = 'S';
    else if (c >= '0' && c <= '9') hint = 'D';
    else if ('yYnNtTfFoO~'.includes(c)) hint = 'M';
    else if (c === '.') hint = '.';
    else hint = '';
  }
  if (hint !== '' && tag !== STR_TAG && tag !== BINARY_TAG) {
    const item = RESOLVE_MAP.get(input);
    if (item) {
      const { tag: t, ...value } = item;
      return { tag: t, value: value as GoValue };
    }
    if (hint === '.') {
      const f = parseGoFloat(input);
      if (f !== null) return { tag: FLOAT_TAG, value: { t: 'float', v: f } };
    } else if (hint === 'D' || hint === 'S') {
      if ((tag === '' || tag === TIMESTAMP_TAG) && looksLikeTimestamp(input)) {
        // v2 decodes timestamp-looking plain scalars into interface{} as the original string.
        return { tag: TIMESTAMP_TAG, value: { t: 'str', v: input } };
      }
      const plain = input.replace(/_/g, '');
      const iv = parseGoInt(plain, false);
      if (iv !== null) return { tag: INT_TAG, value: intValue(iv) };
      const uv = parseGoInt(plain, true);
      if (uv !== null) return { tag: INT_TAG, value: intValue(uv) };
      if (YAML_STYLE_FLOAT.test(plain)) {
        const f = parseGoFloat(plain);
        if (f !== null) return { tag: FLOAT_TAG, value: { t: 'float', v: f } };
      }
    }
  }
  return { tag: STR_TAG, value: { t: 'str', v: input } };
}

// ---- decoding into interface{} --------------------------------------------------------------------

class Decoder {
  private aliasDepth = new Set<Node>();
  private decodeCount = 0;

  decode(n: Node): GoValue {
    this.decodeCount++;
    if (this.decodeCount > 1_000_000) failf('document contains excessive aliasing');
    switch (n.kind) {
      case 'scalar':
        if (n.tag === '' && !n.implicit) return { t: 'str', v: n.value };
        if (n.tag === BINARY_TAG) return { t: 'str', v: decodeBinary(n.value) };
        return resolveScalar(n.tag, n.value).value;
      case 'alias': {
        const target = n.target as Node;
        if (this.aliasDepth.has(target)) failf(`anchor '${n.name}' value contains itself`);
        this.aliasDepth.add(target);
        const v = this.decode(target);
        this.aliasDepth.delete(target);
        return v;
      }
      case 'sequence':
        return { t: 'seq', items: n.children.map((c) => this.decode(c)) };
      case 'mapping': {
        const out: GoValue = { t: 'map', entries: new Map() };
        this.mapping(n, out);
        return out;
      }
    }
  }

  private mapping(n: Extract<Node, { kind: 'mapping' }>, out: Extract<GoValue, { t: 'map' }>): void {
    for (let i = 0; i + 1 < n.children.length; i += 2) {
      const kn = n.children[i];
      if (isMerge(kn)) {
        this.merge(n.children[i + 1], out);
        continue;
      }
      const key = this.decode(kn);
      if (key.t === 'map' || key.t === 'seq') failf(`invalid map key: ${goPrintV(toJsonish(key))}`);
      const value = this.decode(n.children[i + 1]);
      out.entries.set(goKeyIdentity(key), { key, value });
    }
  }

  private merge(n: Node, out: Extract<GoValue, { t: 'map' }>): void {
    const wantMap = (): never => failf('map merge requires map or sequence of maps as the value');
    const target = (x: Node): Node => (x.kind === 'alias' ? (x.target as Node) : x);
    switch (n.kind) {
      case 'mapping':
        this.mapping(n, out);
        return;
      case 'alias': {
        const t = target(n);
        if (t.kind !== 'mapping') wantMap();
        this.mapping(t as Extract<Node, { kind: 'mapping' }>, out);
        return;
      }
      case 'sequence':
        for (let i = n.children.length - 1; i >= 0; i--) {
          const t = target(n.children[i]);
          if (t.kind !== 'mapping') wantMap();
          this.mapping(t as Extract<Node, { kind: 'mapping' }>, out);
        }
        return;
      default:
        wantMap();
    }
  }
}

function decodeBinary(value: string): string {
  const clean = value.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
    failf('!!binary value contains invalid base64 data');
  }
  const bin = atob(clean);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

function isMerge(n: Node): boolean {
  return n.kind === 'scalar' && n.value === '<<' && (n.implicit || n.tag === MERGE_TAG);
}

/** Identity of a Go map key (so int 1 and string "1" stay distinct, as in map[interface{}]interface{}). */
function goKeyIdentity(k: GoValue): string {
  switch (k.t) {
    case 'null':
      return 'n:';
    case 'bool':
      return 'b:' + k.v;
    case 'int':
      return 'i:' + k.v;
    case 'float':
      return 'f:' + k.v;
    case 'str':
      return 's:' + k.v;
    default:
      return 'x:';
  }
}

function toJsonish(v: GoValue): unknown {
  switch (v.t) {
    case 'null':
      return null;
    case 'bool':
    case 'int':
    case 'float':
    case 'str':
      return v.v;
    case 'seq':
      return v.items.map(toJsonish);
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const { key, value } of v.entries.values()) setKey(o, String(toJsonish(key)), toJsonish(value));
      return o;
    }
  }
}

/** Sets a key on a plain object, safe for "__proto__". */
export function setKey(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

class JsonFailure extends Error {}

/** sigs.k8s.io/yaml convertToJSONableObject + json.Marshal. */
function toJson(v: GoValue): unknown {
  switch (v.t) {
    case 'null':
      return null;
    case 'bool':
    case 'str':
      return v.v;
    case 'int':
      return v.v;
    case 'float':
      if (!Number.isFinite(v.v)) throw new JsonFailure(`json: unsupported value: ${goFormatFloat(v.v)}`);
      return v.v;
    case 'seq':
      return v.items.map(toJson);
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const { key, value } of v.entries.values()) {
        let ks: string;
        switch (key.t) {
          case 'str':
            ks = key.v;
            break;
          case 'int':
            ks = String(key.v);
            break;
          case 'float':
            ks = goFormatFloat(key.v);
            break;
          case 'bool':
            ks = key.v ? 'true' : 'false';
            break;
          default:
            throw new JsonFailure(
              `unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goPrintV(toJsonish(value))}`,
            );
        }
        setKey(o, ks, toJson(value));
      }
      return o;
    }
  }
}

export type YamlToJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Converts one YAML document (a chunk as kubectl's YAMLReader produces it) to a JSON value.
 * `value` is null for an empty or comment-only document. On failure `error` is the text of
 * sigs.k8s.io/yaml's error, e.g. "error converting YAML to JSON: yaml: line 3: did not find expected key".
 */
export function yamlToJson(doc: string): YamlToJsonResult {
  let node: Node | null;
  try {
    node = new Composer(doc).parseStream();
    if (node === null) return { ok: true, value: null };
    const gv = new Decoder().decode(node);
    return { ok: true, value: toJson(gv) };
  } catch (e) {
    if (e instanceof YamlError) return { ok: false, error: 'error converting YAML to JSON: ' + formatYamlError(e) };
    if (e instanceof Failure || e instanceof JsonFailure) {
      return { ok: false, error: 'error converting YAML to JSON: ' + e.message };
    }
    if (e instanceof RangeError) {
      return { ok: false, error: 'error converting YAML to JSON: yaml: exceeded max depth' };
    }
    throw e;
  }
}

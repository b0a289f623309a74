// Permalinks to a sandbox: the cluster's options (seed, nodes, storage, mode), every command with
// the virtual time it ran at, and the cursor — enough to replay the timeline exactly (the engine
// is deterministic). Packed as JSON, deflated (CompressionStream 'deflate-raw') and base64url'd,
// behind a version prefix: `#s=1.<data>`. A link is untrusted: decoding checks sizes (before and
// after inflating, so a small link can't expand into a huge one), the shape and every value, and
// returns a reason instead of throwing.
import type { SessionOptions } from '../commands/index.ts';
import type { Mode, StorageModel } from '../sim/engine/world.ts';

export interface SandboxSnapshot {
  options: Pick<SessionOptions, 'seed' | 'nodes' | 'storage' | 'mode'>;
  inputs: { at: number; line: string }[];
  cursor: number;
}

export type LinkProblem = 'damaged' | 'too-large' | 'unsupported-version' | 'invalid';
export type Decoded = { ok: true; snapshot: SandboxSnapshot } | { ok: false; problem: LinkProblem };

export const LINK_VERSION = 1;
export const LINK_LIMITS = {
  /** Characters of the encoded payload. */
  encoded: 60_000,
  /** Bytes of JSON after inflating. */
  json: 200_000,
  commands: 400,
  line: 2000,
  /** Virtual time a link may ask for: a week. */
  time: 7 * 24 * 3600 * 1000,
  nodes: 20,
} as const;

const STORAGE: readonly StorageModel[] = ['dynamic', 'manual', 'attachable'];
const MODES: readonly Mode[] = ['modern', 'book'];

// ---- bytes ----

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return undefined;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `limit` bytes; undefined when the data is damaged or inflates past the limit. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-large' | undefined> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

// ---- encode ----

export async function encodeSnapshot(s: SandboxSnapshot): Promise<string> {
  const o = s.options;
  const packed = {
    o: {
      ...(o.seed !== undefined ? { s: o.seed } : {}),
      ...(o.nodes !== undefined ? { n: o.nodes } : {}),
      ...(o.storage ? { st: o.storage } : {}),
      ...(o.mode ? { m: o.mode } : {}),
    },
    i: s.inputs.map((i) => [i.at, i.line]),
    c: s.cursor,
  };
  return `${LINK_VERSION}.${toBase64Url(await deflate(JSON.stringify(packed)))}`;
}

// ---- decode ----

const isTime = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= LINK_LIMITS.time;

function validate(v: unknown): SandboxSnapshot | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const { o, i, c } = v as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || Array.isArray(o) || !Array.isArray(i) || !isTime(c)) return undefined;
  const opts = o as Record<string, unknown>;
  const options: SandboxSnapshot['options'] = {};
  for (const k of Object.keys(opts)) if (!['s', 'n', 'st', 'm'].includes(k)) return undefined;
  if (opts.s !== undefined) {
    if (typeof opts.s !== 'number' || !Number.isSafeInteger(opts.s) || opts.s < 0 || opts.s > 2 ** 31 - 1)
      return undefined;
    options.seed = opts.s;
  }
  if (opts.n !== undefined) {
    if (typeof opts.n !== 'number' || !Number.isInteger(opts.n) || opts.n < 1 || opts.n > LINK_LIMITS.nodes)
      return undefined;
    options.nodes = opts.n;
  }
  if (opts.st !== undefined) {
    if (!STORAGE.includes(opts.st as StorageModel)) return undefined;
    options.storage = opts.st as StorageModel;
  }
  if (opts.m !== undefined) {
    if (!MODES.includes(opts.m as Mode)) return undefined;
    options.mode = opts.m as Mode;
  }
  if (i.length > LINK_LIMITS.commands) return undefined;
  const inputs: SandboxSnapshot['inputs'] = [];
  let last = 0;
  for (const e of i) {
    if (!Array.isArray(e) || e.length !== 2) return undefined;
    const [at, line] = e as [unknown, unknown];
    if (!isTime(at) || at < last) return undefined;
    if (typeof line !== 'string' || line.trim() === '' || line.length > LINK_LIMITS.line || /[\r\n]/.test(line))
      return undefined;
    inputs.push({ at, line });
    last = at;
  }
  return { options, inputs, cursor: c };
}

export async function decodeSnapshot(text: string): Promise<Decoded> {
  try {
    if (typeof text !== 'string') return { ok: false, problem: 'damaged' };
    if (text.length > LINK_LIMITS.encoded) return { ok: false, problem: 'too-large' };
    const dot = text.indexOf('.');
    if (dot < 1) return { ok: false, problem: 'damaged' };
    const version = text.slice(0, dot);
    if (!/^\d+$/.test(version)) return { ok: false, problem: 'damaged' };
    if (Number(version) !== LINK_VERSION) return { ok: false, problem: 'unsupported-version' };
    const bytes = fromBase64Url(text.slice(dot + 1));
    if (!bytes || bytes.length === 0) return { ok: false, problem: 'damaged' };
    const raw = await inflate(bytes, LINK_LIMITS.json);
    if (raw === 'too-large') return { ok: false, problem: 'too-large' };
    if (!raw) return { ok: false, problem: 'damaged' };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return { ok: false, problem: 'damaged' };
    }
    const snapshot = validate(json);
    return snapshot ? { ok: true, snapshot } : { ok: false, problem: 'invalid' };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

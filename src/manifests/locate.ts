// Where in a manifest file something is: the line and column of a YAML syntax error, and of a field
// named by a validation error (`spec.template.spec.containers[0].image`), so an editor can point at
// it. kubectl's own messages stay as they are (go-yaml numbers lines per document, and some errors
// one line off); these positions are exact and count from the start of the whole text.
import { Parser, type YamlEvent } from './yaml-parser.ts';
import { YamlError } from './yaml-scanner.ts';
import { yamlToJson } from './yaml-decode.ts';

/** 1-based line and column in the whole text. */
export interface SourcePos {
  line: number;
  column: number;
}

interface Chunk {
  text: string;
  /** 0-based line of the chunk's first line in the whole text. */
  firstLine: number;
}

/** The documents as kubectl's YAMLReader splits them (a line starting with `---` ends one). */
function chunks(text: string): Chunk[] {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  const out: Chunk[] = [];
  let buffer = '';
  let first = 0;
  lines.forEach((raw, i) => {
    const line = (raw.endsWith('\r') ? raw.slice(0, -1) : raw) + '\n';
    if (line.startsWith('---')) {
      if (buffer.length) out.push({ text: buffer, firstLine: first });
      buffer = '';
      first = i + 1;
      return;
    }
    if (!buffer.length) first = i;
    buffer += line;
  });
  if (buffer.length) out.push({ text: buffer, firstLine: first });
  return out;
}

/** Field path → position of the key (or sequence item) that holds it, for one document. */
function fieldMarks(doc: string): Map<string, { line: number; column: number }> {
  const marks = new Map<string, { line: number; column: number }>();
  const parser = new Parser(doc);
  const next = (): YamlEvent => {
    const ev = parser.next();
    if (!ev) throw new Error('unexpected end of events');
    return ev;
  };
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const node = (ev: YamlEvent, path: string, depth: number): void => {
    if (depth > 200) return;
    if (ev.type === 'MAPPING-START') {
      for (;;) {
        const k = next();
        if (k.type === 'MAPPING-END') return;
        const key = k.type === 'SCALAR' ? (k.value ?? '') : undefined;
        if (key === undefined) node(k, path, depth + 1);
        const p = key === undefined ? path : join(path, key);
        if (key !== undefined) {
          const mark = { line: k.start.line, column: k.start.column };
          if (!marks.has(p)) marks.set(p, mark);
          // Type errors name fields without list indices (containers.ports.containerPort).
          const bare = p.replace(/\[\d+\]/g, '');
          if (!marks.has(bare)) marks.set(bare, mark);
        }
        node(next(), p, depth + 1);
      }
    }
    if (ev.type === 'SEQUENCE-START') {
      for (let i = 0; ; i++) {
        const e = next();
        if (e.type === 'SEQUENCE-END') return;
        const p = `${path}[${i}]`;
        if (!marks.has(p)) marks.set(p, { line: e.start.line, column: e.start.column });
        node(e, p, depth + 1);
      }
    }
  };
  try {
    for (let ev = parser.next(); ev; ev = parser.next()) {
      if (ev.type === 'MAPPING-START' || ev.type === 'SEQUENCE-START') {
        marks.set('', { line: ev.start.line, column: ev.start.column });
        node(ev, '', 0);
      }
    }
  } catch {
    // A document that does not parse has no field positions.
  }
  return marks;
}

/** Removes the last `.key` or `[i]` of a field path. */
function parent(path: string): string | undefined {
  if (!path) return undefined;
  const m = /^(.*?)(\[\d+\]|\.[^.[\]]*|[^.[\]]+)$/.exec(path);
  return m ? m[1] : undefined;
}

export interface ObjectLocator {
  /** Position of the deepest part of `field` present in the source (the object itself at worst). */
  field(field: string): SourcePos;
}

/**
 * One locator per object in the order parseManifests returns them (documents in order, `List`
 * items expanded), or undefined when the text is not plain YAML documents (a JSON stream).
 */
export function objectLocators(text: string): ObjectLocator[] | undefined {
  if (/^\s*\{/.test(text.slice(0, 4096))) return undefined;
  const out: ObjectLocator[] = [];
  for (const c of chunks(text)) {
    const res = yamlToJson(c.text);
    if (!res.ok) break;
    if (res.value === null || res.value === undefined) continue;
    const marks = fieldMarks(c.text);
    const at = (prefix: string) => (field: string) => {
      for (let p: string | undefined = prefix ? (field ? `${prefix}.${field}` : prefix) : field; p !== undefined;) {
        const m = marks.get(p);
        if (m) return { line: c.firstLine + m.line + 1, column: m.column + 1 };
        if (p === '') break;
        p = parent(p);
      }
      return { line: c.firstLine + 1, column: 1 };
    };
    const expand = (value: unknown, prefix: string): void => {
      const o = value as Record<string, unknown>;
      if (o && typeof o === 'object' && !Array.isArray(o) && o.items !== undefined && o.items !== null) {
        if (Array.isArray(o.items))
          o.items.forEach((item, i) => expand(item, `${prefix ? `${prefix}.` : ''}items[${i}]`));
        return;
      }
      out.push({ field: at(prefix) });
    };
    expand(res.value, '');
  }
  return out;
}

/**
 * Where a YAML syntax error is: the mark of the scanner or parser error in the first document that
 * fails (for an unclosed flow collection, where it opened), or the line kubectl names when only
 * that is known.
 */
export function syntaxErrorPos(text: string, message: string): SourcePos | undefined {
  for (const c of chunks(text)) {
    if (yamlToJson(c.text).ok) continue;
    try {
      const p = new Parser(c.text);
      while (p.next()) {
        /* drain */
      }
    } catch (e) {
      if (e instanceof YamlError) {
        // An unclosed [ or { is only noticed lines later: point at where it opened.
        const mark = e.context.startsWith('while parsing a flow') ? e.contextMark : e.problemMark;
        return { line: c.firstLine + mark.line + 1, column: mark.column + 1 };
      }
    }
    const m = /yaml: line (\d+):/.exec(message);
    return { line: c.firstLine + (m ? Number(m[1]) : 1), column: 1 };
  }
  return undefined;
}

/** The field a kubectl error is about: an API field error, an unknown field, or a type error. */
export function errorField(message: string): string | undefined {
  const unknown = /unknown field "([^"]+)"/.exec(message);
  if (unknown) return unknown[1];
  const typed = /Go struct field \w+\.(\S+) of type/.exec(message);
  if (typed) return typed[1];
  const m = /(?:is invalid: |^\* |\n\* )([a-zA-Z][\w.[\]]*): /.exec(message);
  return m ? m[1] : undefined;
}

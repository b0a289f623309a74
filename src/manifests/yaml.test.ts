import { describe, expect, it } from 'vitest';
import { yamlToJson } from './yaml-decode.ts';

const err = (doc: string) => {
  const r = yamlToJson(doc);
  if (r.ok) throw new Error('expected an error, got ' + JSON.stringify(r.value));
  return r.error;
};
const val = (doc: string) => {
  const r = yamlToJson(doc);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('go-yaml v2 syntax errors (scanner errors report line+1, parser errors the 0-based line)', () => {
  it('mapping values on the first line carry no line number', () => {
    expect(err('a: b: c\n')).toBe(
      'error converting YAML to JSON: yaml: mapping values are not allowed in this context',
    );
  });

  it('a key indented too deep', () => {
    expect(err('metadata:\n  name: web\n    labels: x\n')).toBe(
      'error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context',
    );
    expect(err('name: web\nreplicas: 3\n  selector: x\n')).toBe(
      'error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context',
    );
  });

  it('a key indented too little (parser error, reported one line early)', () => {
    expect(err('metadata:\n  name: web\n labels: x\n')).toBe(
      'error converting YAML to JSON: yaml: line 2: did not find expected key',
    );
    const manifest = [
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: nginx',
      '        image: nginx',
      '       ports:',
      '        - containerPort: 80',
      '',
    ].join('\n');
    expect(err(manifest)).toBe('error converting YAML to JSON: yaml: line 6: did not find expected key');
  });

  it('tab characters', () => {
    expect(err('spec:\n\tcontainers: []\n')).toBe(
      'error converting YAML to JSON: yaml: line 2: found character that cannot start any token',
    );
    expect(err('key: value\n\tother: x\n')).toBe(
      'error converting YAML to JSON: yaml: line 2: found a tab character that violates indentation',
    );
  });

  it('unclosed quotes run to the end of the stream', () => {
    expect(err('a: "unclosed\nb: c\n')).toBe(
      'error converting YAML to JSON: yaml: line 3: found unexpected end of stream',
    );
    expect(err("a: 'unclosed\n")).toBe('error converting YAML to JSON: yaml: line 2: found unexpected end of stream');
  });

  it('unclosed flow collections', () => {
    expect(err('key: [a, b\n')).toBe("error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'");
    expect(err('key: {a: b\n')).toBe("error converting YAML to JSON: yaml: line 1: did not find expected ',' or '}'");
  });

  it('a mapping key inside a block sequence', () => {
    expect(err('a:\n  - b\n  c: d\n')).toBe(
      "error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator",
    );
  });

  it('unknown escapes, control characters and aliases', () => {
    expect(err('a: "esc \\q"\n')).toBe('error converting YAML to JSON: yaml: found unknown escape character');
    expect(err('a\u0001: b\n')).toBe('error converting YAML to JSON: yaml: control characters are not allowed');
    expect(err('a: *nope\n')).toBe("error converting YAML to JSON: yaml: unknown anchor 'nope' referenced");
  });

  it('infinities cannot become JSON', () => {
    expect(err('a: .inf\n')).toBe('error converting YAML to JSON: json: unsupported value: +Inf');
  });
});

describe('go-yaml v2 values', () => {
  it('resolves YAML 1.1 scalars as go-yaml v2 does', () => {
    expect(val('a: yes\nb: 0777\nc: 1.5\nd: ~\ne: 0x10\nf: 2024-01-01\ng: "3"\nh: off\ni: 1_000\nj: 08\n')).toEqual({
      a: true,
      b: 511,
      c: 1.5,
      d: null,
      e: 16,
      f: '2024-01-01',
      g: '3',
      h: false,
      i: 1000,
      j: 8,
    });
  });

  it('turns non-string keys into strings (y is a boolean key in YAML 1.1)', () => {
    expect(val('1: a\ny: b\n1.5: c\n')).toEqual({ '1': 'a', true: 'b', '1.5': 'c' });
  });

  it('expands anchors, aliases and merge keys', () => {
    expect(val('x: &a {p: 1}\nref: *a\nz:\n  <<: *a\n  q: 2\n')).toEqual({
      x: { p: 1 },
      ref: { p: 1 },
      z: { p: 1, q: 2 },
    });
  });

  it('folds and keeps block scalars', () => {
    expect(val('a: |\n  line1\n  line2\nb: >\n  f1\n  f2\nc: |-\n  x\n')).toEqual({
      a: 'line1\nline2\n',
      b: 'f1 f2\n',
      c: 'x',
    });
  });

  it('gives null for empty and comment-only documents', () => {
    expect(val('')).toBeNull();
    expect(val('# only a comment\n')).toBeNull();
  });

  it('accepts JSON syntax, including a trailing comma', () => {
    expect(val('{"a": [1, 2], "b": {"c": null},}')).toEqual({ a: [1, 2], b: { c: null } });
  });

  it('honours explicit tags', () => {
    expect(val('a: !!str 123\nb: !!int "7"\n')).toEqual({ a: '123', b: 7 });
    expect(err('a: !!int abc\n')).toBe('error converting YAML to JSON: yaml: cannot decode !!str `abc` as a !!int');
  });
});

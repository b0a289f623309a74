import { describe, expect, it } from 'vitest';
import { parseManifests, splitYamlDocuments } from './parse.ts';

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
    name: web
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
`;

function objects(text: string, source = 'web.yaml'): unknown[] {
  const r = parseManifests(text, source);
  if (!r.ok) throw new Error(r.error);
  return r.objects;
}

function error(text: string, source = 'web.yaml'): string {
  const r = parseManifests(text, source);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('parseManifests: documents', () => {
  it('splits multi-document YAML on --- lines', () => {
    const objs = objects(WEB) as { kind: string; metadata: { name: string } }[];
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Service/nginx', 'StatefulSet/web']);
    expect(objs[1]).toMatchObject({
      spec: { template: { spec: { containers: [{ name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' }] } } },
    });
  });

  it('skips empty and comment-only documents, and a leading or trailing separator', () => {
    const text = '---\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a}\n---\n# nothing here\n---\n\n';
    expect(objects(text)).toEqual([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }]);
    expect(objects('')).toEqual([]);
    expect(objects('# just a comment\n')).toEqual([]);
  });

  it('accepts separators followed by a comment, and CRLF line ends', () => {
    expect(objects('--- # first\r\napiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\n')).toEqual([
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } },
    ]);
  });

  it('accepts a stream of JSON objects', () => {
    const text =
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"}}\n{"apiVersion":"v1","kind":"Pod","metadata":{"name":"b"}}';
    expect((objects(text) as { metadata: { name: string } }[]).map((o) => o.metadata.name)).toEqual(['a', 'b']);
  });

  it('falls back to YAML when a single JSON object is followed by YAML, or is not strict JSON', () => {
    const text =
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"}}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n';
    expect((objects(text) as { metadata: { name: string } }[]).map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(objects('{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"},}')).toEqual([
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } },
    ]);
  });

  it('expands kind: List into its items', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: a
- apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: b
`;
    expect((objects(text) as { kind: string }[]).map((o) => o.kind)).toEqual(['Service', 'StatefulSet']);
  });

  it('gives items of a typed list their kind', () => {
    const text = '{"apiVersion":"v1","kind":"PodList","items":[{"metadata":{"name":"a"}}]}';
    expect(objects(text)).toEqual([{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } }]);
  });
});

describe('parseManifests: kubectl errors', () => {
  it('reports YAML syntax errors with the document-relative go-yaml line', () => {
    const broken = WEB.replace('  serviceName: nginx', '  serviceName: nginx\n    replicas: 3');
    expect(error(broken)).toBe(
      'error: error parsing web.yaml: error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context',
    );
  });

  it('reports a tab in the indentation', () => {
    expect(error('apiVersion: v1\nkind: Service\nmetadata:\n\tname: x\n')).toBe(
      'error: error parsing web.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token',
    );
  });

  it('reports an unclosed quote', () => {
    expect(error('apiVersion: v1\nkind: Service\nmetadata:\n  name: "x\nspec: {}\n')).toBe(
      'error: error parsing web.yaml: error converting YAML to JSON: yaml: line 6: found unexpected end of stream',
    );
  });

  it('reports a bad document separator', () => {
    expect(error('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n--- foo\n')).toBe(
      'error: error parsing web.yaml: invalid Yaml document separator: foo',
    );
  });

  it('reports broken JSON with Go wording and byte offset', () => {
    expect(error('{"apiVersion":"v1" "kind":"Service"}', 'svc.json')).toBe(
      `error: error parsing svc.json: json: offset 20: invalid character '"' after object key:value pair`,
    );
    expect(error('{"apiVersion":"v1","kind":"Service"', 'svc.json')).toBe(
      'error: error parsing svc.json: unexpected EOF',
    );
  });

  it('reports documents without apiVersion or kind', () => {
    expect(error('metadata:\n  name: x\n')).toBe(
      'error: error validating "web.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
    );
    expect(error('apiVersion: v1\nmetadata:\n  name: x\n')).toBe(
      'error: error validating "web.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
    );
    expect(error('apiVersion: 1\nkind: Pod\n')).toBe(
      'error: error validating "web.yaml": error validating data: apiVersion isn\'t string type; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });

  it('reports a document that is not an object', () => {
    expect(error('- a\n- b\n')).toBe(
      'error: error validating "web.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });

  it('stops at the first broken document', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n labels: {}\n';
    expect(error(text)).toBe(
      'error: error parsing web.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key',
    );
  });
});

describe('splitYamlDocuments', () => {
  it('yields chunks the way apimachinery YAMLReader does', () => {
    expect([...splitYamlDocuments('a: 1\n---\nb: 2')]).toEqual([
      { kind: 'doc', text: 'a: 1\n' },
      { kind: 'doc', text: 'b: 2\n' },
    ]);
    expect([...splitYamlDocuments('---foo\n')]).toEqual([
      { kind: 'error', message: 'invalid Yaml document separator: foo' },
    ]);
  });
});

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- loose JSON fixtures */
import { describe, expect, it } from 'vitest';
import { applyDefaults } from './defaults.ts';
import { jsonPatch, mergePatch, parsePatchArg, strategicMergePatch, type PatchResult } from './patch.ts';

type Any = Record<string, any>;

const base = (): Any =>
  applyDefaults({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web', labels: { a: '1', b: '2' }, finalizers: ['x', 'y'] },
    spec: {
      serviceName: 'nginx',
      replicas: 3,
      selector: { matchLabels: { app: 'nginx' } },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: {
          tolerations: [{ key: 'a', operator: 'Exists' }],
          containers: [
            {
              name: 'nginx',
              image: 'nginx:1.25',
              ports: [{ containerPort: 80, name: 'web' }, { containerPort: 443 }],
              env: [{ name: 'A', value: '1' }],
            },
            { name: 'side', image: 'busybox' },
          ],
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'www' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      ],
    },
  });

function value(r: PatchResult): Any {
  if (!r.ok) throw new Error(r.error);
  return r.value as Any;
}
function error(r: PatchResult): string {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('strategicMergePatch', () => {
  it('sets scalars and deletes keys with null', () => {
    const v = value(strategicMergePatch(base(), { spec: { replicas: 5 }, metadata: { labels: { a: null, c: '3' } } }));
    expect(v.spec.replicas).toBe(5);
    expect(v.metadata.labels).toEqual({ b: '2', c: '3' });
  });

  it('merges containers by name, keeping the fields the patch does not mention', () => {
    const v = value(
      strategicMergePatch(base(), {
        spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.26' }] } } },
      }),
    );
    const cs = v.spec.template.spec.containers;
    expect(cs.map((c: Any) => [c.name, c.image])).toEqual([
      ['nginx', 'nginx:1.26'],
      ['side', 'busybox'],
    ]);
    expect(cs[0].ports).toHaveLength(2);
  });

  it('puts new list items first, like strategicpatch normalizeElementOrder', () => {
    const v = value(
      strategicMergePatch(base(), { spec: { template: { spec: { containers: [{ name: 'new', image: 'x' }] } } } }),
    );
    expect(v.spec.template.spec.containers.map((c: Any) => c.name)).toEqual(['new', 'nginx', 'side']);
  });

  it('deletes list items with $patch: delete', () => {
    const v = value(
      strategicMergePatch(base(), {
        spec: { template: { spec: { containers: [{ name: 'side', $patch: 'delete' }] } } },
      }),
    );
    expect(v.spec.template.spec.containers.map((c: Any) => c.name)).toEqual(['nginx']);
  });

  it('merges ports by containerPort and env by name', () => {
    const v = value(
      strategicMergePatch(base(), {
        spec: {
          template: {
            spec: {
              containers: [
                { name: 'nginx', ports: [{ containerPort: 80, name: 'http' }], env: [{ name: 'A', value: '3' }] },
              ],
            },
          },
        },
      }),
    );
    const c = v.spec.template.spec.containers[0];
    expect(c.ports).toEqual([
      { containerPort: 80, name: 'http', protocol: 'TCP' },
      { containerPort: 443, protocol: 'TCP' },
    ]);
    expect(c.env).toEqual([{ name: 'A', value: '3' }]);
  });

  it('replaces atomic lists (tolerations, volumeClaimTemplates)', () => {
    const v = value(
      strategicMergePatch(base(), {
        spec: {
          template: { spec: { tolerations: [{ key: 'b', operator: 'Exists' }] } },
          volumeClaimTemplates: [{ metadata: { name: 'data' } }],
        },
      }),
    );
    expect(v.spec.template.spec.tolerations).toEqual([{ key: 'b', operator: 'Exists' }]);
    expect(v.spec.volumeClaimTemplates).toEqual([{ metadata: { name: 'data' } }]);
  });

  it('directives: $patch replace on a map, $retainKeys, $deleteFromPrimitiveList', () => {
    expect(
      value(strategicMergePatch(base(), { metadata: { labels: { $patch: 'replace', z: '9' } } })).metadata.labels,
    ).toEqual({ z: '9' });
    expect(
      value(strategicMergePatch(base(), { spec: { updateStrategy: { $retainKeys: ['type'], type: 'OnDelete' } } })).spec
        .updateStrategy,
    ).toEqual({
      type: 'OnDelete',
    });
    expect(
      value(strategicMergePatch(base(), { metadata: { '$deleteFromPrimitiveList/finalizers': ['x'] } })).metadata
        .finalizers,
    ).toEqual(['y']);
    expect(value(strategicMergePatch(base(), { metadata: { finalizers: ['z'] } })).metadata.finalizers).toEqual([
      'z',
      'x',
      'y',
    ]);
  });

  it('does not modify its inputs', () => {
    const obj = base();
    const patch = { spec: { replicas: 7, template: { spec: { containers: [{ name: 'nginx', image: 'n' }] } } } };
    const before = JSON.stringify([obj, patch]);
    strategicMergePatch(obj, patch);
    expect(JSON.stringify([obj, patch])).toBe(before);
  });

  it('reports unknown fields and type errors as the patch handler does', () => {
    expect(error(strategicMergePatch(base(), { spec: { replicass: 3 } }))).toBe(
      'The request is invalid: patch: Invalid value: "map[spec:map[replicass:3]]": strict decoding error: unknown field "spec.replicass"',
    );
    expect(error(strategicMergePatch(base(), { spec: { replicas: '3' } }))).toBe(
      'The request is invalid: patch: Invalid value: "map[spec:map[replicas:3]]": unrecognized type: int32',
    );
    expect(error(strategicMergePatch(base(), { spec: { template: { spec: { containers: { name: 'x' } } } } }))).toBe(
      'The request is invalid: patch: Invalid value: "map[spec:map[template:map[spec:map[containers:map[name:x]]]]]": cannot restore slice from map',
    );
  });

  it('reports a missing merge key and unknown directives', () => {
    expect(error(strategicMergePatch(base(), { spec: { template: { spec: { containers: [{ image: 'x' }] } } } }))).toBe(
      'Error from server: map: map[image:x] does not contain declared merge key: name',
    );
    expect(error(strategicMergePatch(base(), { spec: { template: { $patch: 'foo' } } }))).toBe(
      'Error from server: unknown patch type: foo in map: map[$patch:foo]',
    );
  });

  it('rejects a patch that is not an object', () => {
    expect(error(strategicMergePatch(base(), [1]))).toBe(
      'Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}',
    );
  });
});

describe('mergePatch (RFC 7386)', () => {
  it('merges objects, replaces lists, deletes with null', () => {
    const v = value(
      mergePatch(base(), { metadata: { labels: { a: null } }, spec: { template: { spec: { tolerations: [] } } } }),
    );
    expect(v.metadata.labels).toEqual({ b: '2' });
    expect(v.spec.template.spec.tolerations).toEqual([]);
    expect(v.spec.template.spec.containers).toHaveLength(2);
  });

  it('reports unknown fields against the patched document', () => {
    expect(error(mergePatch({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' } }, { spec: { foo: 1 } }))).toBe(
      'The request is invalid: patch: Invalid value: "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"Node\\",\\"metadata\\":{\\"name\\":\\"n\\"},\\"spec\\":{\\"foo\\":1}}": strict decoding error: unknown field "spec.foo"',
    );
    expect(error(mergePatch(base(), [1]))).toBe(
      'Error from server (BadRequest): error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}',
    );
  });
});

describe('jsonPatch (RFC 6902, json-patch v4 semantics)', () => {
  it('applies add, remove, replace, move, copy and test', () => {
    const v = value(
      jsonPatch(base(), [
        { op: 'test', path: '/spec/replicas', value: 3 },
        { op: 'replace', path: '/spec/replicas', value: 5 },
        { op: 'add', path: '/metadata/labels/c', value: '3' },
        { op: 'remove', path: '/metadata/labels/a' },
        { op: 'copy', from: '/metadata/labels/b', path: '/metadata/labels/d' },
        { op: 'move', from: '/metadata/labels/c', path: '/metadata/labels/e' },
        { op: 'add', path: '/spec/template/spec/containers/-', value: { name: 'c', image: 'i' } },
        { op: 'remove', path: '/spec/template/spec/containers/1' },
      ]),
    );
    expect(v.spec.replicas).toBe(5);
    expect(v.metadata.labels).toEqual({ b: '2', d: '2', e: '3' });
    expect(v.spec.template.spec.containers.map((c: Any) => c.name)).toEqual(['nginx', 'c']);
  });

  it('replace of a missing object key adds it (v4)', () => {
    expect(
      value(jsonPatch(base(), [{ op: 'replace', path: '/metadata/labels/new', value: 'x' }])).metadata.labels,
    ).toEqual({ a: '1', b: '2', new: 'x' });
  });

  it('failed operations give the server generic 422, with json-patch detail', () => {
    const missing = jsonPatch(base(), [{ op: 'replace', path: '/spec/foo/bar', value: 1 }]);
    expect(error(missing)).toBe(
      'The request is invalid: the server rejected our request due to an error in our request',
    );
    expect(missing).toMatchObject({
      detail: 'replace operation does not apply: doc is missing path: /spec/foo/bar: missing value',
    });
    expect(jsonPatch(base(), [{ op: 'test', path: '/spec/replicas', value: 4 }])).toMatchObject({
      ok: false,
      detail: 'testing value /spec/replicas failed: test failed',
    });
    expect(jsonPatch(base(), [{ op: 'frobnicate', path: '/spec' }])).toMatchObject({
      ok: false,
      detail: 'Unexpected kind: frobnicate',
    });
    expect(jsonPatch(base(), [{ op: 'remove', path: '/spec/template/spec/containers/5' }])).toMatchObject({
      ok: false,
      error: 'The request is invalid: the server rejected our request due to an error in our request',
    });
  });

  it('rejects a patch that is not a list of operations', () => {
    expect(error(jsonPatch(base(), { op: 'remove' }))).toBe(
      'Error from server (BadRequest): error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp',
    );
    expect(error(jsonPatch(base(), [{ op: 1 }]))).toBe(
      'Error from server (BadRequest): error decoding patch: json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string',
    );
  });

  it('reports fields the result does not know', () => {
    expect(jsonPatch(base(), [{ op: 'add', path: '/spec/foo', value: 1 }])).toMatchObject({ ok: false });
    expect(
      error(
        jsonPatch({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' } }, [
          { op: 'add', path: '/spec', value: { foo: 1 } },
        ]),
      ),
    ).toBe(
      'The request is invalid: patch: Invalid value: "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"Node\\",\\"metadata\\":{\\"name\\":\\"n\\"},\\"spec\\":{\\"foo\\":1}}": strict decoding error: unknown field "spec.foo"',
    );
  });
});

describe('parsePatchArg', () => {
  it('accepts JSON and YAML', () => {
    expect(parsePatchArg('{"spec":{"replicas":3}}')).toEqual({ ok: true, value: { spec: { replicas: 3 } } });
    expect(parsePatchArg('spec:\n  replicas: 3')).toEqual({ ok: true, value: { spec: { replicas: 3 } } });
    expect(parsePatchArg('[{"op": "replace", "path": "/spec/replicas", "value": 3}]')).toEqual({
      ok: true,
      value: [{ op: 'replace', path: '/spec/replicas', value: 3 }],
    });
  });

  it('malformed JSON is rejected by the server, worded per patch type', () => {
    expect(parsePatchArg('{"spec":{"replicas":3}')).toEqual({
      ok: false,
      error: 'Error from server (BadRequest): unexpected end of JSON input',
    });
    expect(parsePatchArg('{"spec":}', 'merge')).toEqual({
      ok: false,
      error:
        "Error from server (BadRequest): error decoding patch: invalid character '}' looking for beginning of value",
    });
  });

  it('malformed YAML is rejected by kubectl', () => {
    expect(parsePatchArg('spec:\n  replicas: [3')).toEqual({
      ok: false,
      error: "error: unable to parse \"spec:\\n  replicas: [3\": yaml: line 2: did not find expected ',' or ']'",
    });
    expect(parsePatchArg('[{"op": "replace"')).toEqual({
      ok: false,
      error: 'error: unable to parse "[{\\"op\\": \\"replace\\"": yaml: line 1: did not find expected \',\' or \'}\'',
    });
  });
});

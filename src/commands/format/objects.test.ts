import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlKeyLess } from './goyaml.ts';
import { asList, resourceName, toJson, toYaml, toYamlDocuments } from './objects.ts';

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    creationTimestamp: '2026-01-08T22:17:49Z',
    generateName: 'web-',
    labels: {
      app: 'nginx',
      'apps.kubernetes.io/pod-index': '0',
      'controller-revision-hash': 'web-7b6c5d9f8c',
      'statefulset.kubernetes.io/pod-name': 'web-0',
    },
    name: 'web-0',
    namespace: 'default',
    ownerReferences: [
      {
        apiVersion: 'apps/v1',
        blockOwnerDeletion: true,
        controller: true,
        kind: 'StatefulSet',
        name: 'web',
        uid: '3f1c',
      },
    ],
    resourceVersion: '1234',
    uid: 'a1b2',
  },
  spec: {
    containers: [
      {
        image: 'registry.k8s.io/nginx-slim:0.24',
        name: 'nginx',
        ports: [{ containerPort: 80, name: 'web', protocol: 'TCP' }],
        resources: {},
        volumeMounts: [{ mountPath: '/usr/share/nginx/html', name: 'www' }],
      },
    ],
    hostname: 'web-0',
    subdomain: 'nginx',
    terminationGracePeriodSeconds: 10,
    volumes: [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }],
  },
  status: {
    conditions: [{ lastProbeTime: null, lastTransitionTime: '2026-01-08T22:18:08Z', status: 'True', type: 'Ready' }],
    phase: 'Running',
    podIP: '10.244.1.6',
  },
};

describe('toYaml (kubectl get -o yaml)', () => {
  it('prints a pod the way kubectl does', () => {
    expect(toYaml(pod)).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2026-01-08T22:17:49Z"
  generateName: web-
  labels:
    app: nginx
    apps.kubernetes.io/pod-index: "0"
    controller-revision-hash: web-7b6c5d9f8c
    statefulset.kubernetes.io/pod-name: web-0
  name: web-0
  namespace: default
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: StatefulSet
    name: web
    uid: 3f1c
  resourceVersion: "1234"
  uid: a1b2
spec:
  containers:
  - image: registry.k8s.io/nginx-slim:0.24
    name: nginx
    ports:
    - containerPort: 80
      name: web
      protocol: TCP
    resources: {}
    volumeMounts:
    - mountPath: /usr/share/nginx/html
      name: www
  hostname: web-0
  subdomain: nginx
  terminationGracePeriodSeconds: 10
  volumes:
  - name: www
    persistentVolumeClaim:
      claimName: www-web-0
status:
  conditions:
  - lastProbeTime: null
    lastTransitionTime: "2026-01-08T22:18:08Z"
    status: "True"
    type: Ready
  phase: Running
  podIP: 10.244.1.6
`);
  });

  it.each([
    ['true', '"true"'],
    ['True', '"True"'],
    ['y', '"y"'],
    ['yes', '"yes"'],
    ['On', '"On"'],
    ['off', '"off"'],
    ['null', '"null"'],
    ['~', '"~"'],
    ['', '""'],
    ['123', '"123"'],
    ['-1', '"-1"'],
    ['+1', '"+1"'],
    ['1.5', '"1.5"'],
    ['1e3', '"1e3"'],
    ['.5', '".5"'],
    ['.inf', '".inf"'],
    ['0x1F', '"0x1F"'],
    ['0o17', '"0o17"'],
    ['1_000', '"1_000"'],
    ['12:30', '"12:30"'],
    ['2026-01-08', '"2026-01-08"'],
    ['2026-01-08T22:17:49Z', '"2026-01-08T22:17:49Z"'],
    ['2026-1-8 22:17:49', '"2026-1-8 22:17:49"'],
    ['2026-02-30', '2026-02-30'],
    ['NaN', 'NaN'],
    ['inf', 'inf'],
    ['nginx:1.25', 'nginx:1.25'],
    ['http://x:80/a', 'http://x:80/a'],
    ['a,b', 'a,b'],
    ['?x', '?x'],
    ['héllo', 'héllo'],
    ['a: b', "'a: b'"],
    ['a:', "'a:'"],
    ['- x', "'- x'"],
    ['-', "'-'"],
    ['#x', "'#x'"],
    ['x #y', "'x #y'"],
    ["it's: x", "'it''s: x'"],
    [' x', "' x'"],
    ['x ', "'x '"],
    ['*x', "'*x'"],
    ['&x', "'&x'"],
    ['!x', "'!x'"],
    ['%x', "'%x'"],
    ['@x', "'@x'"],
    ['{x}', "'{x}'"],
    ['"x"', `'"x"'`],
    ['---', "'---'"],
    ['a\tb', '"a\\tb"'],
    ['a\u0001b', '"a\\x01b"'],
    ['a\u007fb', '"a\\x7Fb"'],
    ['😀', '"\\U0001F600"'],
    ['a \nb', '"a \\nb"'],
  ])('quotes %j as %s', (value, rendered) => {
    expect(toYaml({ k: value })).toBe(`k: ${rendered}\n`);
  });

  it('writes multi-line strings as literal blocks with go-yaml chomping and indentation hints', () => {
    expect(toYaml({ k: 'line1\nline2' })).toBe('k: |-\n  line1\n  line2\n');
    expect(toYaml({ k: 'line1\nline2\n' })).toBe('k: |\n  line1\n  line2\n');
    expect(toYaml({ k: 'a\n\n' })).toBe('k: |+\n  a\n\n');
    expect(toYaml({ k: 'a\n\n', z: 1 })).toBe('k: |+\n  a\n\nz: 1\n');
    expect(toYaml({ k: ' a\nb' })).toBe('k: |2-\n   a\n  b\n');
    expect(toYaml({ a: { b: 'x\n\ny\n' } })).toBe('a:\n  b: |\n    x\n\n    y\n');
    expect(toYaml(['x\ny'])).toBe('- |-\n  x\n  y\n');
  });

  it('quotes keys like values and sorts them go-yaml style', () => {
    expect(toYaml({ true: 1, '123': 2, 'a: b': 3, b: 4 })).toBe('"123": 2\n\'a: b\': 3\nb: 4\n"true": 1\n');
    expect(
      Object.keys({ a10: 0, a9: 0, a_b: 0, aB: 0, ab: 0, A: 0 }).sort((x, y) => (yamlKeyLess(x, y) ? -1 : 1)),
    ).toEqual(['A', 'a_b', 'a9', 'a10', 'aB', 'ab']);
    expect(toYaml({ 'pv-10': 1, 'pv-9': 2 })).toBe('pv-9: 2\npv-10: 1\n');
  });

  it('folds long plain and quoted scalars at 80 columns like yaml.v2', () => {
    expect(
      toYaml({
        metadata: {
          annotations: { 'kubernetes.io/limit-ranger': 'LimitRanger plugin set: cpu request for container hostnames' },
        },
      }),
    ).toBe(
      "metadata:\n  annotations:\n    kubernetes.io/limit-ranger: 'LimitRanger plugin set: cpu request for container\n      hostnames'\n",
    );
    // kubernetes-sigs/yaml#116
    const digits = '1234567890123456789012345678901234567890123456789012345678901234';
    expect(toYaml({ a: `${digits}${digits}: .s` })).toBe(`a: '${digits}${digits}:\n  .s'\n`);
    expect(
      toYaml({
        foo: 'a very long string that might have to be broken into multiple lines in order to fit nicely in the output pane',
      }),
    ).toBe(
      'foo: a very long string that might have to be broken into multiple lines in order\n  to fit nicely in the output pane\n',
    );
    expect(toYaml({ m: `"${'x'.repeat(75)} y z"` })).toBe(`m: '"${'x'.repeat(75)} y\n  z"'\n`);
  });

  it('prints empty collections in flow style and nested sequences compactly', () => {
    expect(toYaml({ a: [], b: {}, c: [[1, 2], [], {}], d: null })).toBe(
      'a: []\nb: {}\nc:\n- - 1\n  - 2\n- []\n- {}\nd: null\n',
    );
    expect(toYaml({})).toBe('{}\n');
    expect(toYaml([])).toBe('[]\n');
    expect(toYaml('x')).toBe('x\n');
  });

  it('prints numbers as go-yaml reads them back from JSON', () => {
    expect(toYaml({ i: 3, z: -0, f: 1.5, e: 1e21, s: 0.00001, g: 1234567.5 })).toBe(
      'e: 1e+21\nf: 1.5\ng: 1.2345675e+06\ni: 3\ns: 1e-05\nz: 0\n',
    );
  });

  it('omits undefined fields', () => {
    expect(toYaml({ a: 1, b: undefined })).toBe('a: 1\n');
  });

  it('produces YAML that parses back to the same data', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '0',
        '9',
        ' ',
        ':',
        '-',
        '#',
        "'",
        '"',
        '\n',
        '\t',
        '.',
        ',',
        '[',
        '{',
        '?',
        'é',
        '*',
        '!',
        '%',
        '@',
        '`',
        '|',
        '>',
        '~',
        '_',
      ),
    });
    const leaf = fc.oneof(
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(
          text.filter((k) => k.length < 20),
          tie('node'),
          { maxKeys: 3 },
        ),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.dictionary(
          text.filter((k) => k.length < 20),
          value,
          { maxKeys: 4 },
        ),
        (obj) => {
          expect(parse(toYaml(obj), { schema: 'core', uniqueKeys: false })).toEqual(JSON.parse(JSON.stringify(obj)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('toJson (kubectl get -o json)', () => {
  it('indents with four spaces, sorts keys byte-wise and ends with a newline', () => {
    expect(toJson({ b: [1, { z: null }], B: 'x', a: {}, c: [] })).toBe(
      '{\n    "B": "x",\n    "a": {},\n    "b": [\n        1,\n        {\n            "z": null\n        }\n    ],\n    "c": []\n}\n',
    );
  });

  it('escapes like encoding/json', () => {
    expect(toJson({ a: '<&>\u2028\u2029\u0001\b\f\t\n"\\é😀' })).toBe(
      '{\n    "a": "\\u003c\\u0026\\u003e\\u2028\\u2029\\u0001\\b\\f\\t\\n\\"\\\\é😀"\n}\n',
    );
    expect(toJson('\ud800')).toBe('"\\ufffd"\n');
  });

  it('formats numbers like encoding/json', () => {
    expect(toJson([3, 1.5, 1e21, 1e-7, 0.000001, -0, 123456789012])).toBe(
      '[\n    3,\n    1.5,\n    1e+21,\n    1e-7,\n    0.000001,\n    -0,\n    123456789012\n]\n',
    );
  });

  it('round-trips through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(toJson(v))).toEqual(v);
      }),
      { numRuns: 200 },
    );
  });
});

describe('asList', () => {
  it('wraps objects the way kubectl get prints several objects', () => {
    expect(toYaml(asList([{ kind: 'Pod', metadata: { name: 'web-0' } }]))).toBe(
      'apiVersion: v1\nitems:\n- kind: Pod\n  metadata:\n    name: web-0\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
    expect(toJson(asList([]))).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
    expect(toYaml(asList([]))).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });
});

describe('toYamlDocuments', () => {
  it('separates documents with ---', () => {
    expect(toYamlDocuments([{ a: 1 }, { b: 2 }])).toBe('a: 1\n---\nb: 2\n');
  });
});

describe('resourceName (-o name)', () => {
  it.each([
    ['Pod', 'web-0', 'pod/web-0'],
    ['StatefulSet', 'web', 'statefulset.apps/web'],
    ['PersistentVolumeClaim', 'www-web-0', 'persistentvolumeclaim/www-web-0'],
    ['PersistentVolume', 'pv-a', 'persistentvolume/pv-a'],
    ['Service', 'nginx', 'service/nginx'],
    ['Endpoints', 'nginx', 'endpoints/nginx'],
    ['Node', 'node-1', 'node/node-1'],
    ['ControllerRevision', 'web-7b6c5d9f8c', 'controllerrevision.apps/web-7b6c5d9f8c'],
    ['ReplicaSet', 'x', 'replicaset.apps/x'],
    ['Event', 'x', 'event/x'],
    ['StorageClass', 'standard', 'storageclass.storage.k8s.io/standard'],
    ['EndpointSlice', 'nginx-abcde', 'endpointslice.discovery.k8s.io/nginx-abcde'],
  ])('%s %s → %s', (kind, name, text) => {
    expect(resourceName(kind, name)).toBe(text);
  });

  it('takes the group from apiVersion when given', () => {
    expect(resourceName('StatefulSet', 'web', 'apps/v1beta1')).toBe('statefulset.apps/web');
    expect(resourceName('Widget', 'w', 'example.com/v1')).toBe('widget.example.com/w');
    expect(resourceName('Pod', 'p', 'v1')).toBe('pod/p');
  });
});

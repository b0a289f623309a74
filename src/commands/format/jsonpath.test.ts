import { describe, expect, it } from 'vitest';
import { FormatError } from './errors.ts';
import { evalJsonPath } from './jsonpath.ts';
import { asList } from './objects.ts';

// Fixtures from client-go util/jsonpath/jsonpath_test.go (TestKubernetes, TestTypesInput).
const nodes = {
  kind: 'List',
  items: [
    {
      kind: 'None',
      metadata: { name: '127.0.0.1', labels: { 'kubernetes.io/hostname': '127.0.0.1' } },
      status: { capacity: { cpu: '4' }, ready: true, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] },
    },
    {
      kind: 'None',
      metadata: { name: '127.0.0.2', labels: { 'kubernetes.io/hostname': '127.0.0.2' } },
      status: {
        capacity: { cpu: '8' },
        ready: false,
        addresses: [
          { type: 'LegacyHostIP', address: '127.0.0.2' },
          { type: 'another', address: '127.0.0.3' },
        ],
      },
    },
  ],
  users: [
    { name: 'myself', user: {} },
    { name: 'e2e', user: { username: 'admin', password: 'secret' } },
  ],
};

const types = {
  bools: [true, false, true, false],
  integers: [1, 2, 3, 4],
  floats: [1.0, 2.2, 3.3, 4.0],
  strings: ['one', 'two', 'three', 'four'],
  interfaces: [true, 'one', 1, 1.1],
  maps: [
    { name: 'one', value: 1 },
    { name: 'two', value: 2.02 },
    { name: 'three', value: 3.03 },
    { name: 'four', value: 4.04 },
  ],
};

const pod = (name: string, ip: string, ready: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app: 'nginx', 'apps.kubernetes.io/pod-index': name.slice(-1) } },
  spec: {
    containers: [
      { name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.21', ports: [{ containerPort: 80, name: 'web' }] },
    ],
    hostname: name,
    subdomain: 'nginx',
  },
  status: {
    phase: 'Running',
    podIP: ip,
    conditions: [
      { type: 'Initialized', status: 'True' },
      { type: 'Ready', status: ready },
    ],
    startTime: null,
  },
});
const pods = asList([pod('web-0', '10.244.1.6', 'True'), pod('web-1', '10.244.2.7', 'False')]);

describe('evalJsonPath: client-go fixtures', () => {
  it.each([
    ['range item', '{range .items[*]}{.metadata.name}, {end}{.kind}', '127.0.0.1, 127.0.0.2, List'],
    ['range item with quote', '{range .items[*]}{.metadata.name}{"\\t"}{end}', '127.0.0.1\t127.0.0.2\t'],
    ['range addresses', '{.items[*].status.addresses[*].address}', '127.0.0.1 127.0.0.2 127.0.0.3'],
    [
      'double range',
      '{range .items[*]}{range .status.addresses[*]}{.address}, {end}{end}',
      '127.0.0.1, 127.0.0.2, 127.0.0.3, ',
    ],
    ['item name', '{.items[*].metadata.name}', '127.0.0.1 127.0.0.2'],
    [
      'union nodes capacity',
      "{.items[*]['metadata.name', 'status.capacity']}",
      '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}',
    ],
    [
      'range nodes capacity',
      '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}',
      '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] ',
    ],
    ['user password', '{.users[?(@.name=="e2e")].user.password}', 'secret'],
    ['hostname', '{.items[0].metadata.labels.kubernetes\\.io/hostname}', '127.0.0.1'],
    ['hostname filter', '{.items[?(@.metadata.labels.kubernetes\\.io/hostname=="127.0.0.1")].kind}', 'None'],
    ['bool item', '{.items[?(@..ready==true)].metadata.name}', '127.0.0.1'],
    ['recursive name (sorted map order)', '{..name}', '127.0.0.1 127.0.0.2 myself e2e'],
  ])('%s', (_, template, expected) => {
    expect(evalJsonPath(template, nodes)).toBe(expected);
  });

  it.each([
    ['{ .bools }', '[true,false,true,false]'],
    ['{ .bools[-1] }', 'false'],
    ['{ .bools[:4:2] }', 'true true'],
    ['{ .integers[-2] }', '3'],
    ['{ .integers[0:2] }', '1 2'],
    ['{ .floats }', '[1,2.2,3.3,4]'],
    ['{ .floats[-2] }', '3.3'],
    ['{ .strings }', '["one","two","three","four"]'],
    ['{ .strings[:4:2] }', 'one three'],
    ['{ .interfaces }', '[true,"one",1,1.1]'],
    ['{ .interfaces[:4:2] }', 'true 1'],
    ['{ .maps[-2] }', '{"name":"three","value":3.03}'],
    ['{ .maps[1::2] }', '{"name":"two","value":2.02} {"name":"four","value":4.04}'],
  ])('%s → %s', (template, expected) => {
    expect(evalJsonPath(template, types)).toBe(expected);
  });

  it('handles plain text, quotes, unions, filters and slices on bare arrays', () => {
    expect(evalJsonPath('hello jsonpath', null)).toBe('hello jsonpath');
    expect(evalJsonPath('{..}', [1, 2, 3])).toBe('[1,2,3]');
    expect(evalJsonPath('{[?(@<5)]}', [2, 6, 3, 7])).toBe('2 3');
    expect(evalJsonPath('{"{"}', null)).toBe('{');
    expect(evalJsonPath('{[1,3,4]}', [0, 1, 2, 3, 4])).toBe('1 3 4');
    expect(evalJsonPath('{[0:2]}', ['Monday', 'Tudesday'])).toBe('Monday Tudesday');
    expect(evalJsonPath("{[0]['id']}", [{ id: 'i1' }])).toBe('i1');
    expect(evalJsonPath('{[?(@.z)].id}', [{ id: 'i1' }, { id: 'i2', z: 1 }, { id: 'i5', z: 0 }])).toBe('i2 i5');
  });

  it('prints nothing for empty ranges, nested or not', () => {
    expect(evalJsonPath('{range .items[*]}{.metadata.name}{end}', { items: [] })).toBe('');
    expect(
      evalJsonPath('{range .items[*]}{.metadata.name}{":"}{range @.spec.containers[*]}{.name}{","}{end}{"+"}{end}', {
        items: [],
      }),
    ).toBe('');
  });
});

describe('evalJsonPath: kubectl usage on StatefulSet pods', () => {
  it('prints the names of all pods space-separated, without a trailing newline', () => {
    expect(evalJsonPath('{.items[*].metadata.name}', pods)).toBe('web-0 web-1');
  });

  it('supports range with string literals for line breaks and tabs', () => {
    expect(evalJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}', pods)).toBe(
      'web-0\t10.244.1.6\nweb-1\t10.244.2.7\n',
    );
  });

  it('filters conditions', () => {
    expect(evalJsonPath('{.items[*].status.conditions[?(@.type=="Ready")].status}', pods)).toBe('True False');
    expect(evalJsonPath('{.items[?(@.status.podIP=="10.244.2.7")].metadata.name}', pods)).toBe('web-1');
    expect(evalJsonPath("{.items[0].status.conditions[?(@.type!='Ready')].type}", pods)).toBe('Initialized');
  });

  it('compares numbers with < > <= >=', () => {
    const ports = { ports: [{ p: 80 }, { p: 443 }, { p: 8080 }] };
    expect(evalJsonPath('{.ports[?(@.p<443)].p}', ports)).toBe('80');
    expect(evalJsonPath('{.ports[?(@.p<=443)].p}', ports)).toBe('80 443');
    expect(evalJsonPath('{.ports[?(@.p>443)].p}', ports)).toBe('8080');
    expect(evalJsonPath('{.ports[?(@.p>=443)].p}', ports)).toBe('443 8080');
    expect(evalJsonPath('{.ports[?(@.p!=443)].p}', ports)).toBe('80 8080');
  });

  it('indexes from the end and slices', () => {
    expect(evalJsonPath('{.items[-1].metadata.name}', pods)).toBe('web-1');
    expect(evalJsonPath('{.items[0:1].metadata.name}', pods)).toBe('web-0');
    expect(evalJsonPath('{.items[1:].metadata.name}', pods)).toBe('web-1');
    expect(evalJsonPath('{.items[0:0].metadata.name}', pods)).toBe('');
  });

  it('prints maps and lists as compact JSON with sorted keys', () => {
    expect(evalJsonPath('{.items[0].metadata.labels}', pods)).toBe(
      '{"app":"nginx","apps.kubernetes.io/pod-index":"0"}',
    );
    expect(evalJsonPath('{.items[0].spec.containers[0].ports}', pods)).toBe('[{"containerPort":80,"name":"web"}]');
  });

  it('prints the whole object for {@} and {$}', () => {
    const obj = { b: 1, a: ['x'] };
    expect(evalJsonPath('{@}', obj)).toBe('{"a":["x"],"b":1}');
    expect(evalJsonPath('{$}', obj)).toBe('{"a":["x"],"b":1}');
  });

  it('treats {.} as the empty field name, which kubectl finds nowhere', () => {
    expect(evalJsonPath('{.}', { a: 1 })).toBe('');
  });

  it('prints null values as null (Kubernetes ≥ 1.29)', () => {
    expect(evalJsonPath('{.items[0].status.startTime}', pods)).toBe('null');
  });

  it('prints nothing for missing keys by default', () => {
    expect(evalJsonPath('{.items[*].spec.nodeName}', pods)).toBe('');
    expect(evalJsonPath('{range .items[*]}{.metadata.name}:{.spec.nodeName};{end}', pods)).toBe('web-0:;web-1:;');
  });

  it('recursive descent finds every name, maps visited in key order', () => {
    expect(evalJsonPath('{.items[0]..name}', pods)).toBe('web-0 nginx web');
  });

  it('wildcards over maps follow key order', () => {
    expect(evalJsonPath('{.items[0].metadata.labels.*}', pods)).toBe('nginx 0');
  });

  it('prints floats as Go does', () => {
    expect(evalJsonPath('{.a} {.b} {.c}', { a: 1e6 + 0.5, b: 0.000001, c: 1e21 })).toBe('1.0000005e+06 1e-06 1e+21');
  });

  it('escapes HTML characters in JSON output like encoding/json', () => {
    expect(evalJsonPath('{.m}', { m: { k: '<a&b>' } })).toBe('{"k":"\\u003ca\\u0026b\\u003e"}');
    expect(evalJsonPath('{.m.k}', { m: { k: '<a&b>' } })).toBe('<a&b>');
  });
});

const fail = (template: string, data: unknown, opts?: { allowMissingKeys?: boolean }): FormatError => {
  try {
    evalJsonPath(template, data, opts);
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('expected a FormatError');
};

describe('evalJsonPath errors', () => {
  it.each([
    ['{.hello', 'unclosed action'],
    ['{*}', "unrecognized character in action: U+002A '*'"],
    ['{+12.3.0}', 'cannot parse number +12.3.0'],
    ['{[1}', 'unterminated array'],
    ['{[?(.price]}', 'unterminated filter'],
    ['{........}', 'invalid multiple recursive descent'],
    ['{[x]}', 'invalid array index x'],
    ['{"\\q"}', 'unquote string "\\q" error invalid syntax'],
  ])('parse error for %s', (template, message) => {
    const e = fail(template, {});
    expect(e.message).toBe(`error parsing jsonpath ${template}, ${message}`);
    expect(e.stderr).toBe(`error: error parsing jsonpath ${template}, ${message}\n`);
  });

  it('reports execution errors with kubectl debugging text', () => {
    const e = fail('{.items[5]}', { items: [1, 'a'] });
    expect(e.stderr).toBe(
      'error: error executing jsonpath "{.items[5]}": Error executing template: array index out of bounds: index 5, length 2. ' +
        'Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{.items[5]}\n' +
        '\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{"items":[]interface {}{1, "a"}}\n\n\n',
    );
    expect(e.stdout).toBe('');
  });

  it('quotes the template Go-style in the execution error', () => {
    const e = fail('{range .items[*]}{.x}{"\\n"}{end}{end}', { items: [] });
    expect(
      e.message.startsWith(
        'error executing jsonpath "{range .items[*]}{.x}{\\"\\\\n\\"}{end}{end}": Error executing template: not in range, nothing to end.',
      ),
    ).toBe(true);
  });

  it.each([
    ['{hello}', { a: 1 }, 'unrecognized identifier hello'],
    ['{.a[0]}', { a: { b: 1 } }, 'map[string]interface {} is not array or slice'],
    ['{.a[0]}', { a: 'x' }, 'string is not array or slice'],
    ['{.a[?(@.x<>1)]}', { a: [{ x: 1 }] }, 'unrecognized filter operator <>'],
    ['{.a[?(@.x<"1")]}', { a: [{ x: 1 }] }, 'incompatible types for comparison'],
    ['{.a[?(@.x==1)]}', { a: [{ x: [1] }] }, 'invalid type for comparison'],
    ['{.a[?(@[*]==1)]}', { a: [[1, 2]] }, 'can only compare one element at a time'],
    ['{.a[?(@.x==1)]}', { a: 'x' }, 'x is not array or slice and cannot be filtered'],
    ['{.a[2:1]}', { a: [1, 2, 3] }, 'starting index 2 is greater than ending index 1'],
    ['{.a[-4]}', { a: [1, 2, 3] }, 'array index out of bounds: index -1, length 3'],
    ['{.a[::0]}', { a: [1, 2, 3] }, 'step must be > 0'],
  ])('%s fails with "%s"', (template, data, message) => {
    expect(fail(template, data).message).toContain(`Error executing template: ${message}. Printing`);
  });

  it('reports missing keys when --allow-missing-template-keys=false', () => {
    const e = fail('{.spec.nodeName}', { spec: {} }, { allowMissingKeys: false });
    expect(e.message).toContain('Error executing template: nodeName is not found. Printing');
    expect(evalJsonPath('{.spec.nodeName}', { spec: { nodeName: 'n' } }, { allowMissingKeys: false })).toBe('n');
  });
});

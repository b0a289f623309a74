import { describe, expect, it } from 'vitest';
import { FormatError } from './errors.ts';
import { evalGoTemplate } from './gotemplate.ts';
import { asList } from './objects.ts';

const sts = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web', labels: { app: 'nginx', tier: 'web' }, annotations: null },
  spec: {
    replicas: 3,
    template: {
      spec: {
        containers: [
          { name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24' },
          { name: 'side', image: 'busybox:1.28' },
        ],
      },
    },
  },
  status: { readyReplicas: 2, currentRevision: 'web-7b6c5d9f8c' },
};

const run = (tpl: string, data: unknown = sts): string => evalGoTemplate(tpl, data);

const fail = (tpl: string, data: unknown = sts, allowMissingKeys?: boolean): FormatError => {
  try {
    evalGoTemplate(tpl, data, { allowMissingKeys });
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('expected a FormatError');
};

describe('evalGoTemplate: the tutorial templates', () => {
  it('prints fields', () => {
    expect(run('{{.spec.replicas}}')).toBe('3');
    expect(run('{{.metadata.name}}/{{.status.currentRevision}}')).toBe('web/web-7b6c5d9f8c');
  });

  it('ranges with index and element variables', () => {
    expect(run('{{range $i, $c := .spec.template.spec.containers}}{{$i}}:{{$c.image}} {{end}}')).toBe(
      '0:registry.k8s.io/nginx-slim:0.24 1:busybox:1.28 ',
    );
    expect(run('{{range $c := .spec.template.spec.containers}}{{$c.name}};{{end}}')).toBe('nginx;side;');
  });

  it('ranges over the items of a List with a newline literal', () => {
    const list = asList([{ metadata: { name: 'web-0' } }, { metadata: { name: 'web-1' } }]);
    expect(run('{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}', list)).toBe('web-0\nweb-1\n');
  });

  it('indexes maps and slices', () => {
    expect(run('{{index .metadata.labels "app"}}')).toBe('nginx');
    expect(run('{{(index .spec.template.spec.containers 1).image}}')).toBe('busybox:1.28');
    expect(run('{{index .spec.template.spec.containers 0 | len}}')).toBe('2');
  });

  it('branches with if / else if / else using Go truthiness', () => {
    expect(run('{{if .status.readyReplicas}}ready{{else}}none{{end}}')).toBe('ready');
    expect(run('{{if .status.missing}}yes{{else}}no{{end}}')).toBe('no');
    expect(run('{{if .metadata.annotations}}yes{{else}}no{{end}}')).toBe('no');
    expect(
      run(
        '{{if eq .spec.replicas .status.readyReplicas}}same{{else if gt .spec.replicas .status.readyReplicas}}more{{else}}less{{end}}',
      ),
    ).toBe('more');
    expect(run('{{if and .spec.replicas (not .status.missing)}}ok{{end}}')).toBe('ok');
  });

  it('formats with printf', () => {
    expect(run('{{printf "%s has %d replicas\\n" .metadata.name .spec.replicas}}')).toBe('web has 3 replicas\n');
    expect(run('{{printf "%v|%5s|%-5s|%q|%05d|%x" .metadata.labels "a" "b" .metadata.name .spec.replicas 255}}')).toBe(
      'map[app:nginx tier:web]|    a|b    |"web"|00003|ff',
    );
    expect(run('{{.metadata.name | printf "%q"}}')).toBe('"web"');
    expect(run('{{printf "%d" .metadata.name}}')).toBe('%!d(string=web)');
    expect(run('{{printf "%s %s" .metadata.name}}')).toBe('web %!s(MISSING)');
  });

  it('prints maps, slices and nil the way fmt.Print does', () => {
    expect(run('{{.metadata.labels}}')).toBe('map[app:nginx tier:web]');
    expect(run('{{.spec.template.spec.containers}}')).toBe(
      '[map[image:registry.k8s.io/nginx-slim:0.24 name:nginx] map[image:busybox:1.28 name:side]]',
    );
    expect(run('{{.}}', { a: null, b: [1, 2.5] })).toBe('map[a:<nil> b:[1 2.5]]');
  });

  it('prints <no value> for missing keys, null values and chains through missing keys', () => {
    expect(run('{{.metadata.missing}}')).toBe('<no value>');
    expect(run('{{.metadata.annotations}}')).toBe('<no value>');
    expect(run('{{.nope.deeper.still}}')).toBe('<no value>');
    expect(run('{{index .metadata.labels "nope"}}')).toBe('<no value>');
  });

  it('ranges over maps in key order, over ints, and falls back to else', () => {
    expect(run('{{range $k, $v := .metadata.labels}}{{$k}}={{$v}},{{end}}')).toBe('app=nginx,tier=web,');
    expect(run('{{range .spec.replicas}}{{.}}{{end}}')).toBe('012');
    expect(run('{{range .status.none}}x{{else}}empty{{end}}')).toBe('empty');
  });

  it('supports with, variables, assignment, break and continue', () => {
    expect(run('{{with .status}}{{.readyReplicas}}{{end}}')).toBe('2');
    expect(run('{{with .status.none}}x{{else}}none{{end}}')).toBe('none');
    expect(run('{{$n := .metadata.name}}{{$n}}-{{$}}', { metadata: { name: 'a' } })).toBe(
      'a-map[metadata:map[name:a]]',
    );
    expect(run('{{$n := 1}}{{$n = 2}}{{$n}}')).toBe('2');
    expect(run('{{range .spec.template.spec.containers}}{{if eq .name "side"}}{{break}}{{end}}{{.name}}{{end}}')).toBe(
      'nginx',
    );
    expect(
      run('{{range .spec.template.spec.containers}}{{if eq .name "nginx"}}{{continue}}{{end}}{{.name}}{{end}}'),
    ).toBe('side');
  });

  it('trims whitespace around trim markers and drops comments', () => {
    expect(run('{{ .metadata.name -}}  \n  {{- .kind }}')).toBe('webStatefulSet');
    expect(run('a {{/* a comment */}} b')).toBe('a  b');
    expect(run('a {{- /* a comment */ -}} b')).toBe('ab');
  });

  it('evaluates constants the way Go does', () => {
    expect(run('{{3.0}} {{1e3}} {{0x10}} {{\'a\'}} {{true}} {{"s"}} {{`raw`}}')).toBe('3 1000 16 97 true s raw');
    expect(run('{{print 1 2 "a" "b" 3}}')).toBe('1 2ab3');
    expect(run('{{println 1 "a"}}')).toBe('1 a\n');
  });

  it('has the comparison, logic and kubectl helper functions', () => {
    expect(run('{{eq .metadata.name "web"}} {{ne .spec.replicas 3}} {{lt 1 2}} {{le 2 2}} {{ge 1 2}}')).toBe(
      'true false true true false',
    );
    expect(run('{{eq .metadata.name "a" "web"}}')).toBe('true');
    expect(run('{{eq .status.none "x"}}')).toBe('false');
    expect(run('{{and 1 0 2}} {{or 0 "" "x"}} {{not 0}}')).toBe('0 x true');
    expect(run('{{exists . "spec" "replicas"}} {{exists . "spec" "nope"}}')).toBe('true false');
    expect(run('{{base64decode "aGVsbG8="}}')).toBe('hello');
    expect(run('{{.metadata.labels.app | upper}} {{len .metadata.labels}}')).toBe('NGINX 2');
  });
});

describe('evalGoTemplate errors', () => {
  it.each([
    ['{{.metadata.name', 'unclosed action'],
    ['{{end}}', 'unexpected {{end}}'],
    ['{{if .x}}', 'unexpected EOF'],
    ['{{foo}}', 'function "foo" not defined'],
    ['{{$x}}', 'undefined variable "$x"'],
    ['{{.a.b}', "bad character U+007D '}'"],
    ['{{break}}', '{{break}} outside {{range}}'],
    ['{{(1}}', 'unclosed left paren'],
  ])('parse error for %s', (tpl, msg) => {
    const e = fail(tpl);
    expect(e.stderr).toBe(`error: error parsing template ${tpl}, template: output:1: ${msg}\n`);
    expect(e.stdout).toBe('');
  });

  it('reports the line of a parse error', () => {
    expect(fail('a\nb\n{{.x').message).toBe('error parsing template a\nb\n{{.x, template: output:3: unclosed action\n');
  });

  it('fails on a field of a null value, with kubectl debugging output on stdout', () => {
    const e = fail('name={{.metadata.name}} {{.metadata.annotations.x}}');
    expect(e.stderr).toBe(
      'error: error executing template "name={{.metadata.name}} {{.metadata.annotations.x}}": ' +
        'template: output:1:35: executing "output" at <.metadata.annotation...>: nil pointer evaluating interface {}.x\n',
    );
    expect(e.stdout).toBe(
      'name=web Error executing template: template: output:1:35: executing "output" at <.metadata.annotation...>: ' +
        'nil pointer evaluating interface {}.x. Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\tname={{.metadata.name}} {{.metadata.annotations.x}}\n' +
        '\traw data was:\n\t\t{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"annotations":null,"labels":{"app":"nginx","tier":"web"},"name":"web"},' +
        '"spec":{"replicas":3,"template":{"spec":{"containers":[{"image":"registry.k8s.io/nginx-slim:0.24","name":"nginx"},{"image":"busybox:1.28","name":"side"}]}}},' +
        '"status":{"currentRevision":"web-7b6c5d9f8c","readyReplicas":2}}\n' +
        '\tobject given to template engine was:\n\t\tmap[apiVersion:apps/v1 kind:StatefulSet metadata:map[annotations:<nil> labels:map[app:nginx tier:web] name:web] ' +
        'spec:map[replicas:3 template:map[spec:map[containers:[map[image:registry.k8s.io/nginx-slim:0.24 name:nginx] map[image:busybox:1.28 name:side]]]]] ' +
        'status:map[currentRevision:web-7b6c5d9f8c readyReplicas:2]]\n\n',
    );
  });

  it.each([
    [
      '{{.spec.replicas.x}}',
      'output:1:7: executing "output" at <.spec.replicas.x>: can\'t evaluate field x in type interface {}',
    ],
    ['{{nil}}', 'output:1:2: executing "output" at <nil>: nil is not a command'],
    [
      '{{index .spec.template.spec.containers 5}}',
      'output:1:2: executing "output" at <index .spec.template...>: error calling index: index out of range: 5',
    ],
    [
      '{{range .metadata.name}}{{end}}',
      'output:1:17: executing "output" at <.metadata.name>: range can\'t iterate over web',
    ],
    [
      '{{lt .spec.replicas 5.0}}',
      'output:1:2: executing "output" at <lt .spec.replicas 5....>: error calling lt: incompatible types for comparison',
    ],
    ['{{printf 3}}', 'output:1:9: executing "output" at <3>: expected string; found 3'],
    [
      '{{.metadata.name 1}}',
      'output:1:11: executing "output" at <.metadata.name>: name is not a method but has arguments',
    ],
  ])('%s', (tpl, msg) => {
    expect(fail(tpl).message).toBe(`error executing template ${JSON.stringify(tpl)}: template: ${msg}`);
  });

  it('reports missing keys with --allow-missing-template-keys=false', () => {
    expect(fail('{{.metadata.missing}}', sts, false).message).toBe(
      'error executing template "{{.metadata.missing}}": template: output:1:11: executing "output" at <.metadata.missing>: map has no entry for key "missing"',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { Session } from '../commands/session.ts';
import { WEB_YAML } from '../examples/tutorial.ts';
import { diffApply, fieldChanges, type DiffResult } from './diff.ts';
import { errorField, objectLocators, syntaxErrorPos } from './locate.ts';

function sandbox(files: Record<string, string> = {}): { s: Session; files: Record<string, string> } {
  const s = new Session({ seed: 2, readFile: (p) => files[p] });
  s.run('kubectl apply -f web.yaml');
  s.advance(60);
  return { s, files };
}

function objects(r: DiffResult) {
  if (!r.ok) throw new Error(r.error);
  return r.objects;
}

/** Applies `text` in the sandbox as `name` and returns what kubectl printed. */
function apply(sb: { s: Session; files: Record<string, string> }, text: string, verb = 'apply', name = 'edit.yaml') {
  sb.files[name] = text;
  return sb.s.run(`kubectl ${verb} -f ${name}`);
}

describe('diff: what apply would change', () => {
  it('re-applying the same file changes nothing; kubectl still sends the StatefulSet a patch', () => {
    const { s } = sandbox();
    // volumeClaimTemplates is a list without a merge strategy, and the live copy carries what the
    // server added (apiVersion, kind, volumeMode, status): the three-way patch replaces it with the
    // file's, so kubectl says configured, and the server defaults it back to what it was.
    expect(objects(diffApply(s.sim.world, WEB_YAML)).map((o) => [o.ref, o.action, o.changes])).toEqual([
      ['service/nginx', 'unchanged', []],
      ['statefulset.apps/web', 'configured', []],
    ]);
    expect(s.run('kubectl apply -f web.yaml').stdout).toBe(
      'service/nginx unchanged\nstatefulset.apps/web configured\n',
    );
  });

  it('replicas and the partition, field by field; apply agrees', () => {
    const sb = sandbox();
    const text = WEB_YAML.replace(
      '  replicas: 2\n',
      '  replicas: 5\n  updateStrategy:\n    rollingUpdate:\n      partition: 3\n',
    );
    const [svc, set] = objects(diffApply(sb.s.sim.world, text, { source: 'edit.yaml' }));
    expect(svc!.action).toBe('unchanged');
    expect(set).toMatchObject({ kind: 'StatefulSet', name: 'web', ref: 'statefulset.apps/web', action: 'configured' });
    expect(set!.changes).toEqual([
      { path: 'spec.replicas', before: 2, after: 5 },
      { path: 'spec.updateStrategy.rollingUpdate.partition', before: 0, after: 3 },
    ]);
    expect(apply(sb, text).stdout).toBe('service/nginx unchanged\nstatefulset.apps/web configured\n');
  });

  it('an image change names the container by index', () => {
    const { s } = sandbox();
    const text = WEB_YAML.replace('nginx-slim:0.7', 'nginx-slim:0.8');
    expect(objects(diffApply(s.sim.world, text))[1]!.changes).toEqual([
      {
        path: 'spec.template.spec.containers[0].image',
        before: 'registry.k8s.io/nginx-slim:0.7',
        after: 'registry.k8s.io/nginx-slim:0.8',
      },
    ]);
  });

  it('labels added, removed and with dotted keys; annotations; defaults are not changes', () => {
    const { s } = sandbox();
    const text = WEB_YAML.replace(
      'kind: StatefulSet\nmetadata:\n  name: web\n',
      'kind: StatefulSet\nmetadata:\n  name: web\n  labels:\n    app.kubernetes.io/name: web\n  annotations:\n    note: canary\n',
    ).replace('  labels:\n    app: nginx\nspec:\n  ports:', '  labels:\n    tier: edge\nspec:\n  ports:');
    const [svc, set] = objects(diffApply(s.sim.world, text));
    expect(svc!.changes).toEqual([
      { path: 'metadata.labels.app', before: 'nginx' },
      { path: 'metadata.labels.tier', after: 'edge' },
    ]);
    expect(set!.changes).toEqual([
      { path: 'metadata.labels', after: { 'app.kubernetes.io/name': 'web' } },
      { path: 'metadata.annotations', after: { note: 'canary' } },
    ]);
  });

  it('a new object is created; the object is what apply would send', () => {
    const { s } = sandbox();
    const [pub] = objects(diffApply(s.sim.world, WEB_YAML.split('---\n')[0]!.replace(/nginx/g, 'nginx2')));
    expect(pub).toMatchObject({ ref: 'service/nginx2', action: 'created', changes: [] });
    expect((pub!.object as { spec: { sessionAffinity: string } }).spec.sessionAffinity).toBe('None');
  });

  it('the live object as kubectl get -o yaml prints it, edited, changes only what was edited', () => {
    const sb = sandbox();
    const live = sb.s.run('kubectl get sts web -o yaml').stdout;
    const edited = live.replace('  replicas: 2\n', '  replicas: 3\n');
    expect(edited).not.toBe(live);
    const [set] = objects(diffApply(sb.s.sim.world, edited, { source: 'edit.yaml' }));
    expect(set!.changes).toEqual([{ path: 'spec.replicas', before: 2, after: 3 }]);
    // Applied as is, it is a new config (its last-applied becomes the whole printed object): kubectl
    // sends a patch and says configured, though no field changes.
    expect(objects(diffApply(sb.s.sim.world, live))[0]).toMatchObject({ action: 'configured', changes: [] });
    expect(apply(sb, edited).stdout).toBe('statefulset.apps/web configured\n');
  });

  it('a Service keeps its ClusterIP when the manifest names none', () => {
    const sb = sandbox();
    sb.s.run('kubectl apply -f kubia-service-public.yaml');
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: kubia-public\nspec:\n  selector:\n    app: kubia\n  ports:\n  - port: 80\n    targetPort: 8080\n';
    expect(objects(diffApply(sb.s.sim.world, text))[0]!.action).toBe('unchanged');
  });

  it('never changes the world', () => {
    const { s } = sandbox();
    const before = JSON.stringify(s.sim.world);
    diffApply(s.sim.world, WEB_YAML.replace('replicas: 2', 'replicas: 7'));
    diffApply(s.sim.world, 'kind: [');
    expect(JSON.stringify(s.sim.world)).toBe(before);
  });
});

describe('diff: fails exactly where apply fails, and says where', () => {
  const cases: [string, (t: string) => string, { line: number; column: number } | undefined][] = [
    [
      'a selector that does not match the template labels',
      (t) => t.replace('      labels:\n        app: nginx\n    spec:', '      labels:\n        app: other\n    spec:'),
      { line: 27, column: 7 },
    ],
    ['an unknown field', (t) => t.replace('  replicas: 2', '  replicass: 2'), { line: 21, column: 3 }],
    ['a wrong type', (t) => t.replace('  replicas: 2', '  replicas: "two"'), { line: 21, column: 3 }],
    [
      'an invalid name',
      (t) => t.replace('metadata:\n  name: web\n', 'metadata:\n  name: Web_1\n'),
      { line: 18, column: 3 },
    ],
    ['an invalid port name', (t) => t.replace('    name: web\n', '    name: Web_1\n'), { line: 10, column: 5 }],
    [
      'a missing selector',
      (t) => t.replace('  selector:\n    matchLabels:\n      app: nginx\n', ''),
      { line: 19, column: 1 },
    ],
    ['an unsupported apiVersion', (t) => t.replace('apps/v1', 'apps/v1beta1'), { line: 15, column: 1 }],
    ['an unclosed flow sequence', (t) => t.replace('  replicas: 2', '  replicas: [2'), { line: 21, column: 13 }],
    [
      'a bad indentation',
      (t) => t.replace('  replicas: 2\n', '  replicas: 2\n selector: {}\n'),
      { line: 22, column: 2 },
    ],
    ['a tab', (t) => t.replace('  replicas: 2\n', '\treplicas: 2\n'), { line: 21, column: 1 }],
    ['an immutable field', (t) => t.replace('serviceName: "nginx"', 'serviceName: "other"'), { line: 19, column: 1 }],
    ['too many replicas', (t) => t.replace('replicas: 2', 'replicas: 100000'), { line: 21, column: 3 }],
  ];
  for (const [what, edit, at] of cases)
    it(what, () => {
      const sb = sandbox();
      const text = edit(WEB_YAML);
      const r = diffApply(sb.s.sim.world, text, { source: 'edit.yaml' });
      const applied = apply(sb, text);
      expect(applied.exitCode).toBe(1);
      expect(r).toEqual({ ok: false, error: applied.stderr.replace(/\n$/, ''), ...(at ? { at } : {}) });
    });

  it('create of an object that exists', () => {
    const sb = sandbox();
    const r = diffApply(sb.s.sim.world, WEB_YAML, { source: 'edit.yaml', verb: 'create' });
    const created = apply(sb, WEB_YAML, 'create');
    expect(r).toEqual({ ok: false, error: created.stderr.replace(/\n$/, ''), at: { line: 1, column: 1 } });
  });

  it('no objects', () => {
    const { s } = sandbox();
    expect(diffApply(s.sim.world, '# nothing\n')).toEqual({ ok: false, error: 'error: no objects passed to apply' });
  });

  it('in a List, the position is the item field', () => {
    const { s } = sandbox();
    const text =
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    name: x\n  spec:\n    ports:\n    - port: 99999\n';
    const r = diffApply(s.sim.world, text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.at).toEqual({ line: 10, column: 7 });
  });
});

describe('locate', () => {
  it('fields of documents after a separator count lines from the top of the text', () => {
    const loc = objectLocators(WEB_YAML)!;
    expect(loc).toHaveLength(2);
    expect(loc[1]!.field('spec.template.spec.containers[0].image')).toEqual({ line: 33, column: 9 });
    expect(loc[1]!.field('spec.volumeClaimTemplates[0].spec.resources')).toEqual({ line: 45, column: 7 });
    // Missing fields point at the deepest part that exists.
    expect(loc[1]!.field('spec.template.spec.containers[0].readinessProbe')).toEqual({ line: 32, column: 9 });
    expect(loc[0]!.field('')).toEqual({ line: 1, column: 1 });
  });

  it('a JSON stream has no field positions', () => {
    expect(objectLocators('{"kind": "List"}')).toBeUndefined();
  });

  it('syntax errors at the exact mark', () => {
    const text = 'a: 1\n---\nb: 2\nc: [\n';
    expect(syntaxErrorPos(text, '')).toEqual({ line: 5, column: 1 });
  });

  it('the field an error names', () => {
    expect(errorField('The StatefulSet "web" is invalid: spec.selector: Required value')).toBe('spec.selector');
    expect(errorField('... strict decoding error: unknown field "spec.replicass"')).toBe('spec.replicass');
    expect(
      errorField(
        'json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
      ),
    ).toBe('spec.template.spec.containers.ports.containerPort');
    expect(errorField('The Service "x" is invalid: \n* spec.ports[0].port: Invalid value: 0: must be')).toBe(
      'spec.ports[0].port',
    );
  });
});

describe('fieldChanges', () => {
  it('lists added, removed and changed leaves; lists by index', () => {
    expect(fieldChanges({ a: 1, b: [1, 2], c: { d: 1 } }, { a: 2, b: [1], c: { e: 1 } })).toEqual([
      { path: 'a', before: 1, after: 2 },
      { path: 'b[1]', before: 2 },
      { path: 'c.d', before: 1 },
      { path: 'c.e', after: 1 },
    ]);
    expect(fieldChanges({ x: 1 }, { x: 1 })).toEqual([]);
  });
});

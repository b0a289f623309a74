// The command-line grammar the fuzzers draw from: real verbs, resources, names and flags, with
// valid and invalid values, unknown flags, missing arguments, unbalanced quotes, huge numbers,
// unicode, empty strings, and pure garbage. Shared by the session fuzzer (fuzz.test.ts), the
// store's (src/store/lab.fuzz.test.ts) and the browser soak test (e2e/soak.spec.ts).
import fc from 'fast-check';

/** Files a fuzzed `-f` may name beside the built-in examples. */
export const FILES: Record<string, string> = {
  'empty.yaml': '',
  'comment.yaml': '# nothing here\n',
  'broken.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n',
  'list.json': '{"kind":"List","apiVersion":"v1","items":[]}',
  'svc.yaml':
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: extra\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n',
};

// ---------------------------------------------------------------------------------------------
// The grammar.

const NAMES = [
  'web-0',
  'web-1',
  'web-2',
  'web',
  'nginx',
  'kubia',
  'kubia-0',
  'kubia-1',
  'kubia-2',
  'node-1',
  'node-2',
  'node-3',
  'node-9',
  'pv-a',
  'pv-c',
  'www-web-0',
  'data-kubia-0',
  'kubernetes',
  'standard',
  'nope',
  'Web-0',
  // Object.prototype's members: the stores are plain objects.
  'constructor',
  'valueOf',
  '__proto__',
  'toString',
  'wéb-0',
  '日本',
  '../etc/passwd',
  'a'.repeat(300),
  '',
];

const TYPES = [
  'pods',
  'pod',
  'po',
  'sts',
  'statefulset',
  'statefulsets.apps',
  'statefulset.apps',
  'pvc',
  'persistentvolumeclaims',
  'pv',
  'svc',
  'service',
  'ep',
  'endpoints',
  'nodes',
  'node',
  'no',
  'events',
  'controllerrevisions',
  'rs',
  'sc',
  'all',
  'pods,svc',
  'pods,sts,pvc',
  'deployments',
  'foo',
  'pods,foo',
  'Pods',
  '',
];

const HUGE = ['99999999999999999999', '9223372036854775807', '9223372036854775808', '2147483648', '4294967297'];
const NUMBERS = [
  '0',
  '1',
  '2',
  '3',
  '5',
  '10',
  '-1',
  '-5',
  '1.5',
  '0x10',
  '0o7',
  '1_000',
  '1e3',
  '',
  'abc',
  '٣',
  ...HUGE,
];
const DURATIONS = ['0', '1s', '5s', '30s', '2m', '1h', '90', '-1s', '1.5s', '300ms', 'x', '', '1d', '99999h'];
const PATCHES = [
  '{"spec":{"replicas":3}}',
  '{"spec":{"replicas":-1}}',
  '{"spec":{"replicas":"3"}}',
  '{"spec":{"replicas":1}}',
  '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":1}}}}',
  '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"registry.k8s.io/nginx-slim:0.8"}]}}}}',
  '{"spec":{"template":{"spec":{"containers":[{"name":"kubia","image":"luksa/kubia-pet"}]}}}}',
  '{"metadata":{"labels":{"x":"y"}}}',
  '{"spec":{"selector":{"matchLabels":{"app":"other"}}}}',
  '{"spec":{"unschedulable":true}}',
  '[{"op":"replace","path":"/spec/replicas","value":4}]',
  '[{"op":"remove","path":"/spec/nope"}]',
  '[{"op":"bogus"}]',
  'spec:\n  replicas: 2',
  'spec:\n  replicas: [3',
  '{"spec":{"replicas":3}',
  '{bad',
  '{}',
  '[]',
  'null',
  '',
  '"just a string"',
];

export const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** Printable-ish junk: unicode, quotes, shell metacharacters, control characters. */
export const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...'\'"\\ -=/,:$`|&;<>(){}[]*?!#~\t\u00a0é日🙂\u202e\u0000'), maxLength: 10 }),
);

const name = fc.oneof({ weight: 6, arbitrary: pick(NAMES) }, { weight: 1, arbitrary: junk });
const type = fc.oneof({ weight: 6, arbitrary: pick(TYPES) }, { weight: 1, arbitrary: junk });
const number = fc.oneof({ weight: 5, arbitrary: pick(NUMBERS) }, { weight: 1, arbitrary: fc.integer().map(String) });
const duration = fc.oneof({ weight: 5, arbitrary: pick(DURATIONS) }, { weight: 1, arbitrary: junk });
const selector = pick([
  'app=nginx',
  'app=kubia',
  'app!=nginx',
  'app in (nginx,kubia)',
  'app',
  '!app',
  '=x',
  ',',
  '',
  'a=b=c',
]);
const output = pick([
  'yaml',
  'json',
  'wide',
  'name',
  'jsonpath={.metadata.name}',
  'jsonpath={.items[*].metadata.name}',
  'jsonpath={.bad',
  'go-template={{.metadata.name}}',
  'go-template={{.nope.deeper}}',
  'go-template={{',
  'custom-columns=NAME:.metadata.name',
  'table',
  '',
]);
const file = pick([
  'web.yaml',
  'web-parallel.yaml',
  'persistent-volumes.yaml',
  'kubia-service-headless.yaml',
  'kubia-statefulset.yaml',
  'kubia-statefulset-peers.yaml',
  'https://k8s.io/examples/application/web/web.yaml',
  'missing.yaml',
  '',
  ...Object.keys(FILES),
]);

/** One flag with a value of the right kind (or a wrong one), in one of kubectl's spellings. */
function flag(long: string, value: fc.Arbitrary<string>, short?: string): fc.Arbitrary<string[]> {
  const forms: fc.Arbitrary<string[]>[] = [
    value.map((v) => [`--${long}=${v}`]),
    value.map((v) => [`--${long}`, v]),
    fc.constant([`--${long}`]),
  ];
  if (short)
    forms.push(
      value.map((v) => [`-${short}`, v]),
      value.map((v) => [`-${short}${v}`]),
    );
  return fc.oneof(...forms);
}
const boolFlag = (long: string, short?: string): fc.Arbitrary<string[]> =>
  fc.oneof(
    fc.constant<string[]>([`--${long}`]),
    pick(['true', 'false', 'x', '', 'TRUE', '1']).map((v) => [`--${long}=${v}`]),
    ...(short ? [fc.constant<string[]>([`-${short}`])] : []),
  );

const FLAGS: fc.Arbitrary<string[]>[] = [
  flag('output', output, 'o'),
  flag('selector', selector, 'l'),
  flag('namespace', pick(['default', 'kube-system', '', 'nope']), 'n'),
  boolFlag('watch', 'w'),
  boolFlag('all'),
  boolFlag('force'),
  boolFlag('now'),
  boolFlag('wait'),
  boolFlag('ignore-not-found'),
  boolFlag('overwrite'),
  boolFlag('show-labels'),
  boolFlag('no-headers'),
  boolFlag('rm'),
  boolFlag('stdin', 'i'),
  boolFlag('tty', 't'),
  fc.constant(['-it']),
  flag('replicas', number),
  flag('current-replicas', number),
  flag('grace-period', number),
  flag('cascade', pick(['orphan', 'foreground', 'background', 'true', 'false', 'x'])),
  flag('patch', pick(PATCHES), 'p'),
  flag('type', pick(['json', 'merge', 'strategic', 'JSON', 'apply', 'x'])),
  flag(
    'for',
    pick([
      'condition=Ready',
      'condition=ready',
      'condition=Ready=false',
      'delete',
      'create',
      'jsonpath={.status.phase}=Running',
      'x',
      '',
    ]),
  ),
  flag('timeout', duration),
  flag('filename', file, 'f'),
  flag('image', pick(['busybox:1.28', 'tutum/dnsutils', ''])),
  flag('restart', pick(['Never', 'Always', 'x'])),
  flag('container', pick(['nginx', 'kubia', 'nope']), 'c'),
  flag('label-columns', pick(['app', 'app,x', '']), 'L'),
  flag('context', pick(['kind-kind', ''])),
  pick([['--frobnicate'], ['-Z'], ['--'], ['-'], ['--=x'], ['---'], ['-o'], ['--output']]),
];
const anyFlag = fc.oneof(...FLAGS);

const taintSpec = pick([
  'key=value:NoSchedule',
  'key:NoExecute',
  'key=value:NoExecute-',
  'key-',
  'key:NoSchedule-',
  'key=value',
  'key=value:Bogus',
  'node.kubernetes.io/out-of-service=nodeshutdown:NoExecute',
  'a=b=c:NoSchedule',
  '=x:NoSchedule',
  'key',
]);

const pod = pick([
  'web-0',
  'web-1',
  'web-2',
  'kubia-0',
  'kubia-1',
  'kubia-2',
  'nope',
  'pod/web-0',
  'po/kubia-0',
  'sts/web',
  '',
]);
const set = pick(['web', 'kubia', 'nope', '']);
const node = pick(['node-1', 'node-2', 'node-3', 'node-9', 'constructor', '']);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 1 });
const flags = fc.array(anyFlag, { maxLength: 2 }).map((f) => f.flat());
const words = (...parts: (string | string[] | undefined)[]) =>
  parts.flatMap((p) => (p === undefined ? [] : Array.isArray(p) ? p : [p]));

const execCmd = pick([
  ['hostname'],
  ['hostname', '-f'],
  ['cat', '/usr/share/nginx/html/index.html'],
  ['cat', '/var/data/kubia.txt'],
  ['cat', '/nope'],
  ['ls'],
  ['nope'],
  ['sh', '-c', 'echo hi > /usr/share/nginx/html/index.html'],
  ['sh', '-c', 'echo $(hostname) > /usr/share/nginx/html/index.html; ls'],
  ['sh', '-c', "echo 'unbalanced > x"],
  ['sh', '-c'],
  ['sh'],
  ['curl', 'localhost'],
  ['curl', 'localhost:8080'],
  ['curl', 'http://example.com'],
]);

/** Realistic kubectl commands, each verb with the arguments and flags it takes. */
const kubectlLine: fc.Arbitrary<string[]> = fc
  .oneof(
    fc
      .tuple(
        type,
        fc.array(name, { maxLength: 2 }),
        opt(flag('output', output, 'o')),
        opt(flag('selector', selector, 'l')),
        opt(boolFlag('watch', 'w')),
        flags,
      )
      .map(([t, n, o, l, w, f]) => words('get', t, n, o, l, w, f)),
    fc.tuple(type, opt(name), flags).map(([t, n, f]) => words('describe', t, n, f)),
    fc
      .tuple(
        fc.oneof(
          fc.tuple(type, name).map(([t, n]) => [t, n]),
          pod.map((p) => [p]),
        ),
        opt(flag('grace-period', number)),
        opt(boolFlag('force')),
        opt(boolFlag('wait')),
        opt(flag('cascade', pick(['orphan', 'foreground', 'background', 'x']))),
        flags,
      )
      .map(([a, g, fo, w, c, f]) => words('delete', a, g, fo, w, c, f)),
    fc.tuple(pick(['apply', 'create']), flag('filename', file, 'f'), flags).map(([v, f, x]) => words(v, f, x)),
    fc
      .tuple(pick(['sts', 'statefulset', 'rs', 'pod', 'foo']), set, flag('replicas', number), flags)
      .map(([t, n, r, f]) => words('scale', t, n, r, f)),
    fc
      .tuple(
        pick(['sts', 'statefulset', 'pod', 'node', 'svc', 'pvc']),
        fc.oneof(set, pod, node),
        flag('patch', pick(PATCHES), 'p'),
        opt(flag('type', pick(['json', 'merge', 'strategic', 'JSON', 'x']))),
        flags,
      )
      .map(([t, n, p, ty, f]) => words('patch', t, n, p, ty, f)),
    fc
      .tuple(opt(pick(['-it', '-i', '-c nginx'])), pod, fc.boolean(), execCmd)
      .map(([i, p, dash, c]) => words('exec', i?.split(' '), p, dash ? '--' : undefined, c)),
    fc
      .tuple(
        pick(['dns-test', 'web-0', '']),
        flag('image', pick(['busybox:1.28', 'tutum/dnsutils', ''])),
        opt(pick(['--rm', '-it', '--restart=Never'])),
        pick([
          ['nslookup', 'web-0.nginx'],
          ['dig', 'SRV', 'kubia.default.svc.cluster.local'],
          ['sh'],
          ['echo', 'x'],
          [],
        ]),
      )
      .map(([n, i, x, c]) => words('run', n, i, x, '--', c)),
    fc
      .tuple(
        pick(['status', 'history', 'undo', 'bogus', '']),
        fc.oneof(
          set.map((n) => `sts/${n}`),
          pick(['statefulset', 'pod/web-0', 'sts', 'foo/web']),
        ),
        flags,
      )
      .map(([sub, t, f]) => words('rollout', sub, t, f)),
    fc
      .tuple(
        opt(
          flag(
            'for',
            pick([
              'condition=Ready',
              'condition=ready',
              'condition=Ready=false',
              'condition=PodScheduled',
              'delete',
              'create',
              'jsonpath={.status.phase}=Running',
              'x',
              '',
            ]),
          ),
        ),
        fc.oneof(
          pod.map((p) => (p.includes('/') ? p : `pod/${p}`)),
          pick(['pods', 'pods --all', 'sts/web', 'pod/web-0 pod/web-1']),
        ),
        opt(flag('timeout', duration)),
        flags,
      )
      .map(([fo, t, to, f]) => words('wait', fo, t.split(' '), to, f)),
    fc.tuple(pick(['cordon', 'uncordon']), fc.array(node, { maxLength: 2 }), flags).map(([v, n, f]) => words(v, n, f)),
    fc
      .tuple(
        pick(['nodes', 'node', 'no', 'pods', '']),
        node,
        fc.array(taintSpec, { maxLength: 2 }),
        opt(boolFlag('overwrite')),
        flags,
      )
      .map(([t, n, s, o, f]) => words('taint', t, n, s, o, f)),
    pick([
      ['proxy'],
      ['logs', 'web-0'],
      ['edit', 'sts', 'web'],
      ['gett', 'pods'],
      ['delet', 'pod', 'web-0'],
      ['foo'],
      ['version'],
      [],
      ['-n', 'default', 'get', 'pods'],
      ['--namespace=default', 'get', 'sts'],
    ]),
  )
  .map((ws) => ['kubectl', ...ws]);

const simLine = fc
  .tuple(
    pick(['partition', 'heal', 'poweroff', 'poweron', 'readiness', 'status', 'bogus', '']),
    fc.oneof(
      node.map((n) => [n]),
      fc.tuple(pod, pick(['fail', 'pass', 'x'])).map(([p, x]) => [p, x]),
      pick([['-o', 'json'], ['-ojson'], ['-o', 'yaml'], []]),
      fc.array(name, { maxLength: 3 }),
    ),
  )
  .map(([v, a]) => ['sim', v, ...a]);

const otherLine = fc.oneof(
  fc.array(fc.oneof(number, duration), { maxLength: 3 }).map((a) => ['sleep', ...a]),
  fc
    .tuple(
      pick(['dig', 'nslookup']),
      fc.array(
        fc.oneof(
          name,
          pick([
            'SRV',
            'A',
            '+short',
            '+search',
            '-x',
            'web-0.nginx',
            'kubia.default.svc.cluster.local',
            'nginx.default.svc.cluster.local',
          ]),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([c, a]) => [c, ...a]),
  fc
    .array(
      pick([
        '-X',
        'POST',
        '-d',
        'hello',
        'localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/',
        'localhost:8001/api/v1/namespaces/default/services/kubia/proxy/',
        'localhost:8001/api/v1/namespaces/default/pods/nope/proxy/',
        'localhost:8001/api/v1/namespaces/default/services/nope/proxy/',
        'http://x',
      ]),
      { maxLength: 4 },
    )
    .map((a) => ['curl', ...a]),
  fc.array(junk, { minLength: 1, maxLength: 4 }),
);

/** Small damage to a good command: a word dropped, replaced by junk, or a stray flag added. */
const mutated = (a: fc.Arbitrary<string[]>) =>
  fc.tuple(a, fc.nat(), fc.nat(3), junk, anyFlag).map(([ws, i, how, j, f]) => {
    const at = 1 + (i % Math.max(1, ws.length - 1));
    const out = ws.slice();
    if (how === 0) out.splice(at, 1);
    else if (how === 1) out[at] = j;
    else out.splice(at, 0, ...f);
    return out;
  });

const wordsLine: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 10, arbitrary: kubectlLine },
  { weight: 4, arbitrary: mutated(kubectlLine) },
  { weight: 2, arbitrary: simLine },
  { weight: 3, arbitrary: otherLine },
);

/** Words → a shell line: quoted when needed, sometimes mangled (unbalanced quotes, stray escapes). */
function quoteWord(w: string, style: number): string {
  if (w !== '' && /^[\w@%+=:,./-]+$/.test(w)) return w;
  if (style === 0 && !w.includes("'")) return `'${w}'`;
  return `"${w.replace(/(["\\$`])/g, '\\$1')}"`;
}

export const line: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .tuple(wordsLine, fc.array(fc.nat(2), { minLength: 8, maxLength: 8 }), opt(duration), fc.nat(5))
      .map(([ws, styles, t, useT]) => {
        const text = ws.map((w, i) => quoteWord(w, styles[i % 8]!)).join(' ');
        return t === undefined || useT > 0 ? text : `timeout ${quoteWord(t, 0)} ${text}`;
      }),
  },
  { weight: 1, arbitrary: fc.tuple(wordsLine, pick(["'", '"', '\\'])).map(([ws, q]) => `${ws.join(' ')} ${q}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: pick(['', '   ', '#comment', 'timeout', 'timeout 5', 'timeout x kubectl get pods', 'sleep', 'kubectl']),
  },
);

/**
 * Commands a student would type, mostly valid, so random sequences reach deep states (scaled
 * sets, rolling updates, partitions, force deletes) rather than stopping at the first error.
 */
export const usefulLine: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      pick(['pods', 'sts', 'pvc', 'pv', 'svc', 'ep', 'nodes', 'events', 'all', 'rs']),
      pick(['', ' -o wide', ' -o yaml', ' -o json', ' -o name', ' -l app=nginx', ' --show-labels']),
    )
    .map(([t, o]) => `kubectl get ${t}${o}`),
  fc
    .tuple(pick(['sts web', 'rs cattle', 'sts kubia']), fc.nat(6))
    .map(([w, n]) => `kubectl scale ${w} --replicas=${n}`),
  fc
    .tuple(
      pick(['web', 'kubia', 'cattle']),
      fc.nat(4),
      pick(['', ' --wait=false', ' --force --grace-period=0', ' --now']),
    )
    .map(([s, n, f]) => `kubectl delete pod ${s}-${n}${f}`),
  pick([
    'kubectl apply -f web.yaml',
    'kubectl apply -f web-parallel.yaml',
    'kubectl delete pvc www-web-0',
    'kubectl delete sts web --cascade=orphan',
    'kubectl rollout status sts/web --timeout=30s',
    'kubectl rollout history sts/web',
    'kubectl rollout undo sts/web',
    'kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.9',
    'kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.8',
    `kubectl patch sts web -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}'`,
    `kubectl patch sts web -p '{"spec":{"updateStrategy":{"type":"OnDelete"}}}'`,
    'kubectl describe sts web',
    'kubectl describe pod web-0',
    'kubectl exec web-0 -- hostname',
    'kubectl exec web-1 -- cat /usr/share/nginx/html/index.html',
    'kubectl wait --for=condition=Ready pod/web-1 --timeout=60s',
    'nslookup web-0.nginx',
    'dig SRV nginx.default.svc.cluster.local +short',
    'sim status -o json',
    'sleep 5',
    'sleep 30',
    'sleep 120',
  ]),
  fc
    .tuple(pick(['partition', 'heal', 'poweroff', 'poweron']), fc.integer({ min: 1, max: 3 }))
    .map(([v, n]) => `sim ${v} node-${n}`),
  fc
    .tuple(
      pick(['cordon', 'uncordon', 'drain --ignore-daemonsets --delete-emptydir-data']),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([v, n]) => `kubectl ${v} node-${n}`),
  fc.tuple(fc.nat(3), pick(['fail', 'pass'])).map(([n, x]) => `sim readiness web-${n} ${x}`),
);

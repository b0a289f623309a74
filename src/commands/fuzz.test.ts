// Property-based fuzzing of the command layer: random command lines built from a grammar of real
// verbs, resources, names and flags (valid and invalid values, unknown flags, missing arguments,
// unbalanced quotes, huge numbers, unicode, empty strings) and pure garbage, run against a session
// with the tutorial's `web` running and one with the book's `kubia` on hand-made PVs. Every
// command must leave the session in a sane state (house rule: bad input gets a kubectl-style error
// on stderr and a non-zero exit, and the cluster is unchanged). A second property feeds random
// multi-document YAML to `kubectl apply -f` / `create -f`: invalid input applies nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { World } from '../sim/engine/world.ts';
import { stringify } from 'yaml';
import { Session, writesObjects, type CommandResult } from './session.ts';
import { kubectl } from './kubectl/index.ts';

// ---------------------------------------------------------------------------------------------
// Sessions to fuzz against, built once and restored from a snapshot for every case.

function build(opts: ConstructorParameters<typeof Session>[0], lines: string[]): World {
  const s = new Session(opts);
  for (const l of lines) {
    const r = s.run(l);
    if (r.exitCode !== 0) throw new Error(`setup failed: ${l}: ${r.stderr}`);
  }
  return s.sim.snapshot();
}

const BASES: Record<string, World> = {
  web: build({ seed: 7 }, ['kubectl apply -f web.yaml', 'sleep 60']),
  kubia: build({ seed: 11, mode: 'book', storage: 'manual' }, [
    'kubectl create -f persistent-volumes.yaml',
    'kubectl create -f kubia-service-headless.yaml',
    'kubectl create -f kubia-statefulset.yaml',
    'sleep 60',
  ]),
};

/** Files a fuzzed `-f` may name beside the built-in examples. */
const FILES: Record<string, string> = {
  'empty.yaml': '',
  'comment.yaml': '# nothing here\n',
  'broken.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [unclosed\n',
  'list.json': '{"kind":"List","apiVersion":"v1","items":[]}',
  'svc.yaml':
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: extra\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n',
};

function sessionFor(base: string, files: Record<string, string> = FILES): Session {
  return new Session(structuredClone(BASES[base]!), { readFile: (p) => files[p] });
}

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

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** Printable-ish junk: unicode, quotes, shell metacharacters, control characters. */
const junk = fc.oneof(
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

const line: fc.Arbitrary<string> = fc.oneof(
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

// ---------------------------------------------------------------------------------------------
// The checks every command must pass.

const worldText = (w: World) => JSON.stringify(w);
/** The world without the random generator's state (a DNS query id or a Service's pick may use it). */
const withoutRng = (w: World) => JSON.stringify({ ...w, rng: 0 });

/**
 * The rules every command line obeys:
 * - no exception escapes, and no "internal simulator error" (an exception the session caught);
 * - exit status 0, or non-zero with something on stderr (124, `timeout` stopping a command, is
 *   silent as in GNU coreutils);
 * - stdout and stderr end with a newline when they are not empty;
 * - a command that writes objects and fails (not 124) leaves the world byte-identical, unless it
 *   reports that it kept what it had done (a partly successful delete, a command run in a container);
 * - a command that writes nothing changes nothing but the clock: the world afterwards is the world
 *   before, advanced by the same virtual time (the random generator aside).
 */
function check(s: Session, cmd: string): CommandResult {
  const before = s.sim.snapshot();
  let r: CommandResult;
  try {
    r = s.run(cmd);
  } catch (e) {
    throw new Error(`run threw on ${JSON.stringify(cmd)}`, { cause: e });
  }
  const ctx = `${JSON.stringify(cmd)} → exit ${r.exitCode}\nstdout: ${JSON.stringify(r.stdout.slice(0, 600))}\nstderr: ${JSON.stringify(r.stderr.slice(0, 600))}`;
  expect(r.stderr, ctx).not.toContain('internal simulator error');
  expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode < 256, ctx).toBe(true);
  // With a TTY (`kubectl run -it …`) the container's stderr reaches the terminal through stdout; a
  // book-era kubectl then ends with the container's exit status and nothing on its own stderr.
  const tty =
    /^kubectl .*\brun\b/.test(cmd) &&
    /\s(-[a-z]*t[a-z]*|--tty(=(true|t|1|TRUE|True|T))?)(\s|$)/.test(cmd) &&
    r.stdout !== '';
  if (r.exitCode !== 0 && r.exitCode !== 124 && !tty) expect(r.stderr.length, ctx).toBeGreaterThan(0);
  // Raw output may end without a newline, as in a real terminal: curl prints the HTTP body as it
  // came (the API server's pretty-printed Status JSON has none), and -o jsonpath/go-template print
  // exactly what the template makes.
  const raw = /^(timeout \S+ )?curl\b/.test(cmd.trim()) || /jsonpath|template/.test(cmd);
  if (r.stdout && !raw) expect(r.stdout.endsWith('\n'), ctx).toBe(true);
  if (r.stderr) expect(r.stderr.endsWith('\n'), ctx).toBe(true);
  const after = s.sim.world;
  if (writesObjects(cmd)) {
    if (r.exitCode !== 0 && r.exitCode !== 124 && !s.lastRunKeptChanges)
      expect(worldText(after) === worldText(before), `${ctx}\n(a failed write changed the world)`).toBe(true);
  } else {
    let expected = before;
    if (after.now !== before.now) {
      const control = new Session(structuredClone(before));
      control.sim.cluster.advanceTo(after.now);
      expected = control.sim.world;
    }
    expect(withoutRng(after) === withoutRng(expected), `${ctx}\n(a read changed more than the clock)`).toBe(true);
  }
  return r;
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
/** FUZZ_SEED=n explores other cases than the fixed ones CI runs. */
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const seed = (fixed: number) => SEED ?? fixed;
const counted: Record<string, number> = {};
const count = (prop: string, n = 1) => (counted[prop] = (counted[prop] ?? 0) + n);

describe('fuzzing the command line', () => {
  it.each(Object.keys(BASES))(
    'random command sequences against the %s session keep every rule',
    (base) => {
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (cmds) => {
          const s = sessionFor(base);
          for (const c of cmds) check(s, c);
          count(`commands:${base}`, cmds.length);
          count(`sequences:${base}`);
        }),
        { numRuns: RUNS, seed: seed(base === 'web' ? 20260109 : 4249) },
      );
    },
    600_000,
  );
});

describe('fuzzing determinism', () => {
  it('the same command sequence from the same world prints the same bytes and ends in the same world', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), pick(Object.keys(BASES)), (cmds, base) => {
        const a = sessionFor(base);
        const b = sessionFor(base);
        for (const c of cmds) expect(b.run(c), c).toEqual(a.run(c));
        expect(worldText(b.sim.world) === worldText(a.sim.world)).toBe(true);
        count('determinism');
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: seed(31) },
    );
  }, 600_000);
});

// ---------------------------------------------------------------------------------------------
// Random multi-document YAML for `kubectl apply -f` / `kubectl create -f`.

type Doc = Record<string, unknown>;

const GOOD_NAMES = ['web', 'nginx', 'extra', 'db', 'web-0', 'www-web-0', 'pv-z'];
const DOC_NAMES = [...GOOD_NAMES, ...GOOD_NAMES, ...GOOD_NAMES, 'Bad_Name', '', 'a'.repeat(70), 'constructor'];

const template = (name: string, app: string) => ({
  metadata: { labels: { app } },
  spec: {
    terminationGracePeriodSeconds: 10,
    containers: [
      { name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.8', ports: [{ containerPort: 80, name: 'web' }] },
    ],
  },
});

const docBase = fc.oneof(
  fc.tuple(pick(DOC_NAMES), pick(['nginx', 'db'])).map(([name, app]): Doc => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels: { app } },
    spec: { clusterIP: 'None', selector: { app }, ports: [{ port: 80, name: 'web' }] },
  })),
  fc
    .tuple(pick(DOC_NAMES), pick(['nginx', 'db']), fc.nat(4), pick(['OrderedReady', 'Parallel']))
    .map(([name, app, replicas, policy]): Doc => ({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name },
      spec: {
        serviceName: 'nginx',
        replicas,
        podManagementPolicy: policy,
        selector: { matchLabels: { app } },
        template: template(name, app),
        volumeClaimTemplates: [
          {
            metadata: { name: 'www' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
          },
        ],
      },
    })),
  pick(DOC_NAMES).map((name): Doc => ({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name },
    spec: { capacity: { storage: '1Mi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/tmp/${name}` } },
  })),
  pick(DOC_NAMES).map((name): Doc => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Mi' } } },
  })),
  pick(DOC_NAMES).map((name): Doc => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: template(name, 'x').spec,
  })),
  pick(DOC_NAMES).map((name): Doc => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } })),
  pick(['node-1', 'node-4', ...DOC_NAMES]).map((name): Doc => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } })),
  pick(DOC_NAMES).map((name): Doc => ({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name },
    subsets: [{ addresses: [{ ip: '10.244.1.9' }], ports: [{ port: 80 }] }],
  })),
  pick(DOC_NAMES).map((name): Doc => ({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name },
    provisioner: 'rancher.io/local-path',
  })),
  fc.tuple(pick(DOC_NAMES), fc.nat(3)).map(([name, replicas]): Doc => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name },
    spec: { replicas, selector: { matchLabels: { app: 'rs' } }, template: template(name, 'rs') },
  })),
  pick(DOC_NAMES).map((name): Doc => ({
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: { name },
    revision: 1,
    data: { spec: {} },
  })),
);

/** Paths to damage, and what to put there. */
const DAMAGE_PATHS = [
  'kind',
  'apiVersion',
  'metadata',
  'metadata.name',
  'metadata.labels',
  'metadata.namespace',
  'spec',
  'spec.replicas',
  'spec.selector',
  'spec.selector.matchLabels.app',
  'spec.template.metadata.labels.app',
  'spec.template.spec.containers',
  'spec.template.spec.containers.0.image',
  'spec.template.spec.containers.0.name',
  'spec.volumeClaimTemplates.0.spec.resources.requests.storage',
  'spec.clusterIP',
  'spec.ports.0.port',
  'spec.capacity.storage',
  'spec.accessModes',
  'spec.podManagementPolicy',
  'spec.updateStrategy',
  'spec.bogusField',
  'status',
];
const DAMAGE_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  -1,
  0,
  3,
  1.5,
  2147483648,
  1e30,
  true,
  [],
  {},
  ['a'],
  { nested: { deep: 1 } },
  'UPPER_case',
  'v2',
  'apps/v1beta1',
  'Deployment',
  'Frobnicator',
  'kube-system',
  '日本',
];

function damage(doc: Doc, path: string, value: unknown): Doc {
  const out = structuredClone(doc);
  const keys = path.split('.');
  let cur: Record<string, unknown> = out;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    if (next === null || typeof next !== 'object') return out;
    cur = next as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete cur[last];
  else cur[last] = structuredClone(value);
  return out;
}

const doc: fc.Arbitrary<Doc> = fc.oneof(
  { weight: 5, arbitrary: docBase },
  {
    weight: 2,
    arbitrary: fc
      .tuple(docBase, fc.array(fc.tuple(pick(DAMAGE_PATHS), pick(DAMAGE_VALUES)), { minLength: 1, maxLength: 2 }))
      .map(([d, hits]) => hits.reduce((acc, [p, v]) => damage(acc, p, v), d)),
  },
);

/** Documents → one manifest text: YAML or JSON, joined by `---`, sometimes mangled. */
/** Documents a v1.35 cluster accepts, so that a good share of the manifests apply. */
const cleanDoc = docBase.filter((d) => {
  const name = (d.metadata as { name: string }).name;
  return GOOD_NAMES.includes(name) && !['ConfigMap', 'Node', 'ControllerRevision'].includes(d.kind as string);
});

const manifest = fc
  .tuple(
    fc.oneof(fc.array(doc, { minLength: 1, maxLength: 4 }), fc.array(cleanDoc, { minLength: 1, maxLength: 3 })),
    fc.array(pick(['yaml', 'json', 'yaml']), { minLength: 4, maxLength: 4 }),
    fc.option(
      fc.oneof(
        pick([
          '\t',
          '  - : [',
          '{',
          ']',
          '---\n---',
          '...',
          '%YAML 1.1',
          '&a *b',
          'key: "unterminated',
          '\u0000',
          '- - -',
        ]),
        fc.string({ maxLength: 12 }),
      ),
      { nil: undefined, freq: 5 },
    ),
    fc.nat(),
    pick(['---\n', '\n---\n', '---\n\n', '\n--- # doc\n']),
  )
  .map(([docs, styles, junkText, at, sep]) => {
    const texts = docs.map((d, i) => (styles[i] === 'json' ? JSON.stringify(d, null, 2) + '\n' : toYamlText(d)));
    let text = texts.join(sep);
    if (junkText !== undefined) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + junkText + text.slice(i);
    }
    return { text, docs: docs.length, mangled: junkText !== undefined };
  });

function toYamlText(d: Doc): string {
  return stringify(d, { lineWidth: 0 });
}

describe('fuzzing manifests for kubectl apply -f / create -f', () => {
  it.each(['apply', 'create'])(
    'random multi-document YAML: %s applies all of it or nothing',
    (verb) => {
      fc.assert(
        fc.property(manifest, pick(['web', 'kubia']), ({ text }, base) => {
          const s = sessionFor(base, { ...FILES, 'gen.yaml': text });
          const before = worldText(s.sim.world);
          const r = check(s, `kubectl ${verb} -f gen.yaml`);
          count(`manifests:${verb}`);
          if (r.exitCode !== 0) {
            count(`manifests:${verb}:rejected`);
            expect(worldText(s.sim.world)).toBe(before);
            expect(r.stdout, text).toBe('');
            return;
          }
          count(`manifests:${verb}:applied`);
          // Every line reports one object, and every object it reports is in the cluster.
          for (const l of r.stdout.trimEnd().split('\n')) {
            const m =
              /^(\S+?)(?:\.\S+)?\/(\S+) (created|configured|unchanged)$|^(\S+) "(\S+)" (created|configured|unchanged)$/.exec(
                l,
              );
            expect(m, `${l}\n---\n${text}`).not.toBeNull();
          }
        }),
        { numRuns: RUNS, seed: seed(verb === 'apply' ? 76 : 86) },
      );
    },
    600_000,
  );

  it('apply checks every document before it changes anything (without the session’s rollback)', () => {
    fc.assert(
      fc.property(manifest, ({ text }) => {
        const s = sessionFor('web', { ...FILES, 'gen.yaml': text });
        const before = worldText(s.sim.world);
        let err = '';
        const ctx = {
          sim: s.sim,
          readFile: (p: string) => (p === 'gen.yaml' ? text : undefined),
          out: () => undefined,
          err: (t: string) => (err += t),
        };
        const code = kubectl(ctx, ['apply', '-f', 'gen.yaml'], { proxy: false, keepChanges: () => undefined });
        count('manifests:direct');
        if (code !== 0) expect(worldText(s.sim.world), err).toBe(before);
      }),
      { numRuns: RUNS, seed: seed(9) },
    );
  }, 600_000);
});

describe('fuzz case counts', () => {
  it('ran the cases it says it ran', () => {
    // Printed for the report; vitest shows it with --reporter=verbose.
    console.info(`fuzz cases: ${JSON.stringify(counted)}`);
    expect(Object.keys(counted).length).toBeGreaterThan(0);
  });
});

export { line, manifest, sessionFor };

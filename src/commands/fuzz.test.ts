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
import { FILES, line, pick } from './fuzz-grammar.ts';
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts';

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

function sessionFor(base: string, files: Record<string, string> = FILES): Session {
  return new Session(structuredClone(BASES[base]!), { readFile: (p) => files[p] });
}

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

/** A case here runs a whole session (about 20 cheap cases' worth): FUZZ_RUNS=100000 gives 5000. */
const RUNS = fuzzRuns(400, 20);
const seed = fuzzSeed;
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

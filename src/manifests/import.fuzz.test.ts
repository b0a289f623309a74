// Property tests: no text makes import or the diff preview throw; import gives a world or an error,
// never both; whatever it imports the simulator can run; the preview never touches the world.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Session } from '../commands/session.ts';
import { WEB_YAML } from '../examples/tutorial.ts';
import { Simulator } from '../sim/simulator.ts';
import { diffApply } from './diff.ts';
import { importCluster, type ImportResult } from './import.ts';
import { yamlToJson } from './yaml-decode.ts';
import { fuzzCounter, fuzzRuns, fuzzSeed, fuzzTimeout } from '../testing/fuzz.ts';

const count = fuzzCounter('import.fuzz');

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const yamlish = fc
  .array(
    fc.constantFrom(
      'apiVersion: v1\n',
      'kind: List\n',
      'items:\n',
      '- kind: Pod\n',
      '  apiVersion: v1\n',
      '  metadata: {name: web-0, namespace: default, uid: u1}\n',
      '  spec: {nodeName: n1, containers: [{name: c, image: nginx}]}\n',
      '  status: {phase: Running, podIP: 10.244.1.3}\n',
      '- kind: Node\n',
      '  metadata: {name: n1}\n',
      '  status: {conditions: [{type: Ready, status: Unknown}]}\n',
      '- kind: StatefulSet\n',
      '  apiVersion: apps/v1\n',
      'creationTimestamp: "2026-01-01T00:00:00Z"\n',
      'creationTimestamp: "9999-99-99T99:99:99Z"\n',
      ':',
      '- ',
      '  ',
      '\n',
      '\t',
      '"',
      '[',
      '{',
      '}',
      ']',
      '---\n',
      '#',
      '&a ',
      '*a',
      'null',
      '0',
      '-1',
      '1e400',
      '\u0000',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function expectShape(r: ImportResult): void {
  if (r.ok) {
    expect(r.world.schema).toBe(1);
    expect(Array.isArray(r.skipped) && Array.isArray(r.dropped) && Array.isArray(r.notes)).toBe(true);
  } else {
    expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
    // A parse error, or (for states the engine cannot settle) "the lab could not rebuild this state".
    expect(r.error).toMatch(/^error: /);
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Sets, replaces or deletes the value at a random path of `root`. */
function mutate(root: Json, path: number[], value: Json | undefined): Json {
  let node: Json = root;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return root;
    const keys = Array.isArray(node) ? node.map((_, k) => k) : Object.keys(node);
    if (!keys.length) return root;
    const key = keys[path[i]! % keys.length]!;
    const last = i === path.length - 1;
    const container = node as Record<string | number, Json>;
    if (last) {
      if (value === undefined && !Array.isArray(node)) delete container[key];
      else container[key] = value ?? null;
      return root;
    }
    node = container[key]!;
  }
  return root;
}

const dumps = ['kind-web.yaml.txt', 'minikube-kubia.yaml.txt', 'kind-shop-namespace.json.txt'].map((f) => {
  const text = fixture(f);
  const parsed = f.endsWith('.json.txt') ? (JSON.parse(text) as Json) : (yamlToJson(text) as { value: Json }).value;
  return parsed;
});

const interesting: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    null,
    '',
    -1,
    2 ** 40,
    'Unknown',
    'False',
    'Bound',
    'Pending',
    'Failed',
    'Succeeded',
    'CrashLoopBackOff',
    'ErrImagePull',
    '0000-00-00T00:00:00Z',
    '2026-13-45T25:61:61Z',
    '10.244.1.999',
    'kind-worker9',
    'web-5',
    { running: {} },
    { waiting: { reason: 'ImagePullBackOff' } },
    { terminated: { exitCode: 1 } },
    [],
    {},
  ),
);

describe('import never crashes and never half-applies', () => {
  it('on arbitrary YAML-ish text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expectShape(importCluster(text));
        count('import:text');
      }),
      { numRuns: fuzzRuns(300, 2), seed: fuzzSeed(301) },
    );
  });

  it(
    'on real dumps with random fields changed, removed or retyped; what it imports runs',
    { timeout: fuzzTimeout(60_000) },
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: dumps.length - 1 }),
          fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), interesting), {
            minLength: 1,
            maxLength: 6,
          }),
          (which, edits) => {
            let doc: Json = structuredClone(dumps[which]) as Json;
            for (const [path, value] of edits) doc = mutate(doc, [1, ...path], value);
            const r = importCluster(JSON.stringify(doc));
            expectShape(r);
            count(r.ok ? 'import:dumps:imported' : 'import:dumps:rejected');
            if (!r.ok) return;
            const sim = new Simulator(r.world);
            sim.advance(400);
            // The result is still plain JSON (a checkpoint restores it).
            expect(() => structuredClone(sim.world)).not.toThrow();
          },
        ),
        { numRuns: fuzzRuns(120, 40), seed: fuzzSeed(302) },
      );
    },
  );
});

describe('the diff preview never throws and never changes the world', () => {
  const base = new Session({ seed: 1 });
  base.run('kubectl apply -f web.yaml');
  base.advance(60);
  const before = JSON.stringify(base.sim.world);

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const r = diffApply(base.sim.world, text);
        if (!r.ok) expect(typeof r.error).toBe('string');
        expect(JSON.stringify(base.sim.world)).toBe(before);
        count('diff:text');
      }),
      { numRuns: fuzzRuns(300, 2), seed: fuzzSeed(303) },
    );
  });

  it(
    'on the tutorial with random lines changed; when it says ok, apply succeeds, and says the same',
    { timeout: fuzzTimeout(60_000) },
    () => {
      const lines = WEB_YAML.split('\n');
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: lines.length - 1 }),
          fc.constantFrom(
            '',
            '  replicas: 3',
            '  replicas: -1',
            'x: [',
            '    app: other',
            '  ordinals: {start: 2}',
            '\t',
          ),
          (at, line) => {
            const text = lines.map((l, i) => (i === at ? line : l)).join('\n');
            const r = diffApply(base.sim.world, text, { source: 'edit.yaml' });
            expect(JSON.stringify(base.sim.world)).toBe(before);
            const s = new Session(structuredClone(base.sim.world), {
              readFile: (p) => (p === 'edit.yaml' ? text : undefined),
            });
            const applied = s.run('kubectl apply -f edit.yaml');
            count(r.ok ? 'diff:edits:ok' : 'diff:edits:rejected');
            if (r.ok) {
              expect(applied.exitCode, applied.stderr).toBe(0);
              const printed = applied.stdout.trim().split('\n');
              r.objects.forEach((o, i) => {
                // The lab's apply prints "unchanged" when only annotations change (see diff.ts).
                if (o.changes.every((c) => c.path.startsWith('metadata.annotations'))) return;
                expect(printed[i]).toBe(`${o.ref} ${o.action}`);
              });
            } else {
              expect(applied.exitCode).toBe(1);
              expect(applied.stderr).toBe(`${r.error}\n`);
            }
          },
        ),
        { numRuns: fuzzRuns(150, 20), seed: fuzzSeed(304) },
      );
    },
  );
});

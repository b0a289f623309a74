import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from './defaults.ts';
import { parseManifests } from './parse.ts';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch.ts';
import { validateObject } from './validate.ts';

const yamlish = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      'kind',
      'apiVersion',
      'v1',
      'Pod',
      ':',
      ': ',
      '-',
      '- ',
      ' ',
      '  ',
      '\n',
      '\t',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '#',
      '&x',
      '*x',
      '!',
      '!!str ',
      '|',
      '>',
      '---',
      '...',
      '\\',
      '%',
      '@',
      '?',
      '0',
      '1.5',
      'null',
      '\r\n',
      '\u0001',
      'é',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const json: fc.Arbitrary<unknown> = fc.jsonValue();

const statefulSet = fc.record({
  apiVersion: fc.constant('apps/v1'),
  kind: fc.constant('StatefulSet'),
  metadata: fc.record({
    name: fc.constantFrom('web', 'kubia'),
    labels: fc.dictionary(fc.constantFrom('a', 'b'), fc.string()),
  }),
  spec: fc.record({
    replicas: fc.integer({ min: 0, max: 5 }),
    selector: fc.constant({ matchLabels: { app: 'x' } }),
    template: fc.record({
      metadata: fc.constant({ labels: { app: 'x' } }),
      spec: fc.record({
        containers: fc.array(
          fc.record({
            name: fc.constantFrom('a', 'b', 'c'),
            image: fc.string(),
            ports: fc.array(fc.record({ containerPort: fc.integer({ min: 1, max: 65535 }) }), { maxLength: 2 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
      }),
    }),
  }),
});

describe('properties', () => {
  it('parseManifests never throws: always objects, or a kubectl error line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), yamlish), (text) => {
        const r = parseManifests(text, 'f.yaml');
        if (r.ok) expect(Array.isArray(r.objects)).toBe(true);
        else expect(r.error).toMatch(/^error: error (parsing f\.yaml|validating "f\.yaml"): ./);
      }),
      { numRuns: 1500 },
    );
  });

  it('validateObject never throws on parsed documents', () => {
    fc.assert(
      fc.property(json, (v) => {
        const r = validateObject(
          { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: v },
          { source: 'f.yaml' },
        );
        expect(r === null || typeof r === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('strategicMergePatch with an empty patch is the identity', () => {
    fc.assert(
      fc.property(fc.oneof(statefulSet as fc.Arbitrary<unknown>, fc.dictionary(fc.string(), json)), (obj) => {
        const r = strategicMergePatch(obj, {});
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.value).toEqual(obj);
      }),
      { numRuns: 300 },
    );
  });

  it('mergePatch with an empty patch is the identity', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), (obj) => {
        const r = mergePatch(obj, {});
        expect(r.ok && r.value).toEqual(obj);
      }),
    );
  });

  it('jsonPatch with operations that cannot apply fails and leaves the input untouched', () => {
    const badOp = fc.oneof(
      fc.record({
        op: fc.constantFrom('replace', 'remove', 'test', 'move', 'copy'),
        path: fc.string().map((s) => `/nonexistent/${s}`),
        from: fc.constant('/nope/x'),
        value: json,
      }),
      fc.record({
        op: fc.string().filter((s) => !['add', 'remove', 'replace', 'move', 'copy', 'test'].includes(s)),
        path: fc.constant('/spec'),
      }),
      fc.record({ op: fc.constant('remove'), path: fc.constant('/spec/template/spec/containers/99') }),
    );
    fc.assert(
      fc.property(
        statefulSet,
        fc.array(
          fc.record({ op: fc.constant('test'), path: fc.constant('/kind'), value: fc.constant('StatefulSet') }),
          { maxLength: 2 },
        ),
        badOp,
        (obj, prefix, bad) => {
          const before = cloneJson(obj);
          const r = jsonPatch(obj, [...prefix, bad]);
          expect(r.ok).toBe(false);
          expect(obj).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no patch function modifies its input, whatever the patch', () => {
    fc.assert(
      fc.property(statefulSet, json, (obj, patch) => {
        const before = cloneJson(obj);
        const patchBefore = cloneJson(patch);
        strategicMergePatch(obj, patch);
        mergePatch(obj, patch);
        jsonPatch(obj, patch);
        expect(obj).toEqual(before);
        expect(patch).toEqual(patchBefore);
      }),
      { numRuns: 300 },
    );
  });
});

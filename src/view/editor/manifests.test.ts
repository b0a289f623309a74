import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../commands/session.ts';
import { createLab } from '../../store/lab.ts';
import { Timeline } from '../../timeline/timeline.ts';
import {
  applyText,
  defaultRef,
  editableObjects,
  exportSandbox,
  fileFor,
  importDump,
  liveYaml,
  review,
} from './manifests.ts';

const WEB = { kind: 'StatefulSet', name: 'web' } as const;
const objectsOf = (lab: ReturnType<typeof createLab>) => JSON.stringify(lab.worldNow().objects);

/** A small deterministic generator (mulberry32) for the fuzz below. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the manifest panel', () => {
  it('shows an object exactly as kubectl get -o yaml prints it', () => {
    const lab = createLab('web');
    lab.advance(60);
    const s = new Session(structuredClone(lab.worldNow()));
    expect(liveYaml(lab.worldNow(), WEB)).toBe(s.run('kubectl get statefulset web -o yaml').stdout);
    expect(liveYaml(lab.worldNow(), { kind: 'Pod', name: 'web-0' })).toBe(
      s.run('kubectl get pod web-0 -o yaml').stdout,
    );
    expect(liveYaml(lab.worldNow(), { kind: 'Pod', name: 'nope' })).toBeUndefined();
  });

  it('shows the selected object, else the first StatefulSet', () => {
    const lab = createLab('cattle-vs-cows');
    lab.advance(60);
    const w = lab.worldNow();
    expect(defaultRef(w, null)).toEqual(WEB);
    expect(defaultRef(w, { kind: 'Pod', name: 'web-1' })).toEqual({ kind: 'Pod', name: 'web-1' });
    expect(defaultRef(w, { kind: 'Node', name: 'node-1' })).toEqual(WEB);
    expect(defaultRef(w, { kind: 'Pod', name: 'gone' })).toEqual(WEB);
    expect(editableObjects(w)[0]).toEqual(WEB);
    // An empty cluster still has the API server's own Service.
    expect(defaultRef(createLab('empty').worldNow(), null)).toEqual({ kind: 'Service', name: 'kubernetes' });
  });

  it('applies an edit through kubectl apply -f: the terminal shows it, and a replay reproduces it', () => {
    const lab = createLab('web');
    lab.advance(60);
    const text = liveYaml(lab.worldNow(), WEB)!
      .replace('\n  replicas: 2\n', '\n  replicas: 4\n')
      .replace('partition: 0', 'partition: 2');
    const preview = review(lab.worldNow(), text, fileFor(WEB));
    expect(preview.ok && preview.objects.map((o) => [o.ref, o.action, o.changes.map((c) => c.path)])).toEqual([
      ['statefulset.apps/web', 'configured', ['spec.replicas', 'spec.updateStrategy.rollingUpdate.partition']],
    ]);
    const entry = applyText(lab, text, fileFor(WEB))!;
    expect(entry).toMatchObject({
      line: 'kubectl apply -f web-statefulset.yaml',
      exitCode: 0,
      stdout: 'statefulset.apps/web configured\n',
    });
    expect(lab.entries().at(-1)).toBe(entry);
    lab.advance(120);
    const w = lab.worldNow();
    expect(Object.keys(w.objects.Pod).sort()).toEqual(['web-0', 'web-1', 'web-2', 'web-3']);
    expect(w.objects.StatefulSet.web?.spec.updateStrategy?.rollingUpdate?.partition).toBe(2);
    // The apply is an input with its file: a permalink's replay ends in the same world.
    const t = lab.timeline();
    expect(t.inputs().at(-1)).toEqual({ at: entry.at, line: entry.line, files: { 'web-statefulset.yaml': text } });
    const again = Timeline.replay(t.options, t.inputs(), t.cursor);
    expect(JSON.stringify(again.world())).toBe(JSON.stringify(w));
  });

  it('on an error nothing is applied, and the error points at its line', () => {
    const lab = createLab('web');
    lab.advance(60);
    const live = liveYaml(lab.worldNow(), WEB)!;
    const before = objectsOf(lab);
    const line = live.split('\n').indexOf('  replicas: 2') + 1;
    const broken = live.replace('\n  replicas: 2\n', '\n  replicas: [2\n');
    const r = review(lab.worldNow(), broken, 'web-statefulset.yaml');
    expect(r).toMatchObject({ ok: false, at: { line } });
    expect(!r.ok && r.error).toMatch(
      /^error: error parsing web-statefulset\.yaml: error converting YAML to JSON: yaml: line \d+:/,
    );
    // Applied anyway (as the terminal would), apply fails with the same message and changes nothing.
    const e = applyText(lab, broken, 'web-statefulset.yaml')!;
    expect(e.exitCode).toBe(1);
    expect(e.stderr).toBe(`${!r.ok && r.error}\n`);
    expect(objectsOf(lab)).toBe(before);

    const mismatch = live.replace('\n      app: nginx\n  serviceName', '\n      app: other\n  serviceName');
    const m = review(lab.worldNow(), mismatch, 'web-statefulset.yaml');
    expect(!m.ok && m.error).toContain('`selector` does not match template `labels`');
    expect(m).toMatchObject({ ok: false, at: { line: expect.any(Number) as number } });
    expect(objectsOf(lab)).toBe(before);
  });

  it('fuzzed edits of the live YAML: the preview never throws, and apply does all or nothing as it said', () => {
    const next = rng(7);
    const lab = createLab('web');
    lab.advance(60);
    const live = liveYaml(lab.worldNow(), WEB)!.split('\n');
    const junk = [':', '- ', '[', '{', '"', "'", '  ', '\t', 'replicas: -1', 'kind: Pod', '&a', '*a', '? x', '#'];
    let applied = 0;
    let refused = 0;
    for (let i = 0; i < 120; i++) {
      const lines = [...live];
      for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
        const at = Math.floor(next() * lines.length);
        const op = next();
        if (op < 0.3) lines.splice(at, 1);
        else if (op < 0.6) lines.splice(at, 0, junk[Math.floor(next() * junk.length)]!);
        else if (op < 0.8) lines[at] = (lines[at] ?? '').replace(/\d+/, String(Math.floor(next() * 7)));
        else lines[at] = (lines[at] ?? '').slice(0, Math.floor(next() * (lines[at]?.length ?? 0)));
      }
      const text = lines.join('\n');
      const before = objectsOf(lab);
      const r = review(lab.worldNow(), text, 'fuzz.yaml');
      const e = applyText(lab, text, 'fuzz.yaml')!;
      if (r.ok) {
        expect(e.exitCode, e.stderr).toBe(0);
        applied++;
      } else {
        expect(e.exitCode).not.toBe(0);
        expect(objectsOf(lab)).toBe(before);
        refused++;
      }
    }
    expect(applied).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  });

  it("imports a real cluster's dump as a timeline that goes on simulating and replays", () => {
    const text = readFileSync(new URL('../../manifests/fixtures/kind-web.yaml.txt', import.meta.url), 'utf8');
    const r = importDump(text, Date.UTC(2026, 0, 20));
    if (!r.ok) throw new Error(r.error);
    expect(r.pods).toBe(3);
    expect(r.skipped.some((s) => s.namespace === 'kube-system')).toBe(true);
    const lab = createLab('empty');
    lab.adopt(r.timeline);
    expect(Object.keys(lab.worldNow().objects.Pod).sort()).toEqual(['web-0', 'web-1', 'web-2']);
    expect(lab.runCommand('kubectl scale sts web --replicas=4')?.exitCode).toBe(0);
    lab.advance(120);
    expect(Object.keys(lab.worldNow().objects.Pod)).toContain('web-3');
    const t = lab.timeline();
    const again = Timeline.replay(t.options, t.inputs(), t.cursor, t.startWorld());
    expect(JSON.stringify(again.world())).toBe(JSON.stringify(lab.worldNow()));

    // Bad input: an error, no timeline.
    expect(importDump('items: [', 0)).toMatchObject({ ok: false });
  });

  it('exports a List that a fresh sandbox accepts with kubectl apply -f', () => {
    const lab = createLab('web');
    lab.advance(60);
    const yaml = exportSandbox(lab.worldNow()).yaml;
    expect(yaml).toMatch(/^apiVersion: v1\nitems:\n/);
    expect(yaml).toMatch(/\nkind: List\n/);
    const s = new Session({ seed: 3, readFile: (p) => (p === 'x.yaml' ? yaml : undefined) });
    expect(s.run('kubectl apply -f x.yaml')).toMatchObject({ exitCode: 0 });
    s.advance(120);
    expect(Object.keys(s.sim.world.objects.Pod).sort()).toEqual(['web-0', 'web-1']);
  });
});

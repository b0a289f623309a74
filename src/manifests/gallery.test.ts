import { describe, expect, it } from 'vitest';
import { Session } from '../commands/session.ts';
import { diffApply } from './diff.ts';
import { exampleFor } from '../examples/index.ts';
import { GALLERY, GALLERY_LOCALES, galleryEntry, galleryText, type GalleryEntry } from './gallery.ts';

function sandbox(e: GalleryEntry, mode = e.world.mode): Session {
  return new Session({ seed: 4, storage: e.world.storage, mode, readFile: (p) => (p === e.file ? e.yaml : undefined) });
}

describe('gallery', () => {
  it('has the examples the issue asks for, each with a unique id and file', () => {
    expect(GALLERY.map((e) => e.id)).toEqual([
      'web',
      'web-parallel',
      'kubia-manual',
      'kubia-peers',
      'kubia-peers-v1beta1',
      'web-canary',
      'web-delete-claims',
    ]);
    expect(new Set(GALLERY.map((e) => e.file)).size).toBe(GALLERY.length);
  });

  it('explains every example in one line, in every language', () => {
    for (const e of GALLERY)
      for (const l of GALLERY_LOCALES) {
        for (const text of [e.title[l], e.summary[l]]) {
          expect(text.trim().length, `${e.id} ${l}`).toBeGreaterThan(0);
          expect(text).not.toContain('\n');
        }
        if (l === 'zh-CN') expect(e.summary[l]).toMatch(/[\u4e00-\u9fff]/);
      }
    expect(galleryText(galleryEntry('web')!, 'zh-CN').title).toBe('web（教程）');
    expect(galleryText(galleryEntry('web')!, 'fr').title).toBe('web (tutorial)');
  });

  for (const e of GALLERY)
    it(`${e.id}: ${e.outcome.kind === 'applies' ? 'applies and settles as declared' : 'is refused as declared'}`, () => {
      const s = sandbox(e);
      const before = JSON.stringify(s.sim.world.objects);
      const preview = diffApply(s.sim.world, e.yaml, { source: e.file });
      const r = s.run(`kubectl apply -f ${e.file}`);
      if (e.outcome.kind === 'rejected') {
        expect(r.exitCode).toBe(1);
        expect(r.stderr).toBe(`${e.outcome.error}\n`);
        expect(preview).toMatchObject({ ok: false, error: e.outcome.error });
        expect(JSON.stringify(s.sim.world.objects)).toBe(before);
        return;
      }
      expect(r.exitCode, r.stderr).toBe(0);
      expect(preview.ok && preview.objects.every((o) => o.action === 'created')).toBe(true);
      s.advance(300);
      const w = s.sim.world;
      expect(Object.keys(w.objects.Pod).sort()).toEqual([...e.outcome.pods]);
      for (const p of Object.values(w.objects.Pod))
        expect(p.status.conditions?.find((c) => c.type === 'Ready')?.status, p.metadata.name).toBe('True');
      expect(Object.keys(w.objects.PersistentVolumeClaim).sort()).toEqual([...e.outcome.claims]);
      for (const c of Object.values(w.objects.PersistentVolumeClaim)) expect(c.status.phase).toBe('Bound');
    });

  it("the book's original peers manifest is accepted by a book-mode (Kubernetes 1.7) cluster", () => {
    const e = galleryEntry('kubia-peers-v1beta1')!;
    const s = sandbox(e, 'book');
    expect(s.run(`kubectl apply -f ${e.file}`)).toMatchObject({ exitCode: 0, stdout: 'statefulset "kubia" created\n' });
  });

  it('kubia-manual binds its claims to the hand-made volumes', () => {
    const e = galleryEntry('kubia-manual')!;
    const s = sandbox(e);
    s.run(`kubectl apply -f ${e.file}`);
    s.advance(300);
    const volumes = Object.values(s.sim.world.objects.PersistentVolumeClaim).map((c) => c.spec.volumeName);
    for (const v of volumes) expect(['pv-a', 'pv-b', 'pv-c']).toContain(v);
  });

  it('web-canary: a new image reaches only the pods at or above the partition', () => {
    const e = galleryEntry('web-canary')!;
    const s = sandbox(e);
    s.run(`kubectl apply -f ${e.file}`);
    s.advance(120);
    s.run('kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.8');
    s.advance(120);
    const image = (n: string) => s.sim.world.objects.Pod[n]!.spec.containers[0]!.image;
    expect(['web-0', 'web-1', 'web-2'].map(image)).toEqual([
      'registry.k8s.io/nginx-slim:0.7',
      'registry.k8s.io/nginx-slim:0.7',
      'registry.k8s.io/nginx-slim:0.8',
    ]);
  });

  it('web-delete-claims: scaling down deletes the claim of the removed pod', () => {
    const e = galleryEntry('web-delete-claims')!;
    const s = sandbox(e);
    s.run(`kubectl apply -f ${e.file}`);
    s.advance(120);
    s.run('kubectl scale sts web --replicas=1');
    s.advance(120);
    expect(Object.keys(s.sim.world.objects.PersistentVolumeClaim)).toEqual(['www-web-0']);
  });

  it('every entry is a built-in file: kubectl apply -f <file> finds it in any sandbox', () => {
    for (const e of GALLERY) expect(exampleFor(e.file), e.id).toBe(e.yaml);
    const e = galleryEntry('web-canary')!;
    const s = new Session({ seed: 4, storage: e.world.storage });
    expect(s.run(`kubectl apply -f ${e.file}`)).toMatchObject({ exitCode: 0 });
    expect(s.sim.world.objects.StatefulSet.web?.spec.updateStrategy?.rollingUpdate?.partition).toBe(2);
  });
});

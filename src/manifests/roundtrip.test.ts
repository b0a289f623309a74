// Round trips between the lab and a cluster: export → import, export → apply in a fresh sandbox,
// and the lab's own `kubectl get … -o yaml` → import.
import { describe, expect, it } from 'vitest';
import { Session, type SessionOptions } from '../commands/session.ts';
import type { World } from '../sim/engine/world.ts';
import { Simulator } from '../sim/simulator.ts';
import { exportWorld } from './export.ts';
import { galleryEntry } from './gallery.ts';
import { importCluster } from './import.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  containers:
  - name: shell
    image: busybox:1.28
    command: ["sleep", "3600"]
`;

interface Scenario {
  name: string;
  opts: SessionOptions;
  files: Record<string, string>;
  script: (string | number)[];
  /** Partway through a rollout: a manifest carries only the current template (export says so). */
  midRollout?: boolean;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'dynamic storage: web scaled up and down (a retained claim), cattle, a bare pod, a public Service',
    opts: { seed: 11 },
    files: { 'pod.yaml': POD },
    script: [
      'kubectl apply -f web.yaml',
      60,
      'kubectl scale sts web --replicas=4',
      90,
      'kubectl scale sts web --replicas=3',
      60,
      'kubectl apply -f cattle.yaml',
      'kubectl apply -f kubia-service-public.yaml',
      'kubectl apply -f pod.yaml',
      60,
    ],
  },
  {
    name: "manual storage: the book's kubia on hand-made volumes",
    opts: { seed: 12, storage: 'manual' },
    files: { 'kubia.yaml': galleryEntry('kubia-manual')!.yaml },
    script: ['kubectl apply -f kubia.yaml', 120],
  },
  {
    name: 'a canary halfway: partition 2 and a new image',
    opts: { seed: 13 },
    files: { 'canary.yaml': galleryEntry('web-canary')!.yaml },
    script: ['kubectl apply -f canary.yaml', 90, 'kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.8', 90],
    midRollout: true,
  },
  {
    name: 'claims that go with the set',
    opts: { seed: 14 },
    files: { 'delete.yaml': galleryEntry('web-delete-claims')!.yaml },
    script: ['kubectl apply -f delete.yaml', 90, 'kubectl scale sts web --replicas=2', 60],
  },
];

function run(sc: Scenario): Session {
  const s = new Session({ ...sc.opts, readFile: (p) => sc.files[p] });
  for (const step of sc.script) {
    if (typeof step === 'number') s.advance(step);
    else {
      const r = s.run(step);
      if (r.exitCode !== 0) throw new Error(`${step}: ${r.stderr}`);
    }
  }
  return s;
}

interface PictureOptions {
  /** Compare which hand-made volume each claim got. */
  volumes?: boolean;
  /** Compare pod images and revisions. */
  revisions?: boolean;
}

/** What a student sees of a cluster: pods (by ordinal, or counted for random names), claims, bindings. */
function picture(w: World, opts: PictureOptions = {}) {
  const { volumes = true, revisions = true } = opts;
  const pods = Object.values(w.objects.Pod)
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => {
      const owner = p.metadata.ownerReferences?.find((r) => r.controller);
      const name = owner?.kind === 'ReplicaSet' ? `${owner.name}-*` : p.metadata.name;
      const ready = p.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
      const rev = revisions
        ? `${p.spec.containers[0]!.image} ${p.metadata.labels?.['controller-revision-hash'] ?? '-'}`
        : '';
      return `${name} ${rev} ${ready ? 'Ready' : 'NotReady'}`;
    })
    .sort();
  const claims = Object.values(w.objects.PersistentVolumeClaim)
    .map((c) => {
      const pv = c.spec.volumeName ? w.objects.PersistentVolume[c.spec.volumeName] : undefined;
      const handMade = pv && !pv.metadata.annotations?.['pv.kubernetes.io/provisioned-by'];
      return `${c.metadata.name} ${c.status.phase} ${c.status.capacity?.storage ?? '-'} ${handMade && volumes ? pv.metadata.name : ''}`;
    })
    .sort();
  const sets = Object.values(w.objects.StatefulSet).map(
    (s) =>
      `${s.metadata.name} ${s.spec.replicas} ${s.status.readyReplicas ?? 0} ${revisions ? s.status.updateRevision : ''}`,
  );
  return { pods, claims, sets };
}

describe('export → apply in a fresh sandbox: the same pods and claims once it settles', () => {
  for (const sc of SCENARIOS)
    it(sc.name, () => {
      const a = run(sc);
      const { yaml } = exportWorld(a.sim.world);
      const b = new Session({ ...sc.opts, seed: 99, readFile: (p) => (p === 'export.yaml' ? yaml : undefined) });
      const applied = b.run('kubectl apply -f export.yaml');
      expect(applied.exitCode, applied.stderr).toBe(0);
      b.advance(600);
      a.advance(600);
      // Which hand-made volume a claim gets is the binder's choice (see the known gap below).
      const opts = { volumes: false, revisions: !sc.midRollout };
      expect(picture(b.sim.world, opts)).toEqual(picture(a.sim.world, opts));
      if (sc.midRollout)
        expect(exportWorld(a.sim.world).notes).toContain(
          'StatefulSet web is partway through a rollout (web-0, web-1 still run an older template); a cluster creating it from this file starts every pod from the current template.',
        );
    });

  // Known gap in the engine's PV binder (src/sim/controllers/volumes.ts): upstream FindMatchingVolume
  // returns a volume pre-bound to the claim (claimRef naming it) before any other candidate; the lab
  // picks among all fitting volumes at random, so an exported pre-bind is not always honoured. When
  // the binder is fixed this test passes and `.fails` must be removed.
  it('a claim binds the hand-made volume pre-bound to it', () => {
    const sc = SCENARIOS[1]!;
    const a = run(sc);
    const { yaml } = exportWorld(a.sim.world);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const b = new Session({ ...sc.opts, seed, readFile: (p) => (p === 'export.yaml' ? yaml : undefined) });
      b.run('kubectl apply -f export.yaml');
      b.advance(300);
      expect(picture(b.sim.world).claims).toEqual(picture(a.sim.world).claims);
    }
  });
});

describe('export → import into a fresh sandbox: the same user objects', () => {
  for (const sc of SCENARIOS)
    it(sc.name, () => {
      const a = run(sc);
      const first = exportWorld(a.sim.world).yaml;
      const r = importCluster(first, { source: 'export.yaml', seed: 3 });
      if (!r.ok) throw new Error(r.error);
      expect(r.skipped).toEqual([]);
      // Which hand-made volume a claim ends up on is the binder's pick (the known gap above).
      const unbound = (yaml: string) =>
        sc.opts.storage === 'manual' ? yaml.replace(/\n {4}claimRef:\n( {6}.*\n)+/g, '\n') : yaml;
      expect(unbound(exportWorld(r.world).yaml)).toBe(unbound(first));
      // And the imported objects settle into the same picture.
      const sim = new Simulator(r.world);
      sim.advance(600);
      a.advance(600);
      const opts = { volumes: false, revisions: !sc.midRollout };
      expect(picture(sim.world, opts)).toEqual(picture(a.sim.world, opts));
    });
});

describe("the lab's own kubectl get -o yaml, imported: the same state, and it goes on", () => {
  for (const sc of SCENARIOS)
    it(sc.name, () => {
      const a = run(sc);
      const dump = a.run('kubectl get nodes,statefulsets,pods,pvc,pv,services,replicasets -o yaml');
      expect(dump.exitCode).toBe(0);
      const r = importCluster(dump.stdout, { seed: 21, storage: sc.opts.storage ?? 'auto' });
      if (!r.ok) throw new Error(r.error);
      expect(r.skipped).toEqual([]);
      const w = r.world;
      // Same identities in the same places.
      for (const pod of Object.values(a.sim.world.objects.Pod)) {
        const twin = w.objects.Pod[pod.metadata.name]!;
        expect(twin.metadata.uid).toBe(pod.metadata.uid);
        expect(twin.spec.nodeName).toBe(pod.spec.nodeName);
        expect(twin.status.podIP).toBe(pod.status.podIP);
        const rt = Object.values(a.sim.world.nodes).find((n) => n.runtime[pod.metadata.uid!])?.runtime[
          pod.metadata.uid!
        ];
        const twinRt = w.nodes[pod.spec.nodeName!]?.runtime[pod.metadata.uid!];
        expect(twinRt?.state).toBe(rt?.state);
      }
      for (const pvc of Object.values(a.sim.world.objects.PersistentVolumeClaim))
        expect(w.objects.PersistentVolumeClaim[pvc.metadata.name]!.spec.volumeName).toBe(pvc.spec.volumeName);
      expect(picture(w)).toEqual(picture(a.sim.world));
      expect(exportWorld(w).yaml).toBe(exportWorld(a.sim.world).yaml);
      // Both go on the same way: a scale-up and a deleted pod.
      const b = new Session(w);
      for (const s of [a, b]) {
        expect(s.run('kubectl scale sts web --replicas=4').exitCode + s.run('kubectl delete pod web-0').exitCode).toBe(
          s.sim.world.objects.StatefulSet.web ? 0 : 2,
        );
        s.advance(600);
      }
      expect(picture(b.sim.world)).toEqual(picture(a.sim.world));
    });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../commands/session.ts';
import { parseManifests } from './parse.ts';
import { validateObject } from './validate.ts';
import { importCluster, type ImportResult } from './import.ts';
import type { World } from '../sim/engine/world.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function ok(r: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(r.error);
  return r;
}

function physical(w: World, node: string): { physical: string; health: string } {
  return JSON.parse(w.nodes[node]!.state) as { physical: string; health: string };
}

describe('import: a kind cluster (kubectl get nodes,statefulsets,pods,pvc,pv,services -A -o yaml)', () => {
  const r = ok(importCluster(fixture('kind-web.yaml.txt'), { source: 'kind.yaml' }));
  const w = r.world;

  it('keeps the nodes with their names, addresses, taints and readiness', () => {
    expect(Object.keys(w.objects.Node).sort()).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2']);
    expect(w.objects.Node['kind-control-plane']!.spec.taints).toEqual([
      { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
    ]);
    expect(w.objects.Node['kind-worker']!.status.addresses[0]).toEqual({ address: '172.18.0.2', type: 'InternalIP' });
    expect(w.objects.Node['kind-worker']!.metadata.uid).toBe('5e2d9b71-8c4a-4f03-b6d2-0a7c3e9f1b58');
    for (const n of Object.keys(w.nodes)) expect(physical(w, n)).toEqual({ physical: 'Connected', health: 'Ready' });
    // Pod IPs stay in each node's pod CIDR.
    expect(w.nodes['kind-worker']!.index).toBe(1);
    expect(w.nodes['kind-worker2']!.index).toBe(2);
  });

  it('keeps the pods where they run, with their IPs, uids, revision labels and statuses', () => {
    const pods = Object.values(w.objects.Pod).map((p) => [
      p.metadata.name,
      p.spec.nodeName,
      p.status.podIP,
      p.metadata.labels?.['controller-revision-hash'],
      p.status.phase,
    ]);
    expect(pods.sort()).toEqual([
      ['web-0', 'kind-worker', '10.244.1.3', 'web-5b64f5b5d9', 'Running'],
      ['web-1', 'kind-worker2', '10.244.2.4', 'web-5b64f5b5d9', 'Running'],
      ['web-2', 'kind-worker', '10.244.1.5', 'web-5b64f5b5d9', 'Running'],
    ]);
    const web0 = w.objects.Pod['web-0']!;
    expect(web0.metadata.uid).toBe('2a6f0d93-5c1e-4b8a-9f72-d3e60b1c8a45');
    expect(web0.status.hostIP).toBe('172.18.0.2');
    expect(web0.status.containerStatuses?.[0]).toMatchObject({ ready: true, restartCount: 0, name: 'nginx' });
    expect(web0.status.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
  });

  it("rebuilds the kubelet's truth: each pod runs Ready on its node", () => {
    const rt = w.nodes['kind-worker']!.runtime['2a6f0d93-5c1e-4b8a-9f72-d3e60b1c8a45']!;
    expect(rt).toMatchObject({ name: 'web-0', state: 'Ready', ready: true, ip: '10.244.1.3', restartCount: 0 });
    expect(Object.values(w.nodes['kind-worker2']!.runtime).map((x) => x.name)).toEqual(['web-1']);
    expect(w.nodes['kind-worker']!.images).toEqual(['registry.k8s.io/nginx-slim:0.21']);
    expect(w.nodes['kind-worker']!.nextIp).toBe(6);
  });

  it('keeps the StatefulSet, its status and its revision', () => {
    const set = w.objects.StatefulSet.web!;
    expect(set.spec.replicas).toBe(3);
    expect(set.spec.minReadySeconds).toBe(10);
    expect(set.status).toMatchObject({
      replicas: 3,
      readyReplicas: 3,
      currentRevision: 'web-5b64f5b5d9',
      updateRevision: 'web-5b64f5b5d9',
    });
    expect(Object.keys(w.objects.ControllerRevision)).toEqual(['web-5b64f5b5d9']);
  });

  it('keeps claims and volumes with their bindings, and infers the StorageClass', () => {
    const pvc = w.objects.PersistentVolumeClaim['www-web-1']!;
    expect(pvc.status.phase).toBe('Bound');
    expect(pvc.spec.volumeName).toBe('pvc-b4d1f7a2-9e3c-4b60-8d27-5f0a6e3c9b14');
    const pv = w.objects.PersistentVolume['pvc-b4d1f7a2-9e3c-4b60-8d27-5f0a6e3c9b14']!;
    expect(pv.status.phase).toBe('Bound');
    expect(pv.spec.claimRef).toMatchObject({ name: 'www-web-1', uid: pvc.metadata.uid, namespace: 'default' });
    expect(w.objects.StorageClass.standard).toMatchObject({
      provisioner: 'rancher.io/local-path',
      volumeBindingMode: 'WaitForFirstConsumer',
      metadata: { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
    });
    expect(w.config.storage).toBe('dynamic');
  });

  it('the kubelets go on heartbeating 5 minutes after their last post', () => {
    const beats = w.queue.filter((t) => t.kind === 'node.heartbeat').map((t) => [t.target, t.at]);
    // Dump at 09:39:57; kind-worker last posted at 09:39:40, kind-worker2 at 09:39:42.
    expect(beats.sort()).toEqual([
      ['kind-control-plane', 300_000],
      ['kind-worker', 283_000],
      ['kind-worker2', 285_000],
    ]);
  });

  it('replaces the lab\u2019s kubernetes Service with the dumped one', () => {
    expect(w.objects.Service.kubernetes!.metadata.uid).toBe('6e1a9c3d-5b7f-4d20-8e4a-f2c6b0d8a315');
    expect(w.objects.Service.nginx!.spec.clusterIP).toBe('None');
  });

  it('lists every object it leaves out, with the reason', () => {
    expect(r.skipped.map((s) => `${s.namespace}/${s.kind}/${s.name}`).sort()).toEqual([
      'kube-system/Pod/coredns-7d764666f9-5m8qz',
      'kube-system/Pod/etcd-kind-control-plane',
      'kube-system/Pod/kindnet-9sx2f',
      'kube-system/Service/kube-dns',
      'local-path-storage/Pod/local-path-provisioner-7b8c8ddbd6-wq4lc',
    ]);
    expect(r.skipped[0]!.reason).toBe('in namespace kube-system; the lab models one namespace (default)');
  });

  it('lists the fields it does not keep, and says what it assumed', () => {
    const node = r.dropped.find((d) => d.name === 'kind-worker')!;
    expect(node.fields).toContain('status.images');
    expect(node.fields).toContain('status.daemonEndpoints');
    const pod = r.dropped.find((d) => d.name === 'web-0')!;
    expect(pod.fields).toEqual(expect.arrayContaining(['status.qosClass', 'status.hostIPs']));
    expect(r.notes).toContain('managedFields are not kept: the lab does not track field managers.');
    expect(r.notes.join('\n')).toMatch(/StorageClass standard was not in the dump/);
    expect(r.notes.join('\n')).toMatch(/WaitForFirstConsumer is not modelled/);
  });

  it('takes the moment of the dump as now, so ages read as they did', () => {
    const s = new Session(structuredClone(w));
    expect(s.run('kubectl get pods').stdout).toBe(
      [
        'NAME    READY   STATUS    RESTARTS   AGE',
        'web-0   1/1     Running   0          8m52s',
        'web-1   1/1     Running   0          8m28s',
        'web-2   1/1     Running   0          6m17s',
        '',
      ].join('\n'),
    );
    expect(s.run('kubectl get nodes').stdout).toBe(
      [
        'NAME                 STATUS   ROLES           AGE   VERSION',
        'kind-control-plane   Ready    control-plane   25m   v1.35.0',
        'kind-worker          Ready    <none>          25m   v1.35.0',
        'kind-worker2         Ready    <none>          25m   v1.35.0',
        '',
      ].join('\n'),
    );
  });

  it('stays as it is while nothing happens', () => {
    const s = new Session(structuredClone(w));
    const before = s.run('kubectl get pods,pvc,pv,sts -o wide').stdout;
    s.advance(300);
    const after = s.run('kubectl get pods,pvc,pv,sts -o wide').stdout;
    // Only the ages move.
    const strip = (t: string) =>
      t
        .split(/\s+/)
        .map((x) => (/^\d+[smhd](\d+[smh])?$/.test(x) ? 'AGE' : x))
        .join(' ');
    expect(strip(after)).toBe(strip(before));
    expect(s.sim.world.objects.Pod['web-0']!.metadata.uid).toBe('2a6f0d93-5c1e-4b8a-9f72-d3e60b1c8a45');
  });

  it('goes on simulating: scaling up creates the next ordinal with its claim', () => {
    const s = new Session(structuredClone(w));
    expect(s.run('kubectl scale sts web --replicas=4').stdout).toBe('statefulset.apps/web scaled\n');
    s.advance(60);
    const web3 = s.sim.world.objects.Pod['web-3']!;
    expect(web3.status.phase).toBe('Running');
    expect(web3.metadata.labels?.['controller-revision-hash']).toBe('web-5b64f5b5d9');
    expect(s.sim.world.objects.PersistentVolumeClaim['www-web-3']!.status.phase).toBe('Bound');
    // The other pods were left alone.
    expect(s.sim.world.objects.Pod['web-0']!.metadata.uid).toBe('2a6f0d93-5c1e-4b8a-9f72-d3e60b1c8a45');
  });

  it('goes on simulating: a deleted pod comes back as itself, with its claim', () => {
    const s = new Session(structuredClone(w));
    s.run('kubectl delete pod web-1');
    s.advance(60);
    const web1 = s.sim.world.objects.Pod['web-1']!;
    expect(web1.metadata.uid).not.toBe('7d1c4e8b-2f6a-4c93-8e05-b9a3d7f2c6e1');
    expect(web1.status.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(web1.spec.volumes?.find((v) => v.name === 'www')?.persistentVolumeClaim?.claimName).toBe('www-web-1');
  });

  it('rolls out a new image from the imported revision', () => {
    const s = new Session(structuredClone(w));
    expect(s.run('kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.24').exitCode).toBe(0);
    s.advance(300);
    const images = Object.values(s.sim.world.objects.Pod).map((p) => p.spec.containers[0]!.image);
    expect(images).toEqual(Array(3).fill('registry.k8s.io/nginx-slim:0.24'));
  });
});

describe('import: a minikube cluster halfway through a partitioned rollout', () => {
  const r = ok(importCluster(fixture('minikube-kubia.yaml.txt')));
  const w = r.world;

  it('keeps both revisions, rebuilding the one the dump does not hold from its pods', () => {
    const revs = Object.values(w.objects.ControllerRevision)
      .map((x) => [x.metadata.name, x.revision])
      .sort();
    expect(revs).toEqual([
      ['kubia-5c9f7dd56b', 2],
      ['kubia-6bd4c4bcf9', 1],
    ]);
    const old = w.objects.ControllerRevision['kubia-6bd4c4bcf9']!.data as {
      spec: { template: { spec: { containers: { image: string }[] } } };
    };
    expect(old.spec.template.spec.containers[0]!.image).toBe('luksa/kubia-pet');
    expect(r.notes).toContain(
      'StatefulSet kubia: revision kubia-6bd4c4bcf9 was not in the dump; it is rebuilt from the images of kubia-0.',
    );
    expect(w.objects.StatefulSet.kubia!.status).toMatchObject({
      currentRevision: 'kubia-6bd4c4bcf9',
      updateRevision: 'kubia-5c9f7dd56b',
      currentReplicas: 2,
      updatedReplicas: 1,
    });
  });

  it('shows restarts as kubectl did', () => {
    const s = new Session(structuredClone(w));
    expect(s.run('kubectl get pods').stdout).toBe(
      [
        'NAME      READY   STATUS    RESTARTS      AGE',
        'kubia-0   1/1     Running   0             40m',
        'kubia-1   1/1     Running   1 (22m ago)   39m',
        'kubia-2   1/1     Running   0             15m',
        '',
      ].join('\n'),
    );
  });

  it('skips a pod whose owner is not in the dump, and kube-system', () => {
    expect(r.skipped).toContainEqual({
      kind: 'Pod',
      name: 'hello-minikube-59d4768566-7zq8m',
      namespace: 'default',
      reason: 'its owner ReplicaSet hello-minikube-59d4768566 is not in the dump (add it to the kubectl get)',
    });
    expect(r.skipped.filter((s) => s.namespace === 'kube-system').map((s) => s.name)).toEqual([
      'storage-provisioner',
      'kube-apiserver-minikube',
    ]);
  });

  it('infers the minikube-hostpath class', () => {
    expect(w.objects.StorageClass.standard?.provisioner).toBe('k8s.io/minikube-hostpath');
    expect(w.objects.StorageClass.standard?.volumeBindingMode).toBe('Immediate');
  });

  it('holds the partition: nothing is updated until it is lowered, then the rest follow in order', () => {
    const s = new Session(structuredClone(w));
    s.advance(120);
    const rev = (n: string) => s.sim.world.objects.Pod[n]?.metadata.labels?.['controller-revision-hash'];
    expect([rev('kubia-0'), rev('kubia-1'), rev('kubia-2')]).toEqual([
      'kubia-6bd4c4bcf9',
      'kubia-6bd4c4bcf9',
      'kubia-5c9f7dd56b',
    ]);
    expect(
      s.run(`kubectl patch sts kubia -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'`).stdout,
    ).toBe('statefulset.apps/kubia patched\n');
    const order: string[] = [];
    s.sim.cluster.watch((ch) => {
      if (ch.kind === 'Pod' && ch.type === 'ADDED') order.push(ch.object.metadata.name);
    });
    s.advance(300);
    expect(order).toEqual(['kubia-1', 'kubia-0']);
    expect([rev('kubia-0'), rev('kubia-1'), rev('kubia-2')]).toEqual(Array(3).fill('kubia-5c9f7dd56b'));
    expect(s.sim.world.objects.StatefulSet.kubia!.status.currentRevision).toBe('kubia-5c9f7dd56b');
  });
});

describe('import: kubectl get -o json of one namespace, with a lost node', () => {
  const r = ok(importCluster(fixture('kind-shop-namespace.json.txt'), { source: 'shop.json' }));
  const w = r.world;

  it('brings in the one namespace holding StatefulSets as default', () => {
    expect(Object.keys(w.objects.StatefulSet)).toEqual(['db']);
    expect(w.objects.Pod['db-0']!.metadata.namespace).toBe('default');
    expect(r.notes).toContain("Namespace shop is shown as default, the lab's only namespace (DNS names use default).");
  });

  it('lists the kinds it does not model', () => {
    const skipped = r.skipped.map((s) => `${s.kind}/${s.name}: ${s.reason}`);
    expect(skipped).toEqual([
      'Deployment/web-frontend: not modelled (its ReplicaSets and their pods can be imported)',
      'Job/migrate-db: not modelled',
      'ConfigMap/db-config: not modelled',
      'ConfigMap/kube-root-ca.crt: not modelled',
      'EndpointSlice/db-h7x2k: not modelled: the lab keeps v1 Endpoints, computed from the pods',
      'Pod/migrate-db-x7k2p: owned by Job migrate-db, which the lab does not model',
      'PersistentVolume/pvc-7a9c1e3b-5d7f-4a1c-83b5-d7f9a1c3e5b7: its claim monitoring/prometheus-data is in a namespace the lab does not model',
    ]);
  });

  it("imports a Deployment's ReplicaSet on its own, with its pods", () => {
    expect(w.objects.ReplicaSet['web-frontend-7c9d8f6b5d']!.metadata.ownerReferences).toBeUndefined();
    expect(r.notes).toContain(
      'ReplicaSet web-frontend-7c9d8f6b5d was managed by Deployment web-frontend, which the lab does not model; it is imported on its own.',
    );
    expect(Object.keys(w.objects.Pod).sort()).toEqual([
      'db-0',
      'db-1',
      'web-frontend-7c9d8f6b5d-2xk4p',
      'web-frontend-7c9d8f6b5d-q9m7w',
    ]);
  });

  it('keeps the dumped ControllerRevision', () => {
    expect(w.objects.ControllerRevision['db-6c5d9f8b47']).toMatchObject({
      revision: 1,
      metadata: { uid: '5f7a9c1e-3b5d-4f7a-99c1-e3b5d7f9a1c4' },
    });
  });

  it('takes a node with Ready Unknown as cut off, its containers still running', () => {
    expect(physical(w, 'kind-worker2')).toEqual({ physical: 'Partitioned', health: 'Unknown' });
    expect(Object.values(w.nodes['kind-worker2']!.runtime).map((x) => [x.name, x.state])).toEqual([
      ['db-1', 'Ready'],
      ['web-frontend-7c9d8f6b5d-q9m7w', 'Ready'],
    ]);
    // Evictions are due 300 s after the NoExecute taint (14:19:45), 144 s after the dump (its latest
    // timestamp, kind-worker's heartbeat at 14:22:21).
    const evictions = w.queue.filter((t) => t.kind === 'taint.evict').map((t) => t.at);
    expect(evictions).toEqual([144_000, 144_000]);
  });

  it('plays the lost-node story on: eviction, Terminating for good, a heal, the same identity back', () => {
    const s = new Session(structuredClone(w));
    s.advance(143);
    expect(s.sim.world.objects.Pod['db-1']!.metadata.deletionTimestamp).toBeUndefined();
    s.advance(2);
    expect(s.sim.world.objects.Pod['db-1']!.metadata.deletionTimestamp).toBeDefined();
    s.advance(120);
    // The ReplicaSet replaces its pod elsewhere; the StatefulSet waits for db-1 to be gone.
    expect(Object.keys(s.sim.world.objects.Pod).filter((n) => n.startsWith('web-frontend')).length).toBe(3);
    expect(s.run('kubectl get pod db-1').stdout).toMatch(/db-1 +1\/1 +Terminating/);
    expect(s.run('sim heal kind-worker2').exitCode).toBe(0);
    s.advance(30);
    const db1 = s.sim.world.objects.Pod['db-1']!;
    expect(db1.metadata.uid).not.toBe('e5a7c9e1-b3d5-4f7a-89e1-b3d5f7a9c1e4');
    expect(db1.spec.volumes?.[0]?.persistentVolumeClaim?.claimName).toBe('data-db-1');
  });

  it("knows the images the cluster ran (this world's registry): a new pod of them pulls and runs", () => {
    expect(w.images).toEqual({
      'postgres:16.4': { app: 'generic', ignoresSigterm: false, pullSeconds: [5, 10] },
    });
    expect(r.notes.filter((n) => n.includes('does not know the image'))).toEqual([]);
    const s = new Session(structuredClone(w));
    expect(s.run('kubectl delete pod db-0 --wait=false').exitCode).toBe(0);
    s.advance(60);
    expect(s.run('kubectl get pod db-0').stdout).toMatch(/db-0 +1\/1 +Running/);
    // The registry is part of the world: a snapshot round trip keeps it.
    expect((JSON.parse(JSON.stringify(s.sim.world)) as typeof w).images).toEqual(w.images);
  });

  it('still warns about images no pod of the cluster ran', () => {
    // The StatefulSet's template moved on to an image none of its pods runs yet.
    const dump = JSON.parse(fixture('kind-shop-namespace.json.txt')) as {
      items: { kind: string; spec: { template: { spec: { containers: { image: string }[] } } } }[];
    };
    for (const item of dump.items)
      if (item.kind === 'StatefulSet') item.spec.template.spec.containers[0]!.image = 'postgres:17';
    const r2 = ok(importCluster(JSON.stringify(dump), { source: 'shop.json' }));
    expect(r2.notes).toContain(
      'The lab does not know the image(s) postgres:17: no pod of the cluster ran them, so new pods of those images fail to pull (ErrImagePull).',
    );
  });

  it('nodes named by pods but not dumped are created Ready', () => {
    const items = (JSON.parse(fixture('kind-shop-namespace.json.txt')) as { items: { kind: string }[] }).items.filter(
      (i) => i.kind !== 'Node',
    );
    const r2 = ok(importCluster(JSON.stringify({ apiVersion: 'v1', kind: 'List', items })));
    expect(Object.keys(r2.world.objects.Node).sort()).toEqual(['kind-worker', 'kind-worker2']);
    expect(r2.notes).toContain(
      'Node(s) kind-worker, kind-worker2 ran pods but were not in the dump; they were created Ready.',
    );
  });
});

describe('import: options and errors', () => {
  it('an explicit namespace wins', () => {
    const r = ok(importCluster(fixture('kind-web.yaml.txt'), { namespace: 'kube-system' }));
    expect(Object.keys(r.world.objects.StatefulSet)).toEqual([]);
    expect(r.world.objects.Service['kube-dns']).toBeDefined();
    // coredns's ReplicaSet is not in the dump; etcd is a static pod; kindnet belongs to a DaemonSet.
    expect(r.world.objects.Pod).toEqual({});
  });

  it('`at` moves now later than the latest timestamp, never earlier', () => {
    const text = fixture('kind-web.yaml.txt');
    const later = ok(importCluster(text, { at: Date.UTC(2026, 0, 12, 10, 39, 57) })).world;
    expect(later.config.epochMs).toBe(Date.UTC(2026, 0, 12, 10, 39, 57));
    const earlier = ok(importCluster(text, { at: Date.UTC(2020, 0, 1) })).world;
    expect(earlier.config.epochMs).toBe(Date.UTC(2026, 0, 12, 9, 39, 57));
  });

  it('invalid YAML gives the parser\u2019s error and no world', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: x\n';
    const r = importCluster(text, { source: 'dump.yaml' });
    const parsed = parseManifests(text, 'dump.yaml');
    expect(parsed.ok).toBe(false);
    expect(r).toEqual({ ok: false, error: (parsed as { error: string }).error });
    expect('world' in r).toBe(false);
  });

  it('an empty text imports nothing', () => {
    expect(importCluster('# nothing\n', { source: 'x.yaml' })).toEqual({
      ok: false,
      error: 'error: no objects passed to import from x.yaml',
    });
  });

  it('invalid objects are skipped with the API server\u2019s reason', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: bad
spec:
  replicas: "two"
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: bad2
spec:
  selector:
    matchLabels: {app: x}
  template:
    metadata:
      labels: {app: other}
    spec:
      containers: [{name: c, image: nginx}]
`;
    const r = ok(importCluster(text));
    expect(r.skipped).toEqual([
      {
        kind: 'StatefulSet',
        name: 'bad',
        reason:
          'invalid: json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32',
      },
      {
        kind: 'StatefulSet',
        name: 'bad2',
        reason:
          'invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
      },
    ]);
  });
});

describe('import: ownership', () => {
  it('pods of a StatefulSet that was skipped say so', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: web, uid: s1}
  spec:
    serviceName: nginx
    selector: {matchLabels: {app: nginx}}
    template:
      metadata: {labels: {app: other}}
      spec: {containers: [{name: nginx, image: nginx}]}
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-0
    ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: web, uid: s1, controller: true}]
  spec: {containers: [{name: nginx, image: nginx}]}
`;
    const r = ok(importCluster(text));
    expect(r.skipped.map((s) => `${s.kind}/${s.name}: ${s.reason.split(':')[0]}`)).toEqual([
      'StatefulSet/web: invalid',
      'Pod/web-0: its owner StatefulSet web was skipped',
    ]);
  });
});

describe('validate-meta: generateName is a prefix', () => {
  it('may end with a dash, as the API server masks it (maskTrailingDash); other errors remain', () => {
    const pod = (generateName: string) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web-0', generateName },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    });
    expect(validateObject(pod('web-'), { source: 'p.yaml', verb: 'create' })).toBeNull();
    expect(validateObject(pod('Web-'), { source: 'p.yaml', verb: 'create' })).toMatch(
      /^The Pod "web-0" is invalid: metadata.generateName: Invalid value: "Web-": a lowercase RFC 1123 subdomain/,
    );
  });
});

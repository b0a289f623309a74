import { describe, expect, it } from 'vitest';
import { Session, type SessionOptions } from '../commands/session.ts';
import { readFileSync } from 'node:fs';
import { exportWorld } from './export.ts';
import { importCluster } from './import.ts';
import { galleryEntry } from './gallery.ts';
import { parseManifests } from './parse.ts';
import { validateObject } from './validate.ts';

function session(opts: SessionOptions, files: Record<string, string> = {}): Session {
  return new Session({ seed: 5, ...opts, readFile: (p) => files[p] });
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: client
  labels:
    role: client
spec:
  containers:
  - name: shell
    image: busybox:1.28
    command: ["sleep", "3600"]
`;

const PUBLIC = `apiVersion: v1
kind: Service
metadata:
  name: web-public
spec:
  type: NodePort
  selector:
    app: nginx
  ports:
  - port: 80
    nodePort: 30080
`;

describe('export', () => {
  it('prints the tutorial back as kubectl would, without what the cluster filled in', () => {
    const s = session({});
    s.run('kubectl apply -f web.yaml');
    s.advance(60);
    expect(exportWorld(s.sim.world).yaml).toBe(`apiVersion: v1
items:
- apiVersion: v1
  kind: Service
  metadata:
    labels:
      app: nginx
    name: nginx
    namespace: default
  spec:
    clusterIP: None
    internalTrafficPolicy: Cluster
    ports:
    - name: web
      port: 80
      protocol: TCP
      targetPort: 80
    selector:
      app: nginx
    sessionAffinity: None
    type: ClusterIP
- apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: web
    namespace: default
  spec:
    persistentVolumeClaimRetentionPolicy:
      whenDeleted: Retain
      whenScaled: Retain
    podManagementPolicy: OrderedReady
    replicas: 2
    revisionHistoryLimit: 10
    selector:
      matchLabels:
        app: nginx
    serviceName: nginx
    template:
      metadata:
        labels:
          app: nginx
      spec:
        containers:
        - image: registry.k8s.io/nginx-slim:0.7
          imagePullPolicy: IfNotPresent
          name: nginx
          ports:
          - containerPort: 80
            name: web
            protocol: TCP
          resources: {}
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
          volumeMounts:
          - mountPath: /usr/share/nginx/html
            name: www
        dnsPolicy: ClusterFirst
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 10
    updateStrategy:
      rollingUpdate:
        maxUnavailable: 1
        partition: 0
      type: RollingUpdate
    volumeClaimTemplates:
    - apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: www
      spec:
        accessModes:
        - ReadWriteOnce
        resources:
          requests:
            storage: 1Gi
        volumeMode: Filesystem
kind: List
metadata:
  resourceVersion: ""
`);
  });

  it('says why each object of the sandbox is left out', () => {
    const s = session({});
    s.run('kubectl apply -f web.yaml');
    s.advance(60);
    const { omitted } = exportWorld(s.sim.world);
    const why = Object.fromEntries(omitted.map((o) => [`${o.kind}/${o.name}`, o.reason]));
    expect(why['Service/kubernetes']).toBe('the API server creates it');
    expect(why['StorageClass/standard']).toBe('the default class (the target cluster has its own)');
    expect(why['PersistentVolumeClaim/www-web-0']).toBe('StatefulSet web creates it from its volumeClaimTemplates');
    expect(why['Pod/web-1']).toBe('StatefulSet web creates it');
    expect(why['Endpoints/nginx']).toBe('the endpoints controller maintains it');
    const pv = omitted.find((o) => o.kind === 'PersistentVolume')!;
    expect(pv.reason).toMatch(/^provisioned for claim www-web-[01]; the target cluster provisions its own$/);
    expect(why['Node/node-1']).toBe('the cluster itself');
  });

  it('keeps claims the set no longer makes (retained after a scale-down) and stand-alone claims', () => {
    const s = session({});
    s.run('kubectl apply -f web.yaml');
    s.advance(60);
    s.run('kubectl scale sts web --replicas=3');
    s.advance(60);
    s.run('kubectl scale sts web --replicas=1');
    s.advance(60);
    s.run('kubectl apply -f cattle.yaml');
    s.advance(30);
    const { list } = exportWorld(s.sim.world);
    const names = list.items.map((i) => {
      const o = i as { kind: string; metadata: { name: string } };
      return `${o.kind}/${o.metadata.name}`;
    });
    expect(names).toEqual([
      'PersistentVolumeClaim/shared-data',
      'PersistentVolumeClaim/www-web-1',
      'PersistentVolumeClaim/www-web-2',
      'Service/nginx',
      'StatefulSet/web',
      'ReplicaSet/cattle',
    ]);
    // Claims lose the volume provisioned here and the sandbox's default class (the target gives its own).
    expect(list.items[1]).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'www-web-1', namespace: 'default', labels: { app: 'nginx' } },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' },
    });
  });

  it('keeps hand-made volumes pre-bound to their claims; class-less claims stay class-less', () => {
    const files: Record<string, string> = { 'kubia.yaml': galleryEntry('kubia-manual')!.yaml };
    const s = session({ storage: 'manual' }, files);
    s.run('kubectl apply -f kubia.yaml');
    s.advance(120);
    const x = exportWorld(s.sim.world);
    const bound = s.sim.world.objects.PersistentVolumeClaim['data-kubia-0']!.spec.volumeName!;
    const pv = x.list.items.find((i) => (i as { metadata: { name: string } }).metadata.name === bound) as {
      spec: { claimRef?: unknown };
      metadata: Record<string, unknown>;
    };
    expect(pv.spec.claimRef).toEqual({ kind: 'PersistentVolumeClaim', name: 'data-kubia-0', namespace: 'default' });
    expect(pv.metadata).toEqual({ name: bound });
    const set = x.list.items.find((i) => (i as { kind: string }).kind === 'StatefulSet') as {
      spec: { volumeClaimTemplates: { spec: { storageClassName?: string } }[] };
    };
    expect(set.spec.volumeClaimTemplates[0]!.spec.storageClassName).toBe('');
    expect(x.notes[0]).toMatch(/no default StorageClass/);
    // Asked to, it leaves them as they are, so the file applies back to this very sandbox (a claim
    // template cannot change), where the pinned one is refused.
    const same = exportWorld(s.sim.world, { keepClassless: true });
    expect(same.yaml).not.toContain('storageClassName');
    files['same.yaml'] = same.yaml;
    files['pinned.yaml'] = x.yaml;
    expect(s.run('kubectl apply -f same.yaml').exitCode).toBe(0);
    expect(s.run('kubectl apply -f pinned.yaml').stderr).toMatch(/updates to statefulset spec for fields other than/);
  });

  it('strips what the API server allocates: ClusterIPs and node ports', () => {
    const s = session({}, { 'public.yaml': PUBLIC });
    s.run('kubectl apply -f public.yaml');
    s.run('kubectl apply -f kubia-service-public.yaml');
    const items = exportWorld(s.sim.world).list.items as {
      metadata: { name: string };
      spec: Record<string, unknown>;
    }[];
    expect(s.sim.world.objects.Service['web-public']!.spec.clusterIP).toMatch(/^10\.96\./);
    for (const svc of items) {
      expect(svc.spec.clusterIP).toBeUndefined();
      expect(svc.spec.clusterIPs).toBeUndefined();
      expect(svc.spec.ipFamilies).toBeUndefined();
    }
    expect(items.find((i) => i.metadata.name === 'web-public')!.spec.ports).toEqual([
      { port: 80, protocol: 'TCP', targetPort: 80 },
    ]);
  });

  it('exports a released volume unbound, and says so', () => {
    const files = {
      'pv.yaml': `apiVersion: v1
kind: PersistentVolume
metadata:
  name: keep-me
spec:
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  persistentVolumeReclaimPolicy: Retain
  hostPath: {path: /data/keep-me}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: claim
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`,
    };
    const s = session({ storage: 'manual' }, files);
    s.run('kubectl apply -f pv.yaml');
    s.advance(5);
    expect(s.sim.world.objects.PersistentVolume['keep-me']!.status.phase).toBe('Bound');
    s.run('kubectl delete pvc claim');
    s.advance(5);
    expect(s.sim.world.objects.PersistentVolume['keep-me']!.status.phase).toBe('Released');
    const x = exportWorld(s.sim.world);
    expect((x.list.items[0] as { spec: { claimRef?: unknown } }).spec.claimRef).toBeUndefined();
    expect(x.notes).toContain(
      'PersistentVolume keep-me is Released (its claim claim is gone); it is exported unbound, so it becomes Available again.',
    );
  });

  it('exports a bare pod without its node or the tolerations admission added', () => {
    const s = session({}, { 'pod.yaml': POD });
    s.run('kubectl apply -f pod.yaml');
    s.advance(30);
    const pod = exportWorld(s.sim.world).list.items[0] as { spec: Record<string, unknown>; metadata: unknown };
    expect(pod.metadata).toEqual({ name: 'client', namespace: 'default', labels: { role: 'client' } });
    expect(pod.spec.nodeName).toBeUndefined();
    expect(pod.spec.tolerations).toBeUndefined();
    expect(pod.spec.containers).toEqual([
      expect.objectContaining({ name: 'shell', image: 'busybox:1.28', command: ['sleep', '3600'] }),
    ]);
  });

  it('exports a book-mode set as apps/v1, the version clusters serve today', () => {
    const s = session({ mode: 'book', storage: 'manual' });
    s.run('kubectl apply -f persistent-volumes.yaml');
    s.run('kubectl apply -f kubia-statefulset-peers.yaml');
    s.advance(60);
    const x = exportWorld(s.sim.world);
    const set = x.list.items.find((i) => (i as { kind: string }).kind === 'StatefulSet') as {
      apiVersion: string;
      spec: { selector: unknown; updateStrategy: unknown };
    };
    expect(set.apiVersion).toBe('apps/v1');
    expect(set.spec.selector).toEqual({ matchLabels: { app: 'kubia' } });
    // The book-era default is kept explicitly, so the set behaves the same on a modern cluster.
    expect(set.spec.updateStrategy).toEqual({ type: 'OnDelete' });
    expect(x.notes).toContain(
      'StatefulSet kubia was apps/v1beta1; it is exported as apps/v1, the version clusters serve today.',
    );
  });

  it('every exported object passes the API server\u2019s strict decoding and validation', () => {
    const s = session({}, { 'pod.yaml': POD, 'public.yaml': PUBLIC });
    for (const f of ['web.yaml', 'cattle.yaml', 'kubia-service-public.yaml', 'pod.yaml', 'public.yaml'])
      s.run(`kubectl apply -f ${f}`);
    s.advance(90);
    const parsed = parseManifests(exportWorld(s.sim.world).yaml, 'export.yaml');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.objects).toHaveLength(7);
    for (const o of parsed.objects) expect(validateObject(o, { source: 'export.yaml' })).toBeNull();
  });

  it('does not change the world', () => {
    const s = session({});
    s.run('kubectl apply -f web.yaml');
    s.advance(60);
    const before = JSON.stringify(s.sim.world);
    exportWorld(s.sim.world);
    expect(JSON.stringify(s.sim.world)).toBe(before);
  });

  it("exports an imported cluster's own objects, as a real round trip needs them", () => {
    const text = readFileSync(new URL('./fixtures/minikube-kubia.yaml.txt', import.meta.url), 'utf8');
    const r = importCluster(text);
    if (!r.ok) throw new Error(r.error);
    const x = exportWorld(r.world);
    const names = x.list.items.map((i) => {
      const o = i as { kind: string; metadata: { name: string; annotations?: unknown } };
      expect(o.metadata.annotations).toBeUndefined();
      return `${o.kind}/${o.metadata.name}`;
    });
    expect(names).toEqual(['Service/kubia', 'Service/kubia-public', 'StatefulSet/kubia']);
    expect(x.omitted.find((o) => o.kind === 'StorageClass')).toEqual({
      kind: 'StorageClass',
      name: 'standard',
      reason: 'the default class (the target cluster has its own)',
    });
    expect(x.notes).toContain(
      'StatefulSet kubia is partway through a rollout (kubia-0, kubia-1 still run an older template); a cluster creating it from this file starts every pod from the current template.',
    );
    const set = x.list.items[2] as { spec: { template: { metadata: Record<string, unknown> } } };
    expect(set.spec.template.metadata).toEqual({ labels: { app: 'kubia' } });
  });
});

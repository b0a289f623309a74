import { describe, expect, it } from 'vitest';
import { applyDefaults, imageTag } from './defaults.ts';

const sts = () => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web' },
  spec: {
    serviceName: 'nginx',
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: {
        containers: [
          { name: 'nginx', image: 'registry.k8s.io/nginx-slim:0.24', ports: [{ containerPort: 80, name: 'web' }] },
        ],
      },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'www' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ],
  },
});

describe('applyDefaults: StatefulSet (apps/v1, v1.35)', () => {
  it('fills the spec defaults, including maxUnavailable (MaxUnavailableStatefulSet is on in 1.35)', () => {
    const d = applyDefaults(sts()) as ReturnType<typeof sts> & { spec: Record<string, unknown> };
    expect(d.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: 1 } },
      revisionHistoryLimit: 10,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
    });
    expect(d.spec).not.toHaveProperty('minReadySeconds');
  });

  it('fills the pod template and claim template defaults shown by kubectl get -o yaml', () => {
    const d = applyDefaults(sts());
    expect(d.spec.template.spec).toEqual({
      containers: [
        {
          name: 'nginx',
          image: 'registry.k8s.io/nginx-slim:0.24',
          ports: [{ containerPort: 80, name: 'web', protocol: 'TCP' }],
          imagePullPolicy: 'IfNotPresent',
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          resources: {},
        },
      ],
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
    });
    expect(d.spec.volumeClaimTemplates[0]).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'www' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    });
  });

  it('keeps what is set and does not add rollingUpdate to an explicit type', () => {
    const s = sts() as ReturnType<typeof sts> & { spec: Record<string, unknown> };
    s.spec.replicas = 0;
    s.spec.updateStrategy = { type: 'RollingUpdate' };
    s.spec.podManagementPolicy = 'Parallel';
    const d = applyDefaults(s) as typeof s;
    expect(d.spec.replicas).toBe(0);
    expect(d.spec.updateStrategy).toEqual({ type: 'RollingUpdate' });
    expect(d.spec.podManagementPolicy).toBe('Parallel');
    const onDelete = sts() as ReturnType<typeof sts> & { spec: Record<string, unknown> };
    onDelete.spec.updateStrategy = { type: 'OnDelete' };
    expect((applyDefaults(onDelete) as typeof onDelete).spec.updateStrategy).toEqual({ type: 'OnDelete' });
  });

  it('does not mutate its input', () => {
    const s = sts();
    const before = JSON.stringify(s);
    applyDefaults(s);
    expect(JSON.stringify(s)).toBe(before);
  });

  it('book mode: apps/v1beta1 defaults the selector from the template labels and uses OnDelete', () => {
    const s = sts() as ReturnType<typeof sts> & { spec: Record<string, unknown>; metadata: Record<string, unknown> };
    s.apiVersion = 'apps/v1beta1';
    delete (s.spec as { selector?: unknown }).selector;
    const d = applyDefaults(s, { mode: 'book' }) as typeof s;
    expect(d.spec.selector).toEqual({ matchLabels: { app: 'nginx' } });
    expect(d.metadata.labels).toEqual({ app: 'nginx' });
    expect(d.spec.updateStrategy).toEqual({ type: 'OnDelete' });
    expect(d.spec.podManagementPolicy).toBe('OrderedReady');
    expect(d.spec).not.toHaveProperty('persistentVolumeClaimRetentionPolicy');
    expect(d.spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'www' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        status: { phase: 'Pending' },
      },
    ]);
  });
});

describe('applyDefaults: other kinds', () => {
  it('ReplicaSet replicas and template', () => {
    const d = applyDefaults({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      spec: { template: { spec: { containers: [{ name: 'k', image: 'luksa/kubia' }] } } },
    });
    expect(d.spec).toMatchObject({ replicas: 1, template: { spec: { containers: [{ imagePullPolicy: 'Always' }] } } });
  });

  it('Pod: enableServiceLinks, requests from limits, probes and env fieldRef', () => {
    const d = applyDefaults({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: {
        containers: [
          {
            name: 'c',
            image: 'nginx@sha256:0d0385b0bea406ff659154fa34a6dda34e1de62d7dd559076d5abcf0d39c553e',
            resources: { limits: { cpu: '1' } },
            readinessProbe: { httpGet: { port: 8080 } },
            env: [{ name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
          },
        ],
      },
    });
    const c = d.spec.containers[0] as Record<string, unknown>;
    expect(c.imagePullPolicy).toBe('IfNotPresent');
    expect(c.resources).toEqual({ limits: { cpu: '1' }, requests: { cpu: '1' } });
    expect(c.readinessProbe).toEqual({
      httpGet: { port: 8080, path: '/', scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(c.env).toEqual([{ name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name', apiVersion: 'v1' } } }]);
    expect((d.spec as Record<string, unknown>).enableServiceLinks).toBe(true);
  });

  it('volumes: emptyDir when no source, defaultMode 420, hostPath type ""', () => {
    const d = applyDefaults({
      apiVersion: 'v1',
      kind: 'Pod',
      spec: {
        containers: [],
        volumes: [{ name: 'a' }, { name: 'b', configMap: { name: 'cm' } }, { name: 'c', hostPath: { path: '/x' } }],
      },
    });
    expect(d.spec.volumes).toEqual([
      { name: 'a', emptyDir: {} },
      { name: 'b', configMap: { name: 'cm', defaultMode: 420 } },
      { name: 'c', hostPath: { path: '/x', type: '' } },
    ]);
  });

  it('Service: ClusterIP defaults, targetPort, families; headless without selector is dual-stack', () => {
    const svc = applyDefaults(
      {
        apiVersion: 'v1',
        kind: 'Service',
        spec: { selector: { app: 'kubia' }, ports: [{ port: 80 }, { port: 8080, targetPort: 'http' }] },
      },
      { clusterIP: '10.96.0.10' },
    );
    expect(svc).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      spec: {
        selector: { app: 'kubia' },
        ports: [
          { port: 80, protocol: 'TCP', targetPort: 80 },
          { port: 8080, targetPort: 'http', protocol: 'TCP' },
        ],
        sessionAffinity: 'None',
        type: 'ClusterIP',
        internalTrafficPolicy: 'Cluster',
        clusterIP: '10.96.0.10',
        clusterIPs: ['10.96.0.10'],
        ipFamilyPolicy: 'SingleStack',
        ipFamilies: ['IPv4'],
      },
      status: { loadBalancer: {} },
    });
    const headless = applyDefaults({
      apiVersion: 'v1',
      kind: 'Service',
      spec: { clusterIP: 'None', ports: [{ port: 80 }] },
    });
    expect(headless.spec).toMatchObject({
      clusterIPs: ['None'],
      ipFamilyPolicy: 'RequireDualStack',
      ipFamilies: ['IPv4', 'IPv6'],
    });
    const headlessSel = applyDefaults({
      apiVersion: 'v1',
      kind: 'Service',
      spec: { clusterIP: 'None', selector: { app: 'x' } },
    });
    expect(headlessSel.spec).toMatchObject({ ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'] });
    const np = applyDefaults({ apiVersion: 'v1', kind: 'Service', spec: { type: 'NodePort', ports: [{ port: 80 }] } });
    expect(np.spec).toMatchObject({ externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster' });
  });

  it('PersistentVolume, PersistentVolumeClaim, StorageClass, Endpoints', () => {
    expect(applyDefaults({ kind: 'PersistentVolume', spec: { hostPath: { path: '/tmp' } } })).toEqual({
      kind: 'PersistentVolume',
      spec: { hostPath: { path: '/tmp', type: '' }, persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    });
    expect(applyDefaults({ kind: 'PersistentVolumeClaim', spec: {} })).toEqual({
      kind: 'PersistentVolumeClaim',
      spec: { volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    });
    expect(applyDefaults({ kind: 'StorageClass', provisioner: 'x' })).toEqual({
      kind: 'StorageClass',
      provisioner: 'x',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    });
    expect(applyDefaults({ kind: 'Endpoints', subsets: [{ ports: [{ port: 80 }] }] })).toEqual({
      kind: 'Endpoints',
      subsets: [{ ports: [{ port: 80, protocol: 'TCP' }] }],
    });
  });

  it('leaves values of the wrong type for decoding to reject', () => {
    expect(applyDefaults({ kind: 'StatefulSet', spec: 'oops' })).toEqual({ kind: 'StatefulSet', spec: 'oops' });
  });
});

describe('imageTag (image pull policy)', () => {
  it.each([
    ['nginx', 'latest'],
    ['nginx:latest', 'latest'],
    ['nginx:1.25', '1.25'],
    ['localhost:5000/nginx', 'latest'],
    ['localhost:5000/nginx:1.0', '1.0'],
    ['nginx@sha256:0d0385b0bea406ff659154fa34a6dda34e1de62d7dd559076d5abcf0d39c553e', ''],
    ['', ''],
    ['Nginx', ''],
  ])('%s -> %s', (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });
});

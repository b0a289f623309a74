/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any -- loose JSON fixtures */
import { describe, expect, it } from 'vitest';
import { renderKubectlErrors } from './kubectl-errors.ts';
import { isDns1035Label, isDnsLabel, isDnsSubdomain } from './names.ts';
import { createErrorMessage, validateObject, validateObjectDetailed, validateUpdate } from './validate.ts';

type Any = Record<string, any>;

const sts = (): Any => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web' },
  spec: {
    serviceName: 'nginx',
    replicas: 3,
    selector: { matchLabels: { app: 'nginx' } },
    template: {
      metadata: { labels: { app: 'nginx' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'www' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ],
  },
});
const svc = (): Any => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'nginx' },
  spec: { selector: { app: 'nginx' }, ports: [{ port: 80 }] },
});
const pv = (): Any => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'pv-a' },
  spec: { capacity: { storage: '1Mi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/tmp/a' } },
});
const pvc = (): Any => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
});
const rs = (): Any => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'kubia' },
  spec: {
    selector: { matchLabels: { app: 'kubia' } },
    template: {
      metadata: { labels: { app: 'kubia' } },
      spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] },
    },
  },
});

const check = (obj: unknown, opts: Partial<Parameters<typeof validateObject>[1]> = {}) =>
  validateObject(obj, { source: 'web.yaml', ...opts });

const DNS_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('StatefulSet validation', () => {
  it('accepts a valid StatefulSet', () => {
    expect(check(sts())).toBeNull();
  });

  it('selector missing: two causes, printed one per line', () => {
    const o = sts();
    delete o.spec.selector;
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: \n' +
        '* spec.selector: Required value\n' +
        '* spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`',
    );
  });

  it('selector that does not match the template labels', () => {
    const o = sts();
    o.spec.selector = { matchLabels: { app: 'web' } };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`',
    );
    delete o.spec.template.metadata.labels;
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`',
    );
  });

  it('empty selector', () => {
    const o = sts();
    o.spec.selector = {};
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.selector: Invalid value: &LabelSelector{MatchLabels:map[string]string{},MatchExpressions:[]LabelSelectorRequirement{},}: empty selector is invalid for statefulset',
    );
  });

  it('invalid selector operator', () => {
    const o = sts();
    o.spec.selector.matchExpressions = [{ key: 'tier', operator: 'Foo' }];
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: \n' +
        '* spec.selector.matchExpressions[0].operator: Invalid value: "Foo": not a valid selector operator\n' +
        '* spec.selector: Invalid value: &LabelSelector{MatchLabels:map[string]string{app: nginx,},MatchExpressions:[]LabelSelectorRequirement{LabelSelectorRequirement{Key:tier,Operator:Foo,Values:[],},},}',
    );
  });

  it('names must be DNS-1123 labels', () => {
    const o = sts();
    o.metadata.name = 'Web';
    expect(check(o)).toBe(`The StatefulSet "Web" is invalid: metadata.name: Invalid value: "Web": ${DNS_LABEL_MSG}`);
    o.metadata.name = 'web.v1';
    expect(check(o)).toBe(
      'The StatefulSet "web.v1" is invalid: metadata.name: Invalid value: "web.v1": must not contain dots',
    );
    o.metadata.name = 'a'.repeat(64);
    expect(check(o)).toBe(
      `The StatefulSet "${'a'.repeat(64)}" is invalid: metadata.name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`,
    );
  });

  it('several spec errors at once', () => {
    const o = sts();
    o.spec.podManagementPolicy = 'Foo';
    o.spec.updateStrategy = { type: 'Bar' };
    o.spec.replicas = -1;
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: \n' +
        "* spec.podManagementPolicy: Invalid value: \"Foo\": must be 'OrderedReady' or 'Parallel'\n" +
        "* spec.updateStrategy: Invalid value: apps.StatefulSetUpdateStrategy{Type:\"Bar\", RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}: must be 'RollingUpdate' or 'OnDelete'\n" +
        '* spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
  });

  it('rolling update parameters', () => {
    const o = sts();
    o.spec.updateStrategy = { rollingUpdate: { partition: -1 } };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
    );
    o.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0 } };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0',
    );
    o.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '150%' } };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 150%: must not be greater than 100%',
    );
    o.spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 1 } };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.updateStrategy.rollingUpdate: Invalid value: apps.RollingUpdateStatefulSetStrategy{Partition:1, MaxUnavailable:(*intstr.IntOrString)(nil)}: only allowed for updateStrategy \'RollingUpdate\'',
    );
  });

  it('restart policy, retention policy and ordinals', () => {
    let o = sts();
    o.spec.template.spec.restartPolicy = 'Never';
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    );
    o = sts();
    o.spec.persistentVolumeClaimRetentionPolicy = { whenDeleted: 'Keep' };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: "Keep": supported values: "Retain", "Delete"',
    );
    o = sts();
    o.spec.ordinals = { start: -1 };
    expect(check(o)).toBe(
      'The StatefulSet "web" is invalid: spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0',
    );
  });

  it('label values', () => {
    const o = sts();
    o.metadata.labels = { app: 'bad value!' };
    expect(check(o)).toBe(
      "The StatefulSet \"web\" is invalid: metadata.labels: Invalid value: \"bad value!\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    );
  });

  it('does not validate the pod template or claim templates (as upstream); the pod create fails later', () => {
    const o = sts();
    delete o.spec.template.spec.containers[0].image;
    delete o.spec.volumeClaimTemplates[0].spec.resources;
    expect(check(o)).toBeNull();
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0' }, spec: o.spec.template.spec };
    expect(createErrorMessage(pod)).toBe('Pod "web-0" is invalid: spec.containers[0].image: Required value');
    const claim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'www-web-0' },
      spec: o.spec.volumeClaimTemplates[0].spec,
    };
    expect(createErrorMessage(claim)).toBe(
      'PersistentVolumeClaim "www-web-0" is invalid: spec.resources[storage]: Required value',
    );
  });
});

describe('strict decoding (fieldValidation=Strict)', () => {
  it('unknown fields, in JSON key order', () => {
    const o = sts();
    o.spec.replicass = 3;
    expect(check(o)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: unknown field "spec.replicass"',
    );
    o.spec.template.spec.containers[0].imagee = 'x';
    expect(check(o)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: unknown field "spec.replicass", unknown field "spec.template.spec.containers[0].imagee"',
    );
  });

  it('accepts the fields real manifests carry', () => {
    const o = sts();
    o.spec.minReadySeconds = 10;
    o.spec.template.spec.containers[0] = {
      name: 'nginx',
      image: 'nginx:1.25',
      command: ['nginx'],
      args: ['-g', 'daemon off;'],
      env: [
        { name: 'A', value: 'b' },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      ],
      envFrom: [{ configMapRef: { name: 'cfg' } }],
      resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
      securityContext: { runAsNonRoot: true, capabilities: { drop: ['ALL'] } },
      livenessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 5 },
      readinessProbe: { tcpSocket: { port: 'web' } },
      startupProbe: { exec: { command: ['true'] } },
      imagePullPolicy: 'Always',
      terminationMessagePath: '/dev/termination-log',
      ports: [{ containerPort: 80, name: 'web' }],
      volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }],
    };
    Object.assign(o.spec.template.spec, {
      nodeSelector: { disk: 'ssd' },
      tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoSchedule' }],
      affinity: {
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: { matchLabels: { app: 'nginx' } },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
      terminationGracePeriodSeconds: 10,
      securityContext: { fsGroup: 1000 },
    });
    expect(check(o)).toBeNull();
  });

  it('type errors win over unknown fields', () => {
    const o = sts();
    o.spec.replicas = '3';
    o.spec.foo = 1;
    expect(check(o)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32',
    );
    const p = sts();
    p.spec.template.spec.containers[0].ports = [{ containerPort: '80' }];
    expect(check(p)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
    );
    const q = sts();
    q.metadata.labels = { version: 2 };
    expect(check(q)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    );
    const r = sts();
    r.spec.replicas = 1.5;
    expect(check(r)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal number 1.5 into Go struct field StatefulSetSpec.spec.replicas of type int32',
    );
  });

  it('malformed quantities', () => {
    const o = sts();
    o.spec.volumeClaimTemplates[0].spec.resources.requests.storage = '1GB';
    expect(check(o)).toBe(
      'Error from server (BadRequest): error when creating "web.yaml": StatefulSet in version "v1" cannot be handled as a StatefulSet: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
    );
  });
});

describe('kubectl-side errors', () => {
  it('apply without a name', () => {
    const o = sts();
    delete o.metadata.name;
    expect(check(o)).toBe(
      'error: error when retrieving current configuration of:\n' +
        'Resource: "apps/v1, Resource=statefulsets", GroupVersionKind: "apps/v1, Kind=StatefulSet"\n' +
        'Name: "", Namespace: "default"\n' +
        'from server for: "web.yaml": resource name may not be empty',
    );
    expect(check(o, { verb: 'create' })).toBe(
      'The StatefulSet "" is invalid: metadata.name: Required value: name or generateName is required',
    );
    o.metadata.generateName = 'web-';
    expect(check(o)).toBe('error: from web-: cannot use generate name with apply');
  });

  it('unknown versions and kinds', () => {
    const o = sts();
    o.apiVersion = 'apps/v1beta1';
    o.metadata.name = 'kubia';
    expect(check(o, { source: 'kubia-statefulset-peers.yaml' })).toBe(
      'error: resource mapping not found for name: "kubia" namespace: "" from "kubia-statefulset-peers.yaml": no matches for kind "StatefulSet" in version "apps/v1beta1"\nensure CRDs are installed first',
    );
  });

  it('renders several failures one per line, without "error: "', () => {
    const a = sts();
    a.apiVersion = 'apps/v1beta1';
    const b = sts();
    delete b.spec.selector;
    const errs = [a, b].map((o) => validateObjectDetailed(o, { source: 'web.yaml' })).filter((e) => e !== null);
    expect(renderKubectlErrors(errs)).toBe(
      'resource mapping not found for name: "web" namespace: "" from "web.yaml": no matches for kind "StatefulSet" in version "apps/v1beta1"\n' +
        'ensure CRDs are installed first\n' +
        'Error from server (Invalid): error when creating "web.yaml": StatefulSet.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`]',
    );
  });
});

describe('book mode', () => {
  it('accepts apps/v1beta1 without a selector', () => {
    const o = sts();
    o.apiVersion = 'apps/v1beta1';
    delete o.spec.selector;
    expect(check(o, { mode: 'book' })).toBeNull();
  });

  it('reports unknown fields with kubectl 1.7 client-side validation', () => {
    const o = sts();
    o.apiVersion = 'apps/v1beta1';
    o.spec.replicass = 3;
    expect(check(o, { mode: 'book' })).toBe(
      'error: error validating "web.yaml": error validating data: found invalid field replicass for v1beta1.StatefulSetSpec; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });
});

describe('updates', () => {
  it('forbids changes to immutable StatefulSet fields', () => {
    const before = sts();
    const after = sts();
    after.spec.serviceName = 'other';
    expect(validateUpdate(after, before, { source: '' })).toBe(
      "The StatefulSet \"web\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
    const scaled = sts();
    scaled.spec.replicas = 5;
    scaled.spec.template.spec.containers[0].image = 'nginx:1.26';
    expect(validateUpdate(scaled, before, { source: '' })).toBeNull();
  });

  it('validates a patched object without re-checking its name', () => {
    const o = sts();
    o.spec.replicas = -2;
    expect(validateObject(o, { source: '', verb: 'patch' })).toBe(
      'The StatefulSet "web" is invalid: spec.replicas: Invalid value: -2: must be greater than or equal to 0',
    );
  });
});

describe('Service validation', () => {
  it('requires ports unless headless', () => {
    const o = svc();
    delete o.spec.ports;
    expect(check(o)).toBe('The Service "nginx" is invalid: spec.ports: Required value');
    o.spec.clusterIP = 'None';
    expect(check(o)).toBeNull();
  });

  it('names are DNS-1035 labels', () => {
    const o = svc();
    o.metadata.name = '1nginx';
    expect(check(o)).toBe(
      "The Service \"1nginx\" is invalid: metadata.name: Invalid value: \"1nginx\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    );
  });

  it('ports', () => {
    let o = svc();
    o.spec.ports = [{ port: 0 }];
    expect(check(o)).toBe(
      'The Service "nginx" is invalid: \n' +
        '* spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n' +
        '* spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive',
    );
    o = svc();
    o.spec.ports = [{ port: 80 }, { port: 443 }];
    expect(check(o)).toBe(
      'The Service "nginx" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value',
    );
    o = svc();
    o.spec.type = 'Foo';
    expect(check(o)).toBe(
      'The Service "nginx" is invalid: spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
  });
});

describe('storage validation', () => {
  it('PersistentVolume without capacity or source', () => {
    let o = pv();
    delete o.spec.capacity;
    expect(check(o)).toBe(
      'The PersistentVolume "pv-a" is invalid: \n* spec.capacity: Required value\n* spec.capacity: Unsupported value: core.ResourceList(nil): supported values: "storage"',
    );
    o = pv();
    delete o.spec.hostPath;
    expect(check(o)).toBe('The PersistentVolume "pv-a" is invalid: spec: Required value: must specify a volume type');
    o = pv();
    delete o.spec.accessModes;
    expect(check(o)).toBe('The PersistentVolume "pv-a" is invalid: spec.accessModes: Required value');
  });

  it('PersistentVolumeClaim storage request and access modes', () => {
    let o = pvc();
    delete o.spec.resources;
    expect(check(o)).toBe('The PersistentVolumeClaim "data" is invalid: spec.resources[storage]: Required value');
    o = pvc();
    delete o.spec.accessModes;
    expect(check(o)).toBe(
      'The PersistentVolumeClaim "data" is invalid: spec.accessModes: Required value: at least 1 access mode is required',
    );
    o = pvc();
    o.spec.resources.requests.storage = '0';
    expect(check(o)).toBe(
      'The PersistentVolumeClaim "data" is invalid: spec.resources[storage]: Invalid value: "0": must be greater than zero',
    );
  });

  it('StorageClass needs a provisioner', () => {
    expect(check({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' } })).toBe(
      'The StorageClass "fast" is invalid: provisioner: Required value',
    );
  });
});

describe('ReplicaSet and Pod validation (pod template validated)', () => {
  it('containers need a name and an image', () => {
    const o = rs();
    expect(check(o)).toBeNull();
    delete o.spec.template.spec.containers[0].image;
    delete o.spec.template.spec.containers[0].name;
    expect(check(o)).toBe(
      'The ReplicaSet "kubia" is invalid: \n* spec.template.spec.containers[0].name: Required value\n* spec.template.spec.containers[0].image: Required value',
    );
  });

  it('container ports', () => {
    const o = rs();
    o.spec.template.spec.containers[0].ports = [{ containerPort: 0 }, { containerPort: 70000, protocol: 'HTTP' }];
    expect(check(o)).toBe(
      'The ReplicaSet "kubia" is invalid: \n' +
        '* spec.template.spec.containers[0].ports[0].containerPort: Required value\n' +
        '* spec.template.spec.containers[0].ports[1].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive\n' +
        '* spec.template.spec.containers[0].ports[1].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    );
  });

  it('volume mounts must name a volume', () => {
    const o = rs();
    o.spec.template.spec.containers[0].volumeMounts = [{ name: 'data', mountPath: '/var/data' }];
    expect(check(o)).toBe(
      'The ReplicaSet "kubia" is invalid: spec.template.spec.containers[0].volumeMounts[0].name: Not found: "data"',
    );
  });

  it('pods need containers', () => {
    expect(check({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: {} })).toBe(
      'The Pod "p" is invalid: spec.containers: Required value',
    );
  });
});

describe('name predicates', () => {
  it('isDnsLabel / isDnsSubdomain / isDns1035Label', () => {
    expect(isDnsLabel('web-0')).toBe(true);
    expect(isDnsLabel('web.0')).toBe(false);
    expect(isDnsLabel('a'.repeat(63))).toBe(true);
    expect(isDnsLabel('a'.repeat(64))).toBe(false);
    expect(isDnsSubdomain('data-web-0.example')).toBe(true);
    expect(isDnsSubdomain('Data')).toBe(false);
    expect(isDns1035Label('0web')).toBe(false);
    expect(isDns1035Label('web0')).toBe(true);
  });
});

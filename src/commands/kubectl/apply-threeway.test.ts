// Client-side kubectl apply: the three-way merge of last-applied, the new config and the live object.
import { describe, expect, it } from 'vitest';
import { WEB_YAML } from '../../examples/tutorial.ts';
import { Session } from '../session.ts';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function session(files: Record<string, string>, opts: { mode?: 'modern' | 'book'; storage?: 'manual' } = {}) {
  return new Session({ seed: 1, ...opts, readFile: (p) => files[p] });
}

const CLAIM = `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  labels:
    tier: db
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
`;

/** The tutorial's StatefulSet alone, without its replicas line. */
const WEB_SET = `---\n${WEB_YAML.split('---\n')[1]}`;
const WEB_NO_REPLICAS = WEB_SET.replace('  replicas: 2\n', '');

function get(s: Session, what: string, path: string): string {
  return s.run(`kubectl get ${what} -o jsonpath={${path}}`).stdout;
}

describe('kubectl apply: last-applied-configuration', () => {
  it('is the config as given (sorted keys, namespace filled in, empty annotations), not the defaulted object', () => {
    const s = session({ 'claim.yaml': CLAIM });
    s.run('kubectl apply -f claim.yaml');
    const pvc = s.sim.world.objects.PersistentVolumeClaim.data!;
    expect(pvc.metadata.annotations?.[LAST_APPLIED]).toBe(
      '{"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"annotations":{},"labels":{"tier":"db"},"name":"data","namespace":"default"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}}}\n',
    );
  });

  it("keeps the user's own annotations and escapes like Go's encoder", () => {
    const s = session({ 'claim.yaml': CLAIM.replace('  labels:\n', '  annotations:\n    note: a&b\n  labels:\n') });
    s.run('kubectl apply -f claim.yaml');
    const ann = s.sim.world.objects.PersistentVolumeClaim.data!.metadata.annotations!;
    expect(ann.note).toBe('a&b');
    expect(ann[LAST_APPLIED]).toContain('"annotations":{"note":"a\\u0026b"}');
  });
});

describe('kubectl apply: three-way merge', () => {
  it('re-applying a bound claim keeps the volumeName the binder set, and says unchanged', () => {
    const s = session({ 'claim.yaml': CLAIM });
    s.run('kubectl apply -f claim.yaml');
    s.run('sleep 5');
    const volume = get(s, 'pvc data', '.spec.volumeName');
    expect(volume).toMatch(/^pvc-/);
    const rv = s.sim.world.objects.PersistentVolumeClaim.data!.metadata.resourceVersion;
    expect(s.run('kubectl apply -f claim.yaml')).toEqual({
      stdout: 'persistentvolumeclaim/data unchanged\n',
      stderr: '',
      exitCode: 0,
    });
    expect(get(s, 'pvc data', '.spec.volumeName')).toBe(volume);
    // Nothing was sent: the object was not written.
    expect(s.sim.world.objects.PersistentVolumeClaim.data!.metadata.resourceVersion).toBe(rv);
  });

  it('a field removed from the file since the last apply is removed live; others stay', () => {
    const files = { 'claim.yaml': CLAIM };
    const s = session(files);
    s.run('kubectl apply -f claim.yaml');
    s.run('sleep 5');
    const volume = get(s, 'pvc data', '.spec.volumeName');
    files['claim.yaml'] = CLAIM.replace('  labels:\n    tier: db\n', '');
    expect(s.run('kubectl apply -f claim.yaml').stdout).toBe('persistentvolumeclaim/data configured\n');
    const pvc = s.sim.world.objects.PersistentVolumeClaim.data!;
    expect(pvc.metadata.labels).toBeUndefined();
    expect(pvc.spec.volumeName).toBe(volume);
    expect(pvc.spec.storageClassName).toBe('standard');
  });

  it('a Service keeps the ClusterIP the server allocated', () => {
    const s = session({});
    s.run('kubectl apply -f kubia-service-public.yaml');
    const ip = get(s, 'svc kubia-public', '.spec.clusterIP');
    expect(ip).toMatch(/^10\./);
    expect(s.run('kubectl apply -f kubia-service-public.yaml').stdout).toBe('service/kubia-public unchanged\n');
    expect(get(s, 'svc kubia-public', '.spec.clusterIP')).toBe(ip);
  });

  it('after kubectl scale, re-applying a file that names replicas sets them back (the file owns the field)', () => {
    const s = session({ 'web.yaml': WEB_SET });
    s.run('kubectl apply -f web.yaml');
    s.run('kubectl scale sts web --replicas=5');
    expect(s.run('kubectl apply -f web.yaml').stdout).toBe('statefulset.apps/web configured\n');
    expect(get(s, 'sts web', '.spec.replicas')).toBe('2');
  });

  it('after kubectl scale, re-applying a file without replicas keeps the scaled count', () => {
    const s = session({ 'web.yaml': WEB_NO_REPLICAS });
    s.run('kubectl apply -f web.yaml');
    expect(get(s, 'sts web', '.spec.replicas')).toBe('1');
    s.run('kubectl scale sts web --replicas=5');
    s.run('kubectl apply -f web.yaml');
    expect(get(s, 'sts web', '.spec.replicas')).toBe('5');
  });

  it('removing replicas from the file after applying it resets them to the default', () => {
    const files = { 'web.yaml': WEB_SET };
    const s = session(files);
    s.run('kubectl apply -f web.yaml');
    files['web.yaml'] = WEB_NO_REPLICAS;
    s.run('kubectl apply -f web.yaml');
    expect(get(s, 'sts web', '.spec.replicas')).toBe('1');
  });

  it('merges containers by name and env by name: an env var added by kubectl patch survives a re-apply', () => {
    const s = session({ 'web.yaml': WEB_SET });
    s.run('kubectl apply -f web.yaml');
    s.run(
      `kubectl patch sts web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","env":[{"name":"MODE","value":"fast"}]}]}}}}'`,
    );
    s.run('kubectl apply -f web.yaml');
    expect(get(s, 'sts web', '.spec.template.spec.containers[0].env[0].name')).toBe('MODE');
    expect(get(s, 'sts web', '.spec.template.spec.containers[0].image')).toBe('registry.k8s.io/nginx-slim:0.7');
  });

  it('an env var dropped from the file is deleted; a changed image is patched in place', () => {
    const withEnv = WEB_SET.replace(
      '        image: registry.k8s.io/nginx-slim:0.7\n',
      '        image: registry.k8s.io/nginx-slim:0.7\n        env:\n        - name: MODE\n          value: fast\n        - name: KEEP\n          value: "1"\n',
    );
    const files = { 'web.yaml': withEnv };
    const s = session(files);
    s.run('kubectl apply -f web.yaml');
    files['web.yaml'] = withEnv
      .replace('        - name: MODE\n          value: fast\n', '')
      .replace('nginx-slim:0.7', 'nginx-slim:0.8');
    expect(s.run('kubectl apply -f web.yaml').stdout).toBe('statefulset.apps/web configured\n');
    expect(get(s, 'sts web', '.spec.template.spec.containers[0].env[*].name')).toBe('KEEP');
    expect(get(s, 'sts web', '.spec.template.spec.containers[0].image')).toBe('registry.k8s.io/nginx-slim:0.8');
    expect(get(s, 'sts web', '.metadata.generation')).toBe('2');
  });

  it('on an object made by kubectl create, warns that the annotation is missing and adds it', () => {
    const s = session({});
    s.run('kubectl create -f kubia-service-headless.yaml');
    const r = s.run('kubectl apply -f kubia-service-headless.yaml');
    expect(r.stderr).toBe(
      'Warning: resource services/kubia is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
    expect(r.stdout).toBe('service/kubia configured\n');
    expect(s.run('kubectl apply -f kubia-service-headless.yaml')).toEqual({
      stdout: 'service/kubia unchanged\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('a change the server forbids (a claim template) fails with the update error and changes nothing', () => {
    const files = { 'web.yaml': WEB_SET };
    const s = session(files);
    s.run('kubectl apply -f web.yaml');
    const before = JSON.stringify(s.sim.world);
    files['web.yaml'] = WEB_SET.replace('storage: 1Gi', 'storage: 2Gi');
    const r = s.run('kubectl apply -f web.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Forbidden: updates to statefulset spec for fields other than');
    expect(JSON.stringify(s.sim.world)).toBe(before);
  });
});

describe('kubectl apply: an object being deleted', () => {
  it('warns that the resource is being deleted (apply.go WarnIfDeleting)', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: main
    image: luksa/kubia
`;
    const s = session({ 'pod.yaml': pod });
    s.run('kubectl apply -f pod.yaml');
    s.run('sleep 30');
    s.run('kubectl delete pod slow --wait=false');
    expect(s.sim.world.objects.Pod.slow?.metadata.deletionTimestamp).toBeDefined();
    expect(s.run('kubectl apply -f pod.yaml')).toEqual({
      stdout: 'pod/slow unchanged\n',
      stderr: 'Warning: Detected changes to resource slow which is currently being deleted.\n',
      exitCode: 0,
    });
  });
});

describe('kubectl apply: book mode (kubectl 1.7)', () => {
  it("warns in 1.7's shorter words on an object made by kubectl create, then says unchanged", () => {
    const s = session({}, { mode: 'book', storage: 'manual' });
    s.run('kubectl create -f kubia-service-headless.yaml');
    expect(s.run('kubectl apply -f kubia-service-headless.yaml')).toEqual({
      stdout: 'service "kubia" configured\n',
      stderr:
        'Warning: kubectl apply should be used on resource created by either kubectl create --save-config or kubectl apply\n',
      exitCode: 0,
    });
    expect(s.run('kubectl apply -f kubia-service-headless.yaml').stdout).toBe('service "kubia" unchanged\n');
  });
});

// kubectl apply -f / create -f: argument errors (apply.go, create.go), missing files, and the
// all-or-nothing rule for several documents.
import { describe, expect, it } from 'vitest';
import { createSession } from '../index.ts';
import { fails, web } from './testkit.ts';

describe('kubectl apply / create: errors', () => {
  it('no -f', () => {
    const s = web();
    fails(s, 'kubectl apply', 'error: must specify one of -f and -k\n');
    // create prints its help after the error, then any argument as an unknown subcommand.
    const r = fails(
      s,
      'kubectl create web.yaml',
      expect.stringMatching(
        /^Error: must specify one of -f and -k\n\nCreate a resource from a file or from stdin\.\n[^]*\nerror: unknown command "web\.yaml"\nSee 'kubectl create -h' for help and examples\n$/,
      ) as unknown as string,
    );
    expect(r.stdout).toBe('');
  });

  it('a file given as an argument instead of with -f', () => {
    fails(
      web(),
      'kubectl apply web.yaml',
      "error: Unexpected args: [web.yaml]\nSee 'kubectl apply -h' for help and examples\n",
    );
  });

  it('a missing file; a flag value taken as the file', () => {
    const s = web();
    fails(s, 'kubectl apply -f missing.yaml', 'error: the path "missing.yaml" does not exist\n');
    fails(s, 'kubectl apply -f', "error: flag needs an argument: 'f' in -f\nSee 'kubectl apply --help' for usage.\n");
  });

  it('create of something that exists; several -f files, comma-separated too', () => {
    const s = web();
    fails(
      s,
      'kubectl create -f web.yaml',
      'Error from server (AlreadyExists): error when creating "web.yaml": services "nginx" already exists\n',
    );
    const t = createSession({ seed: 1, storage: 'manual' });
    expect(t.run('kubectl apply -f kubia-service-headless.yaml,kubia-service-public.yaml').stdout).toBe(
      'service/kubia created\nservice/kubia-public created\n',
    );
  });

  it('one bad document in a file applies none of them', () => {
    const files: Record<string, string> = {
      'two.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: good\nspec:\n  clusterIP: None\n  ports:\n  - port: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: Bad_Name\nspec:\n  ports:\n  - port: 80\n',
    };
    const s = createSession({ seed: 1, readFile: (p) => files[p] });
    const before = JSON.stringify(s.sim.world);
    const r = s.run('kubectl apply -f two.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^The Service "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name"/);
    expect(JSON.stringify(s.sim.world)).toBe(before);
  });

  it('bad flag values', () => {
    const s = web();
    fails(
      s,
      'kubectl apply -f web.yaml --dry-run=maybe',
      'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n',
    );
    fails(
      s,
      'kubectl apply -f web.yaml --validate=maybe',
      'error: invalid - validate option "maybe"; must be one of: strict (or true), warn, ignore (or false)\n',
    );
  });

  it('--dry-run changes nothing', () => {
    const s = createSession({ seed: 1 });
    const before = JSON.stringify(s.sim.world);
    expect(s.run('kubectl apply -f web.yaml --dry-run=client').stdout).toBe(
      'service/nginx created (dry run)\nstatefulset.apps/web created (dry run)\n',
    );
    expect(JSON.stringify(s.sim.world)).toBe(before);
  });

  it('the one valid name the simulator cannot store', () => {
    const files: Record<string, string> = {
      'svc.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: constructor\nspec:\n  clusterIP: None\n  ports:\n  - port: 80\n',
    };
    const s = createSession({ seed: 1, readFile: (p) => files[p] });
    fails(
      s,
      'kubectl apply -f svc.yaml',
      'error: (simulator: the name "constructor" cannot be used in the simulator)\n',
    );
    fails(
      s,
      'kubectl create -f svc.yaml',
      'error: (simulator: the name "constructor" cannot be used in the simulator)\n',
    );
  });

  it('nodes are the simulated machines', () => {
    const files: Record<string, string> = { 'node.yaml': 'apiVersion: v1\nkind: Node\nmetadata:\n  name: node-4\n' };
    const s = createSession({ seed: 1, readFile: (p) => files[p] });
    fails(
      s,
      'kubectl apply -f node.yaml',
      'error: (simulator: nodes are the simulated machines and cannot be applied from a manifest; use kubectl cordon, kubectl taint or the sim verbs)\n',
    );
  });

  it('book mode: a value of the wrong type is a client-side validation error, not a crash', () => {
    const files: Record<string, string> = {
      'bad.yaml':
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: nginx\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image:\n          nested: 1\n',
    };
    const s = createSession({ seed: 1, mode: 'book', readFile: (p) => files[p] });
    fails(
      s,
      'kubectl apply -f bad.yaml',
      'error: error validating "bad.yaml": error validating data: expected type string, for field spec.template.spec.containers.image, got map; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });

  it('a bare Pod from a manifest starts Pending and runs', () => {
    const files: Record<string, string> = {
      'pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n  - name: nginx\n    image: registry.k8s.io/nginx-slim:0.8\n',
    };
    const s = createSession({ seed: 1, readFile: (p) => files[p] });
    expect(s.run('kubectl apply -f pod.yaml')).toEqual({ stdout: 'pod/solo created\n', stderr: '', exitCode: 0 });
    s.run('sleep 30');
    expect(s.run('kubectl get pod solo').stdout).toMatch(
      /^NAME {3}READY {3}STATUS {4}RESTARTS {3}AGE\nsolo {3}1\/1 {5}Running/,
    );
  });
});

// kubectl wait and kubectl rollout status: wait.go's condition parsing and timeouts (errors named
// "pods/NAME"; several failures print one per line without "error: "), rollout_status.go's errors.
// Waiting lets virtual time pass even when it times out.
import { describe, expect, it } from 'vitest';
import { createSession } from '../index.ts';
import { fails, web } from './testkit.ts';

describe('kubectl wait: errors and timeouts', () => {
  it('an unrecognized condition, before any lookup', () => {
    const s = web();
    fails(s, 'kubectl wait pod/web-0', 'error: unrecognized condition: ""\n');
    fails(s, 'kubectl wait --for=bogus pod/nope', 'error: unrecognized condition: "bogus"\n');
  });

  it('resources missing or not found', () => {
    const s = web();
    fails(
      s,
      'kubectl wait --for=condition=Ready',
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    fails(
      s,
      'kubectl wait --for=condition=Ready pods',
      'error: resource(s) were provided, but no name was specified\n',
    );
    fails(s, 'kubectl wait --for=condition=Ready pod/nope', 'Error from server (NotFound): pods "nope" not found\n');
    fails(s, 'kubectl wait --for=condition=Ready pods -l app=none', 'error: no matching resources found\n');
  });

  it('--timeout is a Go duration', () => {
    fails(
      web(),
      'kubectl wait --for=condition=Ready pod/web-0 --timeout=30',
      'error: invalid argument "30" for "--timeout" flag: time: missing unit in duration "30"\nSee \'kubectl wait --help\' for usage.\n',
    );
  });

  it('a timeout names the object; several name one per line; the time has passed', () => {
    const s = web();
    const t0 = s.now;
    expect(s.run('kubectl wait --for=condition=Ready=false pod/web-0 --timeout=5s')).toEqual({
      stdout: '',
      stderr: 'error: timed out waiting for the condition on pods/web-0\n',
      exitCode: 1,
    });
    expect(s.now - t0).toBe(5);
    expect(s.run('kubectl wait --for=condition=Ready=false pod/web-0 pod/web-1 --timeout=5s').stderr).toBe(
      'timed out waiting for the condition on pods/web-0\ntimed out waiting for the condition on pods/web-1\n',
    );
    expect(s.run('kubectl wait --for=condition=Ready=false pod/web-0 --timeout=0').stderr).toBe(
      'error: condition not met for pods/web-0\n',
    );
  });

  it('waits for a pod that is still starting, and `timeout` stops it with 124', () => {
    const s = createSession({ seed: 1 });
    s.run('kubectl apply -f web.yaml');
    expect(s.run('kubectl wait --for=condition=Ready pod/web-0 --timeout=60s')).toEqual({
      stdout: 'pod/web-0 condition met\n',
      stderr: '',
      exitCode: 0,
    });
    expect(s.run('timeout 3 kubectl wait --for=condition=Ready=false pod/web-0')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 124,
    });
  });
});

describe('kubectl rollout: errors', () => {
  it('subcommands', () => {
    const s = web();
    fails(
      s,
      'kubectl rollout bogus sts/web',
      'error: unknown command "bogus sts/web"\nSee \'kubectl rollout -h\' for help and examples\n',
    );
    fails(
      s,
      'kubectl rollout undo sts/web',
      'error: "kubectl rollout undo" is not simulated; the simulator supports "kubectl rollout status"\n',
    );
  });

  it('status: no resource, NotFound, no status viewer, OnDelete', () => {
    const s = web();
    fails(s, 'kubectl rollout status', 'error: required resource not specified\n');
    fails(s, 'kubectl rollout status sts/nope', 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    fails(s, 'kubectl rollout status pod/web-0', 'error: no status viewer has been implemented for Pod\n');
    fails(s, 'kubectl rollout status sts/web --revision=-1', 'error: revision must be a positive integer: -1\n');
    s.run('kubectl delete sts web');
    s.run('kubectl apply -f web.yaml');
    s.run(
      'kubectl patch sts web --type=json -p \'[{"op":"replace","path":"/spec/updateStrategy","value":{"type":"OnDelete"}}]\'',
    );
    fails(
      s,
      'kubectl rollout status sts/web',
      'error: rollout status is only available for RollingUpdate strategy type\n',
    );
  });

  it('a rollout that does not finish within --timeout', () => {
    const s = createSession({ seed: 1 });
    s.run('kubectl apply -f web.yaml');
    const r = s.run('kubectl rollout status sts/web --timeout=2s');
    expect(r).toEqual({
      stdout: 'Waiting for 2 pods to be ready...\n',
      stderr: 'error: timed out waiting for the condition\n',
      exitCode: 1,
    });
  });
});

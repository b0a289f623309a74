// kubectl exec: exec.go's Complete and Validate (the pod before `--`, a command after it), then
// the pod, the container, the node and the runtime; a failure inside the container keeps what the
// command did there.
import { describe, expect, it } from 'vitest';
import { fails, web } from './testkit.ts';

describe('kubectl exec: errors', () => {
  it('without `--` the command is refused (the old form was removed)', () => {
    const s = web();
    const removed =
      "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n";
    fails(s, 'kubectl exec web-0 hostname', removed);
    fails(s, 'kubectl exec web-0 extra -- hostname', removed);
    fails(s, 'kubectl exec -it web-0 cat /etc/hostname', removed);
  });

  it('no pod, no command', () => {
    const s = web();
    fails(s, 'kubectl exec', 'error: pod, type/name or --filename must be specified\n');
    fails(s, 'kubectl exec -- hostname', 'error: pod, type/name or --filename must be specified\n');
    fails(s, 'kubectl exec web-0', 'error: you must specify at least one command for the container\n');
    fails(s, 'kubectl exec web-0 --', 'error: you must specify at least one command for the container\n');
  });

  it('NotFound, an unknown type, an unknown container', () => {
    const s = web();
    fails(s, 'kubectl exec nope -- hostname', 'Error from server (NotFound): pods "nope" not found\n');
    fails(s, 'kubectl exec sts/nope -- hostname', 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    fails(s, 'kubectl exec foo/web -- hostname', 'error: the server doesn\'t have a resource type "foo"\n');
    fails(
      s,
      'kubectl exec web-0 -c nope -- hostname',
      'error: container nope is not valid for pod web-0 out of: nginx\n',
    );
    expect(s.run('kubectl exec sts/web -- hostname').stdout).toBe('web-0\n');
  });

  it('a command failing in the container: its exit status, and what it wrote stays written', () => {
    const s = web();
    const r = s.run("kubectl exec web-0 -- sh -c 'echo hello > /usr/share/nginx/html/index.html; cat /nope'");
    expect(r).toEqual({
      stdout: '',
      stderr: 'cat: /nope: No such file or directory\ncommand terminated with exit code 1\n',
      exitCode: 1,
    });
    expect(s.run('kubectl exec web-0 -- cat /usr/share/nginx/html/index.html').stdout).toBe('hello\n');
  });
});

// kubectl describe: describe.go's errors, and its fallback to a name prefix.
import { describe, expect, it } from 'vitest';
import { fails, web } from './testkit.ts';

describe('kubectl describe: errors', () => {
  it('no resource type', () => {
    fails(
      web(),
      'kubectl describe',
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n',
    );
  });

  it('unknown type, NotFound, bad flags', () => {
    const s = web();
    fails(s, 'kubectl describe foo web', 'error: the server doesn\'t have a resource type "foo"\n');
    fails(s, 'kubectl describe pod nope', 'Error from server (NotFound): pods "nope" not found\n');
    fails(s, 'kubectl describe sts nope', 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    fails(
      s,
      'kubectl describe pod web-0 --tty',
      "error: unknown flag: --tty\nSee 'kubectl describe --help' for usage.\n",
    );
  });

  it('TYPE NAME that is not found describes every object whose name starts with NAME', () => {
    const r = web().run('kubectl describe pod web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.match(/^Name: +web-\d$/gm)).toEqual(['Name:             web-0', 'Name:             web-1']);
  });

  it('-l selects, and other namespaces hold nothing', () => {
    const s = web();
    expect(s.run('kubectl describe pods -l app=nginx').stdout.match(/^Name: +\S+$/gm)).toHaveLength(2);
    expect(s.run('kubectl describe pods -n other')).toEqual({
      stdout: '',
      stderr: 'No resources found in other namespace.\n',
      exitCode: 0,
    });
  });
});

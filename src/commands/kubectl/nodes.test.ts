// kubectl cordon / uncordon (drain.go) and kubectl taint (taint.go with pkg/util/taints).
import { describe, expect, it } from 'vitest';
import { fails, web } from './testkit.ts';

describe('kubectl cordon / uncordon: errors', () => {
  it('no node, NotFound, a name with a selector', () => {
    const s = web();
    fails(s, 'kubectl cordon', "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
    fails(
      s,
      'kubectl uncordon',
      "error: USAGE: uncordon NODE [flags]\nSee 'kubectl uncordon -h' for help and examples\n",
    );
    fails(s, 'kubectl cordon nope', 'Error from server (NotFound): nodes "nope" not found\n');
    // The builder stops at the first missing node: nothing is cordoned.
    fails(s, 'kubectl cordon node-1 nope', 'Error from server (NotFound): nodes "nope" not found\n');
    fails(
      s,
      'kubectl cordon node-1 -l a=b',
      "error: cannot specify both a node name and a --selector option\nSee 'kubectl cordon -h' for help and examples\n",
    );
  });

  it('twice is not an error', () => {
    const s = web();
    expect(s.run('kubectl cordon node-1').stdout).toBe('node/node-1 cordoned\n');
    expect(s.run('kubectl cordon node-1').stdout).toBe('node/node-1 already cordoned\n');
    expect(s.run('kubectl uncordon node-1 node-2').stdout).toBe(
      'node/node-1 uncordoned\nnode/node-2 already uncordoned\n',
    );
  });
});

describe('kubectl taint: errors', () => {
  it('missing resources or changes', () => {
    const s = web();
    fails(s, 'kubectl taint', 'error: one or more resources must be specified as <resource> <name>\n');
    fails(s, 'kubectl taint nodes node-1', 'error: at least one taint update is required\n');
    // A word without =, : or a trailing - is a resource name, not a taint.
    fails(s, 'kubectl taint nodes node-1 dedicated', 'error: at least one taint update is required\n');
    fails(
      s,
      'kubectl taint nodes node-1 a=b:NoSchedule extra',
      'error: all resources must be specified before taint changes: extra\n',
    );
    fails(
      s,
      'kubectl taint nodes a=b:NoSchedule',
      "error: at least one resource name must be specified since 'all' parameter is not set\n",
    );
  });

  it('malformed taints are usage errors', () => {
    const s = web();
    fails(
      s,
      'kubectl taint nodes node-1 a=b:Bogus',
      "error: invalid taint effect: Bogus, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n",
    );
    fails(
      s,
      'kubectl taint nodes node-1 a=b',
      "error: invalid taint spec: a=b, name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')\nSee 'kubectl taint -h' for help and examples\n",
    );
    fails(
      s,
      'kubectl taint nodes node-1 a:b:NoSchedule',
      "error: invalid taint spec: a:b:NoSchedule\nSee 'kubectl taint -h' for help and examples\n",
    );
  });

  it('wrong resource type, NotFound, conflicts, existing and missing taints', () => {
    const s = web();
    fails(
      s,
      'kubectl taint pods web-0 a=b:NoSchedule',
      'error: invalid resource type pods, only node types are supported\n',
    );
    fails(s, 'kubectl taint foo web-0 a=b:NoSchedule', 'error: the server doesn\'t have a resource type "foo"\n');
    fails(s, 'kubectl taint nodes nope a=b:NoSchedule', 'Error from server (NotFound): nodes "nope" not found\n');
    fails(
      s,
      'kubectl taint nodes node-1 a=b:NoSchedule a-',
      'error: can not both modify and remove the following taint(s) in the same command: {"a":""}\n',
    );
    fails(s, 'kubectl taint nodes node-1 a-', 'error: taint "a" not found\n');
    fails(s, 'kubectl taint nodes node-1 a:NoExecute-', 'error: taint "a:NoExecute" not found\n');
    expect(s.run('kubectl taint nodes node-1 a=b:NoSchedule').stdout).toBe('node/node-1 tainted\n');
    fails(
      s,
      'kubectl taint nodes node-1 a=c:NoSchedule',
      'error: node node-1 already has a taint(s) with same effect(s) and --overwrite is false\n',
    );
    expect(s.run('kubectl taint nodes node-1 a=c:NoSchedule --overwrite').stdout).toBe('node/node-1 modified\n');
    expect(s.run('kubectl taint nodes node-1 a-').stdout).toBe('node/node-1 untainted\n');
  });
});

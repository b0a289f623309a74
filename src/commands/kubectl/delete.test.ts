// kubectl delete: delete.go's checks in its order (flags, --now, the grace period conversions,
// the resource builder, -o, --all with -l, --force with a grace period), then NotFound.
import { describe, expect, it } from 'vitest';
import { FORCE_WARNING } from './delete.ts';
import { fails, web } from './testkit.ts';

describe('kubectl delete: errors', () => {
  it('nothing named', () => {
    const s = web();
    fails(
      s,
      'kubectl delete',
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    fails(s, 'kubectl delete pods', 'error: resource(s) were provided, but no name was specified\n');
    // The type is mapped before the missing name is noticed.
    fails(s, 'kubectl delete foo', 'error: the server doesn\'t have a resource type "foo"\n');
  });

  it('NotFound, and a partly successful delete keeps what it deleted', () => {
    const s = web();
    fails(s, 'kubectl delete pod nope', 'Error from server (NotFound): pods "nope" not found\n');
    fails(s, 'kubectl delete sts nope', 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    const r = s.run('kubectl delete pod web-1 nope --wait=false');
    expect(r).toEqual({
      stdout: 'pod "web-1" deleted from default namespace\n',
      stderr: 'Error from server (NotFound): pods "nope" not found\n',
      exitCode: 1,
    });
    expect(s.sim.cluster.get('Pod', 'web-1')?.metadata.deletionTimestamp).toBeDefined();
    // --ignore-not-found, or a selector (which turns it on), makes it quiet.
    expect(s.run('kubectl delete pod nope --ignore-not-found')).toEqual({
      stdout: 'No resources found\n',
      stderr: '',
      exitCode: 0,
    });
    expect(s.run('kubectl delete pods -l app=none')).toEqual({
      stdout: 'No resources found\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('--force with --grace-period above 0 is refused; --grace-period=0 alone becomes 1 s', () => {
    const s = web();
    fails(
      s,
      'kubectl delete pod web-0 --force --grace-period=5',
      'error: --force and --grace-period greater than 0 cannot be specified together\n',
    );
    fails(
      s,
      'kubectl delete pod web-0 --now --grace-period=5',
      'error: --now and --grace-period cannot be specified together\n',
    );
    const r = s.run('kubectl delete pod web-0 --grace-period=0 --wait=false');
    expect(r).toEqual({ stdout: 'pod "web-0" deleted from default namespace\n', stderr: '', exitCode: 0 });
    expect(s.sim.cluster.get('Pod', 'web-0')?.metadata.deletionGracePeriodSeconds).toBe(1);
  });

  it('--force alone is an immediate deletion, with the warning first', () => {
    const r = web().run('kubectl delete pod web-0 --force');
    expect(r).toEqual({
      stdout: 'pod "web-0" force deleted from default namespace\n',
      stderr: FORCE_WARNING,
      exitCode: 0,
    });
  });

  it('bad flag values', () => {
    const s = web();
    fails(
      s,
      'kubectl delete pod web-0 --grace-period=soon',
      'error: invalid argument "soon" for "--grace-period" flag: strconv.ParseInt: parsing "soon": invalid syntax\nSee \'kubectl delete --help\' for usage.\n',
    );
    fails(
      s,
      'kubectl delete pod web-0 --cascade=sideways',
      'error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan".\n',
    );
    fails(s, 'kubectl delete pod web-0 -o yaml', "error: unexpected -o output mode: yaml. We only support '-o name'\n");
    fails(s, 'kubectl delete pods --all -l app=nginx', 'error: cannot set --all and --selector at the same time\n');
    fails(
      s,
      'kubectl delete pod web-0 --dry-run=maybe',
      'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n',
    );
  });

  it('--cascade=false still works, with its deprecation warning', () => {
    const r = web().run('kubectl delete sts web --cascade=false');
    expect(r).toEqual({
      stdout: 'statefulset.apps "web" deleted from default namespace\n',
      stderr: 'warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n',
      exitCode: 0,
    });
  });
});

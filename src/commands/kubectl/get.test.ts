// kubectl get: the resource builder's errors (cli-runtime builder.go) and get.go's own.
import { describe, expect, it } from 'vitest';
import { fails, web } from './testkit.ts';

describe('kubectl get: errors', () => {
  it('no resource type: get.go prints the hint, then the usage error', () => {
    fails(
      web(),
      'kubectl get',
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples\n",
    );
  });

  it('an unknown resource type names the resource part only', () => {
    const s = web();
    fails(s, 'kubectl get foo', 'error: the server doesn\'t have a resource type "foo"\n');
    fails(s, 'kubectl get foo.apps', 'error: the server doesn\'t have a resource type "foo"\n');
    fails(s, 'kubectl get pods,foo', 'error: the server doesn\'t have a resource type "foo"\n');
  });

  it('NotFound, after whatever was found', () => {
    const s = web();
    fails(s, 'kubectl get pod nope', 'Error from server (NotFound): pods "nope" not found\n');
    fails(s, 'kubectl get sts nope', 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    fails(s, 'kubectl get pvc nope', 'Error from server (NotFound): persistentvolumeclaims "nope" not found\n');
    const r = s.run('kubectl get pods web-0 nope');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^NAME {4}READY/);
    expect(r.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    // TYPE,TYPE NAME means TYPE/NAME for each type.
    expect(s.run('kubectl get pods,svc web-0').stderr).toBe(
      'Error from server (NotFound): services "web-0" not found\n',
    );
  });

  it('argument shapes the builder refuses', () => {
    const s = web();
    fails(
      s,
      'kubectl get pod/web-0 svc',
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    );
    fails(s, 'kubectl get pod/', 'error: arguments in resource/name form must have a single resource and name\n');
    fails(s, 'kubectl get pod/web-0/x', 'error: arguments in resource/name form may not have more than one slash\n');
    fails(s, 'kubectl get all web-0', 'error: you may only specify a single resource type\n');
    fails(s, 'kubectl get pods -l app=nginx web-0', 'error: name cannot be provided when a selector is specified\n');
    fails(s, "kubectl get pod ''", 'error: resource name may not be empty\n');
  });

  it("names that are Object.prototype's members are simply not found", () => {
    const s = web();
    fails(s, 'kubectl get pod constructor', 'Error from server (NotFound): pods "constructor" not found\n');
    fails(s, 'kubectl get sts valueOf', 'Error from server (NotFound): statefulsets.apps "valueOf" not found\n');
    fails(s, 'kubectl cordon __proto__', 'Error from server (NotFound): nodes "__proto__" not found\n');
    fails(s, 'sim partition constructor', 'error: node "constructor" not found\n');
  });

  it('an unknown output format', () => {
    fails(
      web(),
      'kubectl get pods -o bogus',
      'error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
  });

  it('other namespaces are empty; cluster-scoped types ignore -n', () => {
    const s = web();
    expect(s.run('kubectl get pods -n other')).toEqual({
      stdout: '',
      stderr: 'No resources found in other namespace.\n',
      exitCode: 0,
    });
    fails(s, 'kubectl get pod web-0 -n other', 'Error from server (NotFound): pods "web-0" not found\n');
    expect(s.run('kubectl get nodes -n other').stdout).toMatch(/^NAME {5}STATUS/);
    expect(s.run("kubectl get sts -n ''").stdout).toMatch(/^NAME {3}READY/);
  });

  it('flag errors come from pflag, wrapped by kubectl', () => {
    const s = web();
    fails(
      s,
      'kubectl get pods --frobnicate',
      "error: unknown flag: --frobnicate\nSee 'kubectl get --help' for usage.\n",
    );
    fails(s, 'kubectl get pods -Z', "error: unknown shorthand flag: 'Z' in -Z\nSee 'kubectl get --help' for usage.\n");
    fails(s, 'kubectl get pods -o', "error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n");
    fails(
      s,
      'kubectl get pods --output',
      "error: flag needs an argument: --output\nSee 'kubectl get --help' for usage.\n",
    );
    fails(
      s,
      'kubectl get pods --watch=maybe',
      'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
    );
  });
});

describe('kubectl get endpoints', () => {
  it('prints the v1.33+ deprecation warning on stderr before the table (semantics §5.6)', () => {
    const s = web();
    s.run('sleep 40');
    const r = s.run('kubectl get endpoints nginx');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
    expect(s.lastOutput[0]!.stream).toBe('stderr');
    expect(r.stdout).toMatch(/^NAME {4}ENDPOINTS/);
  });
});

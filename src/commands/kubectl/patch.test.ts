// kubectl patch: patch.go's Validate (before any lookup), the YAML conversion kubectl does itself,
// then the server's errors for the object and the patch.
import { describe, it } from 'vitest';
import { fails, web } from './testkit.ts';

describe('kubectl patch: errors', () => {
  it('no patch, or an unknown patch type, is refused before the object is looked up', () => {
    const s = web();
    fails(
      s,
      'kubectl patch sts web',
      'error: must specify --patch or --patch-file containing the contents of the patch\n',
    );
    fails(
      s,
      'kubectl patch sts nope',
      'error: must specify --patch or --patch-file containing the contents of the patch\n',
    );
    fails(
      s,
      "kubectl patch sts web -p ''",
      'error: must specify --patch or --patch-file containing the contents of the patch\n',
    );
    fails(
      s,
      "kubectl patch sts web --type=foo -p '{}'",
      'error: --type must be one of [json merge strategic], not "foo"\n',
    );
  });

  it("malformed JSON goes to the server (after the lookup); malformed YAML is kubectl's own error", () => {
    const s = web();
    fails(
      s,
      "kubectl patch sts web -p '{bad'",
      "Error from server (BadRequest): invalid character 'b' looking for beginning of object key string\n",
    );
    fails(s, "kubectl patch sts nope -p '{bad'", 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    fails(
      s,
      "kubectl patch sts nope -p 'spec: [3'",
      "error: unable to parse \"spec: [3\": yaml: line 1: did not find expected ',' or ']'\n",
    );
  });

  it('NotFound and unknown types', () => {
    const s = web();
    fails(s, "kubectl patch sts nope -p '{}'", 'Error from server (NotFound): statefulsets.apps "nope" not found\n');
    fails(s, "kubectl patch foo web -p '{}'", 'error: the server doesn\'t have a resource type "foo"\n');
    fails(s, "kubectl patch sts -p '{}'", 'error: resource(s) were provided, but no name was specified\n');
  });

  it('a patch that would run more replicas than the simulated cluster can', () => {
    fails(
      web(),
      'kubectl patch sts web -p \'{"spec":{"replicas":100000}}\'',
      'error: (simulator: 100000 replicas is more than this simulated cluster can run; use at most 1000)\n',
    );
  });
});

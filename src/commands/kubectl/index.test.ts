// kubectl's own errors before any verb runs: unknown commands (cobra's "unknown command" with its
// Levenshtein/prefix suggestions), real kubectl commands the simulator does not have, flags
// before the verb (cobra finds the verb past them; kubectl's plugin lookup refuses them).
import { describe, expect, it } from 'vitest';
import { fails, web } from './testkit.ts';

describe('kubectl: unknown and unsimulated commands', () => {
  it("an unknown verb gets cobra's error, with suggestions only when one is close", () => {
    const s = web();
    fails(s, 'kubectl xyzzy', 'error: unknown command "xyzzy" for "kubectl"\n');
    // ld("gett", …) ≤ 2: set and get, in the order cobra holds the commands (cmd.go's groups).
    fails(s, 'kubectl gett pods', 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n');
    fails(
      s,
      'kubectl delet pod web-0',
      'error: unknown command "delet" for "kubectl"\n\nDid you mean this?\n\tdelete\n',
    );
    // A prefix match counts too.
    fails(s, 'kubectl desc pods', 'error: unknown command "desc" for "kubectl"\n\nDid you mean this?\n\tdescribe\n');
  });

  it('a real kubectl command that is not simulated says so, and lists what is', () => {
    const r = fails(
      web(),
      'kubectl logs web-0',
      expect.stringMatching(
        /^error: "kubectl logs" is not simulated; the simulator supports kubectl apply, .*kubectl get, .*\n$/,
      ) as unknown as string,
    );
    expect(r.stdout).toBe('');
  });

  it('flags may come before the verb; an unknown verb after flags is a plugin lookup error', () => {
    const s = web();
    expect(s.run('kubectl -n default get sts').stdout).toBe('NAME   READY   AGE\nweb    2/2     60s\n');
    expect(s.run('kubectl --namespace=default get sts web -o name').stdout).toBe('statefulset.apps/web\n');
    // The verb's own parser sees the early flag, so the error names the verb.
    fails(
      s,
      'kubectl --grace-period=3 get pods',
      "error: unknown flag: --grace-period\nSee 'kubectl get --help' for usage.\n",
    );
    fails(s, 'kubectl --bogus get pods', 'Error: flags cannot be placed before plugin name: --bogus\n');
    fails(s, 'kubectl --bogus', "error: unknown flag: --bogus\nSee 'kubectl --help' for usage.\n");
  });

  it('kubectl alone prints its help on stdout and succeeds', () => {
    const r = web().run('kubectl');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^kubectl controls the Kubernetes cluster manager\.\n/);
    expect(r.stderr).toBe('');
  });
});

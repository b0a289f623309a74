import { describe, expect, it } from 'vitest';
import { createSession } from '../index.ts';

describe('kubectl run … --rm -- nslookup', () => {
  it('a lookup that fails: its error is on the TTY, then the cleanup, then the pod failure', () => {
    const s = createSession({ seed: 1 });
    s.run('kubectl apply -f web.yaml');
    const r = s.run('kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-5.nginx');
    expect(r).toEqual({
      stdout:
        'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n' +
        "nslookup: can't resolve 'web-5.nginx'\n" +
        'pod "dns-test" deleted from default namespace\n',
      stderr: 'pod default/dns-test terminated (Error)\n',
      exitCode: 1,
    });
  });

  it('without a TTY the container stderr stays on stderr', () => {
    const s = createSession({ seed: 1 });
    const r = s.run('kubectl run -i --image busybox:1.28 dns-test --restart=Never --rm -- nslookup nothing');
    expect(r.stdout).toBe(
      'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n' +
        'pod "dns-test" deleted from default namespace\n',
    );
    expect(r.stderr).toBe("nslookup: can't resolve 'nothing'\npod default/dns-test terminated (Error)\n");
  });

  it('a lookup that succeeds ends with the cleanup line only', () => {
    const s = createSession({ seed: 1 });
    s.run('kubectl apply -f web.yaml');
    s.run('sleep 30');
    const r = s.run('kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm -- nslookup web-0.nginx');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.endsWith('pod "dns-test" deleted from default namespace\n')).toBe(true);
  });
});

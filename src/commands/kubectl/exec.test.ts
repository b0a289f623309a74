import { describe, expect, it } from 'vitest';
import { createSession } from '../index.ts';

/** The tutorial's two web pods, Running and Ready. */
function web() {
  const s = createSession({ seed: 1 });
  s.run('kubectl apply -f web.yaml');
  s.run('sleep 60');
  return s;
}

describe('kubectl exec … -- sh -c', () => {
  it("expands $(hostname) the way sh does (the tutorial's index.html step)", () => {
    const s = web();
    for (const i of [0, 1]) {
      const w = s.run(`kubectl exec web-${i} -- sh -c 'echo "$(hostname)" > /usr/share/nginx/html/index.html'`);
      expect(w).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    }
    expect(s.run('kubectl exec -i -t web-0 -- curl http://localhost/').stdout).toBe('web-0\n');
    expect(s.run('kubectl exec -i -t web-1 -- curl http://localhost/').stdout).toBe('web-1\n');
  });

  it('expands unquoted $(…) and backquotes, but nothing inside single quotes', () => {
    const s = web();
    expect(s.run(`kubectl exec web-0 -- sh -c 'echo $(hostname -f)'`).stdout).toBe(
      'web-0.nginx.default.svc.cluster.local\n',
    );
    expect(s.run('kubectl exec web-1 -- sh -c "echo `hostname`"').stdout).toBe('web-1\n');
    expect(s.run(`kubectl exec web-0 -- sh -c "echo '\\$(hostname)'"`).stdout).toBe('$(hostname)\n');
  });
});

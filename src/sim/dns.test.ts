import { describe, expect, it } from 'vitest';
import { query, resolve } from './dns.ts';
import { aHeadlessService, aStatefulSet, HTTP_PROBE } from './testing/builders.ts';
import { TestSim } from './testing/harness.ts';

describe('cluster DNS (semantics §2)', () => {
  it('answers SRV with one record per ready pod, weight floor(100/N), targets the per-pod names', () => {
    const t = new TestSim()
      .create(aHeadlessService('web'), aStatefulSet('web', { replicas: 3, claims: false }))
      .advance(90);
    const a = query(t.c, 'web.default.svc.cluster.local', 'SRV');
    expect(a.status).toBe('NOERROR');
    expect(a.answers.map((r) => r.data).sort()).toEqual([
      '0 33 80 web-0.web.default.svc.cluster.local.',
      '0 33 80 web-1.web.default.svc.cluster.local.',
      '0 33 80 web-2.web.default.svc.cluster.local.',
    ]);
    expect(a.additional.map((r) => r.name).sort()).toEqual([
      'web-0.web.default.svc.cluster.local.',
      'web-1.web.default.svc.cluster.local.',
      'web-2.web.default.svc.cluster.local.',
    ]);
    const ip = t.pod('web-1')!.status.podIP;
    expect(resolve(t.c, 'web-1.web', 'A').answers.map((r) => r.data)).toEqual([ip]);
  });

  it('is NXDOMAIN before any pod is ready, and drops a pod whose readiness fails', () => {
    const t = new TestSim().create(
      aHeadlessService('web'),
      aStatefulSet('web', { replicas: 2, probe: HTTP_PROBE, claims: false }),
    );
    expect(query(t.c, 'web.default.svc.cluster.local', 'A').status).toBe('NXDOMAIN');
    expect(query(t.c, 'web-0.web.default.svc.cluster.local', 'A').status).toBe('NXDOMAIN');
    t.advance(60);
    expect(query(t.c, 'web.default.svc.cluster.local', 'SRV').answers).toHaveLength(2);
    t.sim.setReadiness('web-1', 'fail');
    t.advance(5);
    const srv = query(t.c, 'web.default.svc.cluster.local', 'SRV');
    expect(srv.answers.map((r) => r.data)).toEqual(['0 100 80 web-0.web.default.svc.cluster.local.']);
    expect(query(t.c, 'web-1.web.default.svc.cluster.local', 'A').status).toBe('NXDOMAIN');
  });

  it('publishes not-ready pods that have an IP when publishNotReadyAddresses is set', () => {
    const t = new TestSim().create(
      aHeadlessService('web', true),
      aStatefulSet('web', { replicas: 2, probe: HTTP_PROBE, claims: false }),
    );
    t.advance(60);
    t.sim.setReadiness('web-1', 'fail');
    t.advance(5);
    expect(query(t.c, 'web.default.svc.cluster.local', 'SRV').answers).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { query } from '../../sim/dns.ts';
import { dnsRecords } from './dnsRecords.ts';
import { WEB, sessionAfter, worldAfter } from './testing.ts';

describe('dnsRecords', () => {
  it('lists per-pod A records and the SRV answer of a headless Service', () => {
    const [nginx] = dnsRecords(worldAfter([...WEB, 'kubectl scale sts web --replicas=3', 'sleep 30']));
    expect(nginx!.fqdn).toBe('nginx.default.svc.cluster.local');
    expect(nginx!.podRecords.map((r) => r.name)).toEqual([
      'web-0.nginx.default.svc.cluster.local',
      'web-1.nginx.default.svc.cluster.local',
      'web-2.nginx.default.svc.cluster.local',
    ]);
    expect(nginx!.srv.status).toBe('NOERROR');
    expect(nginx!.srv.records.map((r) => [r.priority, r.weight, r.port, r.target])).toEqual([
      [0, 33, 80, 'web-0.nginx.default.svc.cluster.local.'],
      [0, 33, 80, 'web-1.nginx.default.svc.cluster.local.'],
      [0, 33, 80, 'web-2.nginx.default.svc.cluster.local.'],
    ]);
  });

  it('agrees with the simulated CoreDNS, record for record', () => {
    // node-1 is lost: web-0 is no longer Ready and leaves DNS.
    const s = sessionAfter([
      ...WEB,
      'kubectl scale sts web --replicas=3',
      'sleep 30',
      'sim partition node-1',
      'sleep 70',
    ]);
    const [view] = dnsRecords(s.sim.world);
    const srv = query(s.sim.cluster, 'nginx.default.svc.cluster.local', 'SRV');
    const fromDns = srv.answers.map((a) => a.data).sort();
    const fromView = view!.srv.records.map((r) => `${r.priority} ${r.weight} ${r.port} ${r.target}`).sort();
    expect(fromView).toEqual(fromDns);
    for (const r of view!.podRecords) {
      expect(query(s.sim.cluster, r.name, 'A').answers.map((a) => a.data)).toEqual([r.ip]);
    }
    expect(view!.notReady.map((r) => r.pod)).toEqual(['web-0']);
    expect(view!.podRecords.map((r) => r.pod)).toEqual(['web-1', 'web-2']);
    expect(view!.srv.records.map((r) => r.weight)).toEqual([50, 50]);
  });

  it('answers NXDOMAIN when no pod is ready', () => {
    const [nginx] = dnsRecords(worldAfter(['kubectl apply -f web.yaml', 'sleep 2']));
    expect(nginx!.srv).toEqual({ status: 'NXDOMAIN', records: [] });
    expect(nginx!.serviceA.status).toBe('NXDOMAIN');
    expect(nginx!.podRecords).toEqual([]);
  });

  it('uses the book-era SRV shape in book mode', () => {
    const s = sessionAfter(
      [
        'kubectl apply -f persistent-volumes.yaml',
        'kubectl apply -f kubia-service-headless.yaml',
        'kubectl apply -f kubia-statefulset.yaml',
        'sleep 60',
      ],
      { storage: 'manual', mode: 'book' },
    );
    const [kubia] = dnsRecords(s.sim.world);
    const srv = query(s.sim.cluster, 'kubia.default.svc.cluster.local', 'SRV');
    expect(kubia!.srv.records.map((r) => `${r.priority} ${r.weight} ${r.port} ${r.target}`).sort()).toEqual(
      srv.answers.map((a) => a.data).sort(),
    );
    expect(kubia!.srv.records[0]!.priority).toBe(10);
  });
});

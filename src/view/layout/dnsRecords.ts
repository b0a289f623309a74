// What cluster DNS answers for each headless Service, computed from its Endpoints the way
// src/sim/dns.ts answers a query (which needs a live Cluster): per-pod A records for ready
// addresses with a hostname, the Service's A answer (every ready address), and its SRV answer
// with weight floor(100/N) (book mode: priority 10, port 0, floor(100/(N+1))). NXDOMAIN when
// nothing is ready. Records come in ordinal order here; a real server shuffles them.
import type { World } from '../../sim/engine/world.ts';
import { publishesNotReady } from '../../sim/controllers/endpoints.ts';
import { parentAndOrdinal } from '../../sim/model/pods.ts';
import type { EndpointAddress, Service } from '../../sim/model/types.ts';

export interface PodARecord {
  /** `web-0.nginx.default.svc.cluster.local` (no trailing dot). */
  name: string;
  ip: string;
  pod: string;
}

export interface SrvRecord {
  priority: number;
  weight: number;
  port: number;
  /** `web-0.nginx.default.svc.cluster.local.` (with the trailing dot dig prints). */
  target: string;
  ip: string;
  pod: string;
}

export interface DnsServiceView {
  service: string;
  namespace: string;
  /** `nginx.default.svc.cluster.local` */
  fqdn: string;
  ttl: number;
  podRecords: PodARecord[];
  serviceA: { status: 'NOERROR' | 'NXDOMAIN'; ips: string[] };
  srv: { status: 'NOERROR' | 'NXDOMAIN'; records: SrvRecord[] };
  /** Endpoints DNS leaves out because they are not ready. */
  notReady: { pod: string; ip: string }[];
  publishNotReady: boolean;
}

function podOf(a: EndpointAddress): string {
  return a.targetRef?.name ?? a.hostname ?? a.ip;
}

function byOrdinal(a: { pod: string }, b: { pod: string }): number {
  const pa = parentAndOrdinal(a.pod);
  const pb = parentAndOrdinal(b.pod);
  if (pa && pb && pa.parent === pb.parent) return pa.ordinal - pb.ordinal;
  return a.pod < b.pod ? -1 : a.pod > b.pod ? 1 : 0;
}

/** DNS answers for every headless Service in the world, by Service name. */
export function dnsRecords(world: World): DnsServiceView[] {
  return Object.values(world.objects.Service)
    .filter((s) => s.spec.clusterIP === 'None')
    .map((s) => serviceDns(world, s))
    .sort((a, b) => (a.service < b.service ? -1 : 1));
}

export function serviceDns(world: World, svc: Service): DnsServiceView {
  const domain = world.config.clusterDomain;
  const namespace = svc.metadata.namespace ?? 'default';
  const fqdn = `${svc.metadata.name}.${namespace}.svc.${domain}`;
  const ep = world.objects.Endpoints[svc.metadata.name];
  const subsets = ep?.subsets ?? [];
  const ready = subsets.flatMap((s) => s.addresses ?? []);
  const ports = subsets[0]?.ports ?? [];
  const hostName = (a: EndpointAddress) => `${a.hostname ?? a.ip.replace(/\./g, '-')}.${fqdn}`;
  const podRecords = ready
    .filter((a) => a.hostname !== undefined)
    .map((a) => ({ name: hostName(a), ip: a.ip, pod: podOf(a) }))
    .sort(byOrdinal);
  const pairs = ready.flatMap((a) => ports.map((p) => ({ a, p })));
  const book = world.config.mode === 'book';
  const weight = pairs.length ? Math.floor(100 / (book ? pairs.length + 1 : pairs.length)) : 0;
  const records: SrvRecord[] = pairs
    .map(({ a, p }) => ({
      priority: book ? 10 : 0,
      weight,
      port: book ? 0 : p.port,
      target: `${hostName(a)}.`,
      ip: a.ip,
      pod: podOf(a),
    }))
    .sort((x, y) => byOrdinal(x, y) || x.port - y.port);
  const notReady = subsets
    .flatMap((s) => s.notReadyAddresses ?? [])
    .map((a) => ({ pod: podOf(a), ip: a.ip }))
    .sort(byOrdinal);
  return {
    service: svc.metadata.name,
    namespace,
    fqdn,
    ttl: world.config.dnsTtl,
    podRecords,
    serviceA: {
      status: ready.length ? 'NOERROR' : 'NXDOMAIN',
      ips: ready
        .map((a) => ({ pod: podOf(a), ip: a.ip }))
        .sort(byOrdinal)
        .map((x) => x.ip),
    },
    srv: { status: records.length ? 'NOERROR' : 'NXDOMAIN', records },
    notReady,
    publishNotReady: publishesNotReady(svc),
  };
}

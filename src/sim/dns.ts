// Cluster DNS as CoreDNS's kubernetes plugin answers it (semantics §2): per-pod A records for
// ready endpoints with a hostname, Service A records (ClusterIP, or each ready endpoint of a
// headless Service), SRV records with weight floor(100/N), NXDOMAIN when nothing is ready.
import type { Cluster } from './engine/cluster.ts';
import { shuffled } from './engine/rng.ts';
import type { EndpointAddress, Service } from './model/types.ts';

export interface DnsRecord {
  name: string;
  ttl: number;
  type: 'A' | 'SRV' | 'SOA';
  data: string;
}

export interface DnsAnswer {
  qname: string;
  qtype: 'A' | 'SRV';
  status: 'NOERROR' | 'NXDOMAIN';
  answers: DnsRecord[];
  additional: DnsRecord[];
  authority: DnsRecord[];
}

export const DNS_SERVER = '10.96.0.10';

function fqdn(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/** Names a pod in `default` tries for `name`, per resolv.conf's search list and ndots:5. */
export function searchCandidates(name: string, domain: string): string[] {
  if (name.endsWith('.')) return [name];
  const search = [`default.svc.${domain}`, `svc.${domain}`, domain];
  const dots = name.split('.').length - 1;
  const expanded = search.map((s) => `${name}.${s}.`);
  return dots >= 5 ? [`${name}.`, ...expanded] : [...expanded, `${name}.`];
}

interface Target {
  svc: Service;
  host?: string;
  port?: { name: string; proto: string };
}

function parse(c: Cluster, qname: string): Target | undefined {
  const domain = c.world.config.clusterDomain;
  const suffix = `.default.svc.${domain}.`;
  if (!qname.endsWith(suffix)) return undefined;
  const labels = qname.slice(0, -suffix.length).split('.');
  const svcName = labels.pop();
  const svc = svcName ? c.get('Service', svcName) : undefined;
  if (!svc) return undefined;
  if (labels.length === 0) return { svc };
  if (labels.length === 1) return { svc, host: labels[0]! };
  if (labels.length === 2 && labels[0]!.startsWith('_') && labels[1]!.startsWith('_'))
    return { svc, port: { name: labels[0]!.slice(1), proto: labels[1]!.slice(1) } };
  return undefined;
}

function readyAddresses(c: Cluster, svc: Service): EndpointAddress[] {
  const ep = c.get('Endpoints', svc.metadata.name);
  return (ep?.subsets ?? []).flatMap((s) => s.addresses ?? []);
}

function endpointPorts(c: Cluster, svc: Service): { name?: string; port: number; protocol: string }[] {
  return c.get('Endpoints', svc.metadata.name)?.subsets?.[0]?.ports ?? [];
}

function soa(c: Cluster): DnsRecord {
  const d = c.world.config.clusterDomain;
  // CoreDNS's serial is the time of the last Service or Endpoints change (APIConn.Modified()).
  const serial = Math.floor((c.world.config.epochMs + (c.world.dnsModified ?? 0)) / 1000);
  return {
    name: `${d}.`,
    ttl: c.world.config.dnsTtl,
    type: 'SOA',
    data: `ns.dns.${d}. hostmaster.${d}. ${serial} 7200 1800 86400 ${c.world.config.dnsTtl}`,
  };
}

function hostTarget(a: EndpointAddress, svc: Service, domain: string): string {
  const host = a.hostname ?? a.ip.replace(/\./g, '-');
  return `${host}.${svc.metadata.name}.default.svc.${domain}.`;
}

/** Answers one fully qualified query. */
export function query(c: Cluster, rawName: string, qtype: 'A' | 'SRV'): DnsAnswer {
  const qname = fqdn(rawName.toLowerCase());
  const ttl = c.world.config.dnsTtl;
  const domain = c.world.config.clusterDomain;
  const res: DnsAnswer = { qname, qtype, status: 'NOERROR', answers: [], additional: [], authority: [] };
  const nx = () => ({ ...res, status: 'NXDOMAIN' as const, authority: [soa(c)] });
  if (qname === `kubernetes.default.svc.${domain}.` && qtype === 'A')
    return { ...res, answers: [{ name: qname, ttl, type: 'A', data: '10.96.0.1' }] };
  const t = parse(c, qname);
  if (!t) return nx();
  const headless = t.svc.spec.clusterIP === 'None';
  const addrs = readyAddresses(c, t.svc);
  if (t.host !== undefined) {
    const a = addrs.filter((x) => x.hostname === t.host || x.ip.replace(/\./g, '-') === t.host);
    if (!headless || !a.length) return nx();
    if (qtype === 'A') return { ...res, answers: a.map((x) => ({ name: qname, ttl, type: 'A' as const, data: x.ip })) };
    return { ...res, authority: [soa(c)] };
  }
  const ports = endpointPorts(c, t.svc).filter(
    (p) => !t.port || (p.name === t.port.name && p.protocol.toLowerCase() === t.port.proto.toLowerCase()),
  );
  if (qtype === 'A') {
    if (!headless) return { ...res, answers: [{ name: qname, ttl, type: 'A', data: t.svc.spec.clusterIP! }] };
    if (!addrs.length || t.port) return nx();
    return {
      ...res,
      answers: shuffled(c.world, addrs).map((x) => ({ name: qname, ttl, type: 'A' as const, data: x.ip })),
    };
  }
  // SRV
  if (!headless) {
    const svcPorts = (t.svc.spec.ports ?? []).filter((p) => !t.port || p.name === t.port.name);
    if (!svcPorts.length) return nx();
    const target = `${t.svc.metadata.name}.default.svc.${domain}.`;
    const w = Math.floor(100 / svcPorts.length);
    return {
      ...res,
      answers: svcPorts.map((p) => ({ name: qname, ttl, type: 'SRV' as const, data: `0 ${w} ${p.port} ${target}` })),
      additional: [{ name: target, ttl, type: 'A', data: t.svc.spec.clusterIP! }],
    };
  }
  if (!addrs.length || (t.port && !ports.length)) return nx();
  const usable = t.port ? ports : ports.length ? ports : [];
  const pairs = addrs.flatMap((a) => usable.map((p) => ({ a, p })));
  if (!pairs.length) return { ...res, authority: [soa(c)] };
  // kube-dns (the book's era) answered priority 10 and port 0, with a weight the book shows as 33
  // for two pods [DERIVED: modelled as floor(100 / (N + 1))]; CoreDNS answers 0, floor(100 / N).
  const book = c.world.config.mode === 'book';
  const w = book ? Math.floor(100 / (pairs.length + 1)) : Math.floor(100 / pairs.length);
  const order = shuffled(c.world, pairs);
  return {
    ...res,
    answers: order.map(({ a, p }) => ({
      name: qname,
      ttl,
      type: 'SRV' as const,
      data: book ? `10 ${w} 0 ${hostTarget(a, t.svc, domain)}` : `0 ${w} ${p.port} ${hostTarget(a, t.svc, domain)}`,
    })),
    additional: order.map(({ a }) => ({ name: hostTarget(a, t.svc, domain), ttl, type: 'A' as const, data: a.ip })),
  };
}

/** Resolves a name as a pod's resolver would: first candidate in the search list that exists. */
export function resolve(c: Cluster, name: string, qtype: 'A' | 'SRV'): DnsAnswer {
  let last: DnsAnswer | undefined;
  for (const cand of searchCandidates(name.toLowerCase(), c.world.config.clusterDomain)) {
    const a = query(c, cand, qtype);
    if (a.status === 'NOERROR' && a.answers.length) return a;
    last ??= a;
  }
  return last ?? query(c, name, qtype);
}

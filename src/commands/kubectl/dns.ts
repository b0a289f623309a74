// dig and nslookup, answered by the simulated CoreDNS (semantics §2, §5.13). At the top level
// they run from a throwaway pod in `default`; `kubectl run … -- dig …` runs them the same way.
import { DNS_SERVER, query as engineQuery, resolve as engineResolve, type DnsAnswer } from '../../sim/dns.ts';
import type { Cluster } from '../../sim/engine/cluster.ts';
import { reservedName } from './objects.ts';
import { randomInt } from '../../sim/engine/rng.ts';
import type { CommandContext } from '../context.ts';
import { formatBusyboxNslookup, formatDig, KUBE_DNS_PTR } from '../format/index.ts';

/**
 * The engine's DNS looks labels up in plain objects, where `constructor` or `__proto__` would
 * find Object.prototype's members (reported). No object can have such a name here, so the answer
 * is the one for a name that does not exist, with the asked name put back.
 */
function safely(
  lookup: (c: Cluster, name: string, qtype: 'A' | 'SRV') => DnsAnswer,
): (c: Cluster, name: string, qtype: 'A' | 'SRV') => DnsAnswer {
  return (c, name, qtype) => {
    const labels = name.toLowerCase().split('.');
    if (!labels.some(reservedName)) return lookup(c, name, qtype);
    const stand = labels.map((l, i) => (reservedName(l) ? `reserved-label-${i}` : l));
    const a = lookup(c, stand.join('.'), qtype);
    const back = (n: string) => n.replace(/reserved-label-(\d+)/g, (_, i: string) => labels[Number(i)]!);
    return { ...a, qname: back(a.qname) };
  };
}
const query = safely(engineQuery);
const resolve = safely(engineResolve);

export function digCommand(ctx: CommandContext, words: string[]): number {
  let qtype: 'A' | 'SRV' = 'A';
  let name: string | undefined;
  let short = false;
  let search = false;
  for (const w of words) {
    if (w === 'SRV' || w === 'srv') qtype = 'SRV';
    else if (w === 'A' || w === 'a') qtype = 'A';
    else if (w === '+short') short = true;
    else if (w === '+search') search = true;
    else if (w.startsWith('+') || w.startsWith('@')) continue;
    else if (w.startsWith('-')) {
      ctx.err(`Invalid option: ${w}\nUsage:  dig [@global-server] [domain] [q-type] [q-class] {q-opt}\n`);
      return 1;
    } else name = w;
  }
  if (!name) {
    ctx.err('dig: a name to look up is required (for example: dig SRV kubia.default.svc.cluster.local)\n');
    return 1;
  }
  const c = ctx.sim.cluster;
  const answer: DnsAnswer = search ? resolve(c, name, qtype) : query(c, name, qtype);
  ctx.out(
    formatDig({
      args: words,
      qname: answer.qname,
      qtype,
      status: answer.status,
      id: randomInt(c.world, 1, 65535),
      answers: answer.answers,
      authority: answer.authority,
      additional: answer.additional,
      queryTimeMs: randomInt(c.world, 0, 2),
      whenMs: c.world.config.epochMs + c.now,
      server: DNS_SERVER,
      short,
    }),
  );
  return 0;
}

export function nslookupCommand(ctx: CommandContext, words: string[]): number {
  const name = words.find((w) => !w.startsWith('-'));
  if (!name) {
    ctx.err('BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n');
    return 1;
  }
  const c = ctx.sim.cluster;
  const a = resolve(c, name, 'A');
  const ok = a.status === 'NOERROR' && a.answers.length > 0;
  const r = formatBusyboxNslookup({
    query: name,
    server: DNS_SERVER,
    serverName: KUBE_DNS_PTR,
    ok,
    answers: a.answers.map((x) => ({ ip: x.data, ptrName: ptr(ctx, x.data) })),
  });
  ctx.out(r.stdout);
  ctx.err(r.stderr);
  return r.exitCode;
}

/** The reverse name CoreDNS gives a pod IP: its per-pod record under the headless Service. */
function ptr(ctx: CommandContext, ip: string): string | undefined {
  for (const ep of ctx.sim.cluster.list('Endpoints'))
    for (const s of ep.subsets ?? [])
      for (const a of s.addresses ?? [])
        if (a.ip === ip && a.hostname)
          return `${a.hostname}.${ep.metadata.name}.default.svc.${ctx.sim.world.config.clusterDomain}`;
  return undefined;
}

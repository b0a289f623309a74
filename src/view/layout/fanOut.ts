// The network fan-out the picture draws right after a DNS SRV lookup (`dig SRV …`, `nslookup …`)
// or a request to the book's peers app (luksa/kubia-pet-peers): arrows from the headless Service
// (or the pod that answered) to every Ready endpoint of the headless Service. Pure: reads the
// terminal's entries, the cursor and the world at the cursor.
import { t, type DisplayLang } from '../../i18n/index.ts';
import type { World } from '../../sim/engine/world.ts';

export interface FanOutEntry {
  at: number;
  end: number;
  line: string;
}

export interface FanOut {
  /** 'srv': the DNS answer of a headless Service; 'peers': the peers app asking every peer. */
  kind: 'srv' | 'peers';
  /** Where the arrows start: the headless Service (srv) or the answering pod (peers). */
  /** `label` names the asker; '' when we do not know which pod asked ("a pod"). */
  from: { kind: 'Service' | 'Pod'; name: string; label: string };
  /** Ready endpoints of the headless Service, by pod name. */
  to: string[];
  /** The headless Service whose endpoints are the targets. */
  service: string;
}

/** How long (virtual ms) after a command ends its fan-out is still drawn. */
export const FAN_OUT_MS = 4000;
const PEERS_IMAGE = 'luksa/kubia-pet-peers';

export function fanOutFor(entries: readonly FanOutEntry[], cursorMs: number, world: World): FanOut | undefined {
  let last: FanOutEntry | undefined;
  for (const e of entries) if (e.end <= cursorMs && (!last || e.end >= last.end)) last = e;
  if (!last || cursorMs - last.end > FAN_OUT_MS) return undefined;
  return srvLookup(last.line, world) ?? peersRequest(last.line, world);
}

/** Pod names of the Ready addresses of a Service's Endpoints, sorted. */
export function readyEndpoints(world: World, service: string): string[] {
  const ep = world.objects.Endpoints[service];
  const names = (ep?.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.targetRef?.name ?? ''));
  return names.filter((n) => n !== '').sort(byOrdinal);
}

function srvLookup(line: string, world: World): FanOut | undefined {
  const dashDash = line.indexOf(' -- ');
  const words = (dashDash >= 0 && /^\s*kubectl\s/.test(line) ? line.slice(dashDash + 4) : line).trim().split(/\s+/);
  const tool = words[0];
  if (tool !== 'dig' && tool !== 'nslookup') return undefined;
  const args = words.slice(1);
  if (tool === 'dig' && !args.some((a) => a.toUpperCase() === 'SRV')) return undefined;
  const names = args.filter((a) => !/^[-+@]/.test(a) && !/^(SRV|A|AAAA|ANY|IN)$/i.test(a));
  for (const fqdn of names) {
    const service = fqdn.replace(/\.$/, '').split('.')[0] ?? '';
    if (!isHeadless(world, service)) continue;
    const to = readyEndpoints(world, service);
    if (to.length === 0) return undefined;
    return { kind: 'srv', from: { kind: 'Service', name: service, label: service }, to, service };
  }
  return undefined;
}

function peersRequest(line: string, world: World): FanOut | undefined {
  if (!/^\s*curl\s/.test(line)) return undefined;
  const pod = /\/pods\/([a-z0-9.-]+)\/proxy/.exec(line)?.[1];
  const svc = /\/services\/([a-z0-9.-]+)\/proxy/.exec(line)?.[1];
  let from: FanOut['from'] | undefined;
  if (pod) from = { kind: 'Pod', name: pod, label: pod };
  else if (svc) {
    const first = readyEndpoints(world, svc)[0];
    if (first) from = { kind: 'Pod', name: first, label: '' };
  }
  if (!from || !runsPeers(world, from.name)) return undefined;
  const name = from.name;
  const service = Object.keys(world.objects.Service)
    .sort()
    .find((s) => isHeadless(world, s) && readyEndpoints(world, s).includes(name));
  if (!service) return undefined;
  return { kind: 'peers', from, to: readyEndpoints(world, service), service };
}

function isHeadless(world: World, service: string): boolean {
  return world.objects.Service[service]?.spec.clusterIP === 'None';
}

function runsPeers(world: World, pod: string): boolean {
  const spec = world.objects.Pod[pod]?.spec;
  return (spec?.containers ?? []).some((c) => c.image.split(':')[0]!.endsWith(PEERS_IMAGE));
}

function byOrdinal(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** "DNS answered with web-0, web-1" or "a pod asked its peers kubia-0, kubia-1 for their data". */
export function describeFanOut(lang: DisplayLang, f: FanOut): string {
  const list = f.to.join(', ');
  if (f.kind === 'srv') return t(lang, 'fan.srv', { pods: list });
  return t(lang, 'fan.peers', { from: f.from.label || t(lang, 'fan.aPod'), pods: list });
}

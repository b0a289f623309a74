import { beforeAll, describe, expect, it } from 'vitest';
import { registerAllLocales } from '../../i18n/all.ts';
import { Session } from '../../commands/index.ts';
import type { SessionOptions } from '../../commands/index.ts';
import { describeFanOut, fanOutFor, type FanOutEntry } from './fanOut.ts';

beforeAll(registerAllLocales);

/** Runs `lines` in a fresh session (seed 1), recording each as a timeline entry. */
function record(lines: string[], options: SessionOptions = {}) {
  const s = new Session({ seed: 1, ...options });
  const entries: FanOutEntry[] = [];
  for (const line of lines) {
    const at = s.sim.world.now;
    const r = s.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
    entries.push({ at, end: s.sim.world.now, line });
  }
  return { entries, world: s.sim.world, now: s.sim.world.now };
}

const WEB = ['kubectl apply -f web.yaml', 'sleep 60'];
const PEERS = [
  'kubectl apply -f persistent-volumes.yaml',
  'kubectl apply -f kubia-service-headless.yaml',
  'kubectl apply -f kubia-service-public.yaml',
  'kubectl apply -f kubia-statefulset-peers.yaml',
  'sleep 60',
  'kubectl proxy &',
];
const BOOK: SessionOptions = { storage: 'manual', mode: 'book' };

describe('fanOutFor', () => {
  it('fans a dig SRV answer out from the headless Service to every Ready pod', () => {
    const { entries, world, now } = record([...WEB, 'dig SRV nginx.default.svc.cluster.local']);
    const f = fanOutFor(entries, now, world);
    expect(f).toEqual({
      kind: 'srv',
      from: { kind: 'Service', name: 'nginx', label: 'nginx' },
      to: ['web-0', 'web-1'],
      service: 'nginx',
    });
    expect(describeFanOut('en', f!)).toBe('DNS answered with web-0, web-1');
    expect(describeFanOut('zh-CN', f!)).toBe('DNS 返回了 web-0, web-1');
  });

  it('recognizes dig with the type after the name, nslookup and dig inside kubectl run', () => {
    for (const line of [
      'dig nginx.default.svc.cluster.local SRV +short',
      'nslookup nginx',
      'kubectl run -it --rm dns --image=tutum/dnsutils --restart=Never -- dig SRV nginx.default.svc.cluster.local',
    ]) {
      const { entries, world, now } = record([...WEB, line]);
      expect(fanOutFor(entries, now, world)?.to, line).toEqual(['web-0', 'web-1']);
    }
  });

  it('ignores plain A lookups and other commands', () => {
    const { entries, world, now } = record([...WEB, 'dig nginx.default.svc.cluster.local']);
    expect(fanOutFor(entries, now, world)).toBeUndefined();
    const other = record([...WEB, 'kubectl get pods']);
    expect(fanOutFor(other.entries, other.now, other.world)).toBeUndefined();
  });

  it('lasts 4 virtual seconds after the command and never shows a command after the cursor', () => {
    const { entries, world } = record([...WEB, 'dig SRV nginx.default.svc.cluster.local']);
    const dig = entries.at(-1)!;
    expect(fanOutFor(entries, dig.end + 4000, world)).toBeDefined();
    expect(fanOutFor(entries, dig.end + 4001, world)).toBeUndefined();
    // Scrubbed back to before the dig: the sleep is the command at the cursor.
    expect(fanOutFor(entries, dig.at - 1, world)).toBeUndefined();
  });

  it('fans the peers app out from the named pod to every peer', () => {
    const { entries, world, now } = record(
      [...PEERS, 'curl localhost:8001/api/v1/namespaces/default/pods/kubia-1/proxy/'],
      BOOK,
    );
    const f = fanOutFor(entries, now, world);
    expect(f).toEqual({
      kind: 'peers',
      from: { kind: 'Pod', name: 'kubia-1', label: 'kubia-1' },
      to: ['kubia-0', 'kubia-1', 'kubia-2'],
      service: 'kubia',
    });
  });

  it('labels the answering pod of a request through the public Service "a pod"', () => {
    const { entries, world, now } = record(
      [...PEERS, 'curl localhost:8001/api/v1/namespaces/default/services/kubia-public/proxy/'],
      BOOK,
    );
    const f = fanOutFor(entries, now, world);
    expect(f?.from).toEqual({ kind: 'Pod', name: 'kubia-0', label: '' });
    expect(f?.to).toEqual(['kubia-0', 'kubia-1', 'kubia-2']);
    expect(describeFanOut('en', f!)).toBe('a pod asked its peers kubia-0, kubia-1, kubia-2 for their data');
  });

  it('ignores proxy requests to pods that do not run the peers app', () => {
    const { entries, world, now } = record([
      ...WEB,
      'kubectl proxy &',
      'curl localhost:8001/api/v1/namespaces/default/pods/web-0/proxy/',
    ]);
    expect(fanOutFor(entries, now, world)).toBeUndefined();
  });
});

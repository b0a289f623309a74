// `kubectl proxy` and `curl localhost:8001/api/v1/namespaces/default/…/proxy/`: reaching a pod
// or a Service's app through the API server, as the book does (§10.3.3).
import { isPodReady, isTerminating } from '../../sim/model/pods.ts';
import { matchesLabels } from '../../sim/model/labels.ts';
import { random } from '../../sim/engine/rng.ts';
import type { CommandContext } from '../context.ts';
import { httpGet, httpPost } from './apps.ts';
import { getObject } from './objects.ts';
import type { Pod, Service } from '../../sim/model/types.ts';
import { num, parseFlags, str, type FlagSpec } from '../flags.ts';
import { COMMON, fail, helpNote } from './common.ts';

export function curlCommand(ctx: CommandContext, words: string[], proxy: boolean): number {
  let method = 'GET';
  let data = '';
  let url: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-X') method = words[++i] ?? 'GET';
    else if (w === '-d' || w === '--data') {
      data = words[++i] ?? '';
      if (method === 'GET') method = 'POST';
    } else if (w === '-s' || w === '-v' || w === '-L') continue;
    else url = w;
  }
  if (!url) {
    ctx.err("curl: try 'curl --help' for more information\n");
    return 2;
  }
  const m =
    /^(?:http:\/\/)?(?:localhost|127\.0\.0\.1):8001\/api\/v1\/namespaces\/default\/(pods|services)\/([^/]+)\/proxy(\/.*)?$/.exec(
      url,
    );
  if (!m || !proxy) {
    ctx.err(
      `curl: (7) Failed to connect to ${url.replace(/^http:\/\//, '').split('/')[0]} port 80 after 0 ms: Couldn't connect to server\n`,
    );
    return 7;
  }
  const c = ctx.sim.cluster;
  let podName = m[2]!;
  if (m[1] === 'services') {
    const svc = getObject(c, 'Service', m[2]!) as Service | undefined;
    if (!svc) return notFound(ctx, 'services', m[2]!);
    const ready = c
      .list('Pod')
      .filter((p) => matchesLabels(p.metadata.labels, svc.spec.selector ?? {}) && isPodReady(p) && !isTerminating(p));
    if (!ready.length) {
      ctx.out(
        `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "no endpoints available for service \\"${m[2]}\\"",\n  "reason": "ServiceUnavailable",\n  "code": 503\n}`,
      );
      return 0;
    }
    podName = ready[Math.floor(random(c.world) * ready.length)]!.metadata.name;
  }
  const pod = getObject(c, 'Pod', podName) as Pod | undefined;
  if (!pod) return notFound(ctx, 'pods', podName);
  const reply =
    method === 'POST' ? httpPost(ctx, pod, data) : httpGet(ctx, pod, m[3] && m[3] !== '/' ? m[3] : '/', 8080);
  ctx.out(reply.body);
  return 0;
}

function notFound(ctx: CommandContext, kind: string, name: string): number {
  ctx.out(
    `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "${kind} \\"${name}\\" not found",\n  "reason": "NotFound",\n  "details": {\n    "name": "${name}",\n    "kind": "${kind}"\n  },\n  "code": 404\n}`,
  );
  return 0;
}

const PROXY: FlagSpec[] = [...COMMON, { names: ['port', 'p'], type: 'int' }, { names: ['address'], type: 'string' }];

/** `kubectl proxy`: serves the API on 127.0.0.1:8001 in the background for the rest of the session. */
export function proxyCommand(ctx: CommandContext, words: string[], session: { proxy: boolean }): number {
  const parsed = parseFlags(words, PROXY, 'kubectl proxy');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'proxy');
  const port = num(p, 'port') ?? 8001;
  const address = str(p, 'address') ?? '127.0.0.1';
  if (port !== 8001 || address !== '127.0.0.1')
    return fail(ctx, 'error: (simulator: kubectl proxy serves only on 127.0.0.1:8001 here)');
  session.proxy = true;
  ctx.out('Starting to serve on 127.0.0.1:8001\n');
  return 0;
}

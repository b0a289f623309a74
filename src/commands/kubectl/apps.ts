// What the example images answer over HTTP: nginx serves its document root (403 when there is
// no index.html), the book's kubia-pet stores POSTed data on its volume (semantics §2.4).
import type { Pod } from '../../sim/model/types.ts';
import { lookupImage } from '../../sim/model/images.ts';
import type { CommandContext } from '../context.ts';
import { readPodFile, writePodFile } from './files.ts';
import { getObject } from './objects.ts';
import { query } from '../../sim/dns.ts';
import { shuffled } from '../../sim/engine/rng.ts';

export interface HttpReply {
  body: string;
  code: number;
}

const FORBIDDEN = `<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.11.1</center>\r\n</body>\r\n</html>\r\n`;

export function httpGet(ctx: CommandContext, pod: Pod, path: string, port: number): HttpReply {
  const app = lookupImage(pod.spec.containers[0]?.image ?? '', ctx.sim.world.images)?.app;
  if (app === 'nginx' && port === 80) {
    const file = path === '/' ? '/usr/share/nginx/html/index.html' : `/usr/share/nginx/html${path}`;
    const body = readPodFile(ctx.sim, pod, file);
    return body === undefined ? { body: FORBIDDEN, code: 0 } : { body, code: 0 };
  }
  if (app === 'kubia-pet' && port === 8080) {
    const data = readPodFile(ctx.sim, pod, '/var/data/kubia.txt');
    return {
      body: `You've hit ${pod.metadata.name}\nData stored on this pod: ${data ?? 'No data posted yet'}\n`,
      code: 0,
    };
  }
  if (app === 'kubia-pet-peers' && port === 8080) return { body: peersReply(ctx, pod), code: 0 };
  return { body: `curl: (7) Failed to connect to localhost port ${port}: Connection refused\n`, code: 7 };
}

export function httpPost(ctx: CommandContext, pod: Pod, body: string): HttpReply {
  writePodFile(ctx.sim, pod, '/var/data/kubia.txt', body);
  return { body: `Data stored on pod ${pod.metadata.name}\n`, code: 0 };
}

/**
 * The peers app (Chapter10/kubia-pet-peers-image/app.js): look up the SRV records of the
 * headless Service, GET /data from every target, and list the replies in arrival order.
 */
function peersReply(ctx: CommandContext, pod: Pod): string {
  const c = ctx.sim.cluster;
  const svc = `kubia.default.svc.${c.world.config.clusterDomain}`;
  const head = `You've hit ${pod.metadata.name}\n`;
  const srv = query(c, svc, 'SRV');
  if (srv.status === 'NXDOMAIN') return `${head}Could not look up DNS SRV records: Error: querySrv ENOTFOUND ${svc}\n`;
  if (!srv.answers.length) return `${head}No peers discovered.\n`;
  const lines = shuffled(
    c.world,
    srv.answers.map((r) => r.data.split(' ')[3]!.replace(/\.$/, '')),
  ).map((target) => {
    const name = target.split('.')[0]!;
    const peer = getObject(c, 'Pod', name) as Pod | undefined;
    const data = peer ? readPodFile(ctx.sim, peer, '/var/data/kubia.txt') : undefined;
    return `- ${target}: ${data ?? 'No data posted yet'}\n`;
  });
  return `${head}Data stored in the cluster:\n${lines.join('')}`;
}

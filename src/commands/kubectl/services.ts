// ClusterIP allocation from the service CIDR 10.96.0.0/12, seeded, never reused while in use.
import type { Cluster } from '../../sim/engine/cluster.ts';
import { randomInt } from '../../sim/engine/rng.ts';
import type { Service } from '../../sim/model/types.ts';

export function allocateClusterIP(c: Cluster, svc: Service): void {
  svc.spec.type ??= 'ClusterIP';
  if (svc.spec.clusterIP === 'None') {
    svc.spec.clusterIPs = ['None'];
    return;
  }
  if (svc.spec.clusterIP) {
    svc.spec.clusterIPs = [svc.spec.clusterIP];
    return;
  }
  const used = new Set(c.list('Service').map((s) => s.spec.clusterIP));
  let ip: string;
  do ip = `10.96.${randomInt(c.world, 0, 255)}.${randomInt(c.world, 1, 254)}`;
  while (used.has(ip) || ip === '10.96.0.10');
  svc.spec.clusterIP = ip;
  svc.spec.clusterIPs = [ip];
}

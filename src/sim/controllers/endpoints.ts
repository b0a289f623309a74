// The endpoints controller: a Service's addresses are the IPs of the pods its selector matches,
// ready ones in `addresses`, the rest in `notReadyAddresses` — unless the Service publishes
// not-ready addresses (semantics §2.2). DNS reads only from here.
import type { Cluster } from '../engine/cluster.ts';
import { matchesLabels } from '../model/labels.ts';
import { isPodReady, isTerminating } from '../model/pods.ts';
import type { EndpointAddress, Endpoints, Pod, Service } from '../model/types.ts';

export function publishesNotReady(svc: Service): boolean {
  return (
    svc.spec.publishNotReadyAddresses === true ||
    svc.metadata.annotations?.['service.alpha.kubernetes.io/tolerate-unready-endpoints'] === 'true'
  );
}

function targetPort(
  svcPort: Service['spec']['ports'] extends (infer P)[] | undefined ? P : never,
  pod: Pod | undefined,
): number {
  const t = svcPort.targetPort ?? svcPort.port;
  if (typeof t === 'number') return t;
  if (/^\d+$/.test(t)) return Number(t);
  for (const c of pod?.spec.containers ?? []) for (const p of c.ports ?? []) if (p.name === t) return p.containerPort;
  return svcPort.port;
}

function address(pod: Pod, svc: Service): EndpointAddress {
  const a: EndpointAddress = { ip: pod.status.podIP! };
  if (pod.spec.hostname && pod.spec.subdomain === svc.metadata.name) a.hostname = pod.spec.hostname;
  if (pod.spec.nodeName) a.nodeName = pod.spec.nodeName;
  a.targetRef = { kind: 'Pod', name: pod.metadata.name, namespace: 'default', uid: pod.metadata.uid! };
  return a;
}

export function endpointsController(c: Cluster): void {
  const pods = c.list('Pod');
  for (const svc of c.list('Service')) {
    const selector = svc.spec.selector;
    if (!selector) continue;
    const members = pods
      .filter((p) => matchesLabels(p.metadata.labels, selector) && p.status.podIP)
      .filter((p) => p.status.phase !== 'Failed' && p.status.phase !== 'Succeeded')
      .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    const publish = publishesNotReady(svc);
    const ready: EndpointAddress[] = [];
    const notReady: EndpointAddress[] = [];
    for (const p of members) {
      if (publish || (isPodReady(p) && !isTerminating(p))) ready.push(address(p, svc));
      else notReady.push(address(p, svc));
    }
    const ports = (svc.spec.ports ?? []).map((sp) => ({
      ...(sp.name ? { name: sp.name } : {}),
      port: targetPort(sp, members[0]),
      protocol: sp.protocol ?? 'TCP',
    }));
    const subsets: NonNullable<Endpoints['subsets']> =
      ready.length || notReady.length
        ? [
            {
              ...(ready.length ? { addresses: ready } : {}),
              ...(notReady.length ? { notReadyAddresses: notReady } : {}),
              ports,
            },
          ]
        : [];
    const existing = c.get('Endpoints', svc.metadata.name);
    if (!existing) {
      c.create('Endpoints', {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: svc.metadata.name, labels: { ...(svc.metadata.labels ?? {}) } },
        ...(subsets.length ? { subsets } : {}),
      });
    } else if (subsetsKey(existing.subsets ?? []) !== subsetsKey(subsets)) {
      if (subsets.length) existing.subsets = subsets;
      else delete existing.subsets;
      c.update('Endpoints', existing);
    }
  }
  for (const ep of c.list('Endpoints')) {
    const svc = c.get('Service', ep.metadata.name);
    if (!svc && ep.metadata.name !== 'kubernetes') c.remove('Endpoints', ep.metadata.name);
  }
}

/** A cheap identity for subsets (this runs on every pass; canonical JSON was the hot spot). */
function subsetsKey(subsets: NonNullable<Endpoints['subsets']>): string {
  const addr = (a: EndpointAddress) => `${a.ip},${a.hostname ?? ''},${a.nodeName ?? ''},${a.targetRef?.uid ?? ''}`;
  return subsets
    .map(
      (s) =>
        `${(s.addresses ?? []).map(addr).join(';')}|${(s.notReadyAddresses ?? []).map(addr).join(';')}|${(s.ports ?? [])
          .map((p) => `${p.name ?? ''}:${p.port}/${p.protocol}`)
          .join(';')}`,
    )
    .join('#');
}

// `kubectl get` for Service and Endpoints.
import type { Endpoints, Service } from '../../../sim/model/types.ts';
import { ageCell, isBook } from '../context.ts';
import { formatLabels } from '../labels.ts';
import type { Column, KindPrinter } from '../table.ts';

const SVC_MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'TYPE' },
  { name: 'CLUSTER-IP' },
  { name: 'EXTERNAL-IP' },
  { name: 'PORT(S)' },
  { name: 'AGE' },
  { name: 'SELECTOR', wide: true },
];

/** kubectl 1.6/1.7 had no TYPE column. */
const SVC_BOOK: Column[] = SVC_MODERN.filter((c) => c.name !== 'TYPE');

/** makePortString: `80/TCP`, `80:30080/TCP` for node ports, comma-separated. */
export function portsText(svc: Service): string {
  return (svc.spec.ports ?? [])
    .map((p) => {
      const proto = p.protocol ?? 'TCP';
      return p.nodePort ? `${p.port}:${p.nodePort}/${proto}` : `${p.port}/${proto}`;
    })
    .join(',');
}

/** getServiceExternalIP: ClusterIP and NodePort show `<none>` without externalIPs. */
function externalIP(svc: Service): string {
  const ext = (svc.spec as { externalIPs?: string[] }).externalIPs ?? [];
  const type = svc.spec.type ?? 'ClusterIP';
  if (type === 'LoadBalancer') return ext.length ? ext.join(',') : '<pending>';
  return ext.length ? ext.join(',') : '<none>';
}

export const servicePrinter: KindPrinter<Service> = {
  columns: (ctx) => (isBook(ctx) ? SVC_BOOK : SVC_MODERN),
  cells(svc, ctx) {
    const ips = svc.spec.clusterIPs ?? (svc.spec.clusterIP ? [svc.spec.clusterIP] : []);
    const clusterIP = ips[0] ?? '<none>';
    const cells = [
      svc.metadata.name,
      svc.spec.type ?? 'ClusterIP',
      clusterIP,
      externalIP(svc),
      portsText(svc) || '<none>',
      ageCell(ctx, svc.metadata),
      formatLabels(svc.spec.selector),
    ];
    if (isBook(ctx)) cells.splice(1, 1);
    return cells;
  },
};

/**
 * formatEndpoints: ready addresses × ports as `ip:port`, at most three then `+ N more...`;
 * `<none>` without subsets, empty when subsets hold only not-ready addresses.
 */
export function endpointsText(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (!subsets.length) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (!ports.length) {
      // Headless services may have no ports: just the IPs.
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip.includes(':') ? `[${a.ip}]:${port.port}` : `${a.ip}:${port.port}`);
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

const EP_COLUMNS: Column[] = [{ name: 'NAME', isName: true }, { name: 'ENDPOINTS' }, { name: 'AGE' }];

export const endpointsPrinter: KindPrinter<Endpoints> = {
  columns: () => EP_COLUMNS,
  cells: (ep, ctx) => [ep.metadata.name, endpointsText(ep), ageCell(ctx, ep.metadata)],
};

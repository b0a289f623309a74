// kubectl describe service (describeService). The simulator keeps v1 Endpoints; kubectl reads
// EndpointSlices, which hold the same ready addresses.
import type { Endpoints, Service, ServicePort } from '../../../sim/model/types.ts';
import type { PrintContext } from '../context.ts';
import { formatLabels } from '../labels.ts';
import { describeEvents } from './events.ts';
import { annotationsMultiline, labelsMultiline, type DescribeWriter } from './writer.ts';

/** formatEndpointSlices for one service port: ready `ip:port`, at most three then `+ N more...`. */
export function portEndpoints(ep: Endpoints | undefined, portName: string): string {
  if (!ep) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of ep.subsets ?? []) {
    const ports = ss.ports ?? [];
    const targets = ports.length ? ports.filter((p) => (p.name ?? '') === portName) : [undefined];
    for (const port of targets) {
      for (const a of ss.addresses ?? []) {
        if (list.length === max) more = true;
        if (!more) list.push(port ? `${a.ip}:${port.port}` : a.ip);
        count++;
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

function describePort(w: DescribeWriter, sp: ServicePort, ep: Endpoints | undefined): void {
  const name = sp.name || '<unset>';
  const proto = sp.protocol ?? 'TCP';
  w.write(0, `Port:\t${name}\t${sp.port}/${proto}\n`);
  w.write(0, `TargetPort:\t${sp.targetPort ?? sp.port}/${proto}\n`);
  if (sp.nodePort) w.write(0, `NodePort:\t${name}\t${sp.nodePort}/${proto}\n`);
  w.write(0, `Endpoints:\t${portEndpoints(ep, sp.name ?? '')}\n`);
}

export function describeService(w: DescribeWriter, svc: Service, ctx: PrintContext): void {
  // ipFamilyPolicy, ipFamilies and internalTrafficPolicy are API defaults on every stored Service.
  const spec = svc.spec as Service['spec'] & {
    ipFamilyPolicy?: string;
    ipFamilies?: string[];
    internalTrafficPolicy?: string;
  };
  const ep = ctx.world.objects.Endpoints[svc.metadata.name];
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace ?? 'default'}\n`);
  labelsMultiline(w, 'Labels', svc.metadata.labels);
  annotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? 'ClusterIP'}\n`);
  w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy ?? 'SingleStack'}\n`);
  w.write(0, `IP Families:\t${(spec.ipFamilies ?? ['IPv4']).join(',')}\n`);
  const ips = spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : []);
  w.write(0, `IP:\t${spec.clusterIP ?? ips[0] ?? ''}\n`);
  w.write(0, `IPs:\t${ips.length ? ips.join(',') : '<none>'}\n`);
  for (const sp of spec.ports ?? []) describePort(w, sp, ep);
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy ?? 'Cluster'}\n`);
  describeEvents(w, svc, ctx);
}

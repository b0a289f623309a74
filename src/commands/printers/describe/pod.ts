// kubectl describe pod (describePod).
import { controllerOf } from '../../../sim/model/pods.ts';
import type { Container, Pod } from '../../../sim/model/types.ts';
import { isBook, type PrintContext } from '../context.ts';
import type { FullStatus } from '../get/pod.ts';
import { addQuantity, parseQuantity, quantityString, type Quantity } from '../quantity.ts';
import { describeContainers, describeVolumes, timeText } from './containers.ts';
import { describeEvents } from './events.ts';
import { since } from '../context.ts';
import { annotationsMultiline, labelsMultiline, tolerationsMultiline, type DescribeWriter } from './writer.ts';

type Resources = { requests?: Record<string, string>; limits?: Record<string, string> };
const resourcesOf = (c: Container): Resources => (c.resources ?? {}) as Resources;

/** qos.GetPodQOS: status.qosClass when set, else computed from cpu/memory requests and limits. */
export function podQOS(pod: Pod): string {
  const stored = (pod.status as { qosClass?: string }).qosClass;
  if (stored) return stored;
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  const add = (m: Map<string, Quantity>, name: string, q: Quantity) =>
    m.set(name, m.has(name) ? addQuantity(m.get(name)!, q) : q);
  for (const c of pod.spec.containers) {
    const r = resourcesOf(c);
    for (const [name, text] of Object.entries(r.requests ?? {})) {
      const q = parseQuantity(text);
      if ((name === 'cpu' || name === 'memory') && q && q.num !== 0n) add(requests, name, q);
    }
    const found = new Set<string>();
    for (const [name, text] of Object.entries(r.limits ?? {})) {
      const q = parseQuantity(text);
      if ((name === 'cpu' || name === 'memory') && q && q.num !== 0n) {
        found.add(name);
        add(limits, name, q);
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (!requests.size && !limits.size) return 'BestEffort';
  if (guaranteed) {
    for (const [name, q] of requests) {
      const l = limits.get(name);
      if (!l || quantityString(l) !== quantityString(q)) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

function describeStatus(w: DescribeWriter, pod: Pod, ctx: PrintContext): void {
  const grace = pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
  const terminal = pod.status.phase === 'Failed' || pod.status.phase === 'Succeeded';
  const deleting = pod.metadata.deletionTimestamp;
  if (deleting && isBook(ctx)) {
    w.write(0, `Status:\tTerminating (expires ${timeText(deleting)})\n`);
    w.write(0, `Termination Grace Period:\t${grace}s\n`);
  } else if (deleting && !terminal) {
    // translateTimestampSince(deletionTimestamp): `<invalid>` while the grace period still runs.
    w.write(0, `Status:\tTerminating (lasts ${since(ctx, deleting)})\n`);
    w.write(0, `Termination Grace Period:\t${grace}s\n`);
  } else {
    w.write(0, `Status:\t${pod.status.phase ?? ''}\n`);
  }
  if (pod.status.reason) w.write(0, `Reason:\t${pod.status.reason}\n`);
  if (pod.status.message) w.write(0, `Message:\t${pod.status.message}\n`);
}

export function describePod(w: DescribeWriter, pod: Pod, ctx: PrintContext): void {
  const book = isBook(ctx);
  const spec = pod.spec as Pod['spec'] & { priority?: number; serviceAccountName?: string };
  w.write(0, `Name:\t${pod.metadata.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace ?? 'default'}\n`);
  // The Priority and ServiceAccount admission plugins always fill these in (1.8+).
  if (!book) w.write(0, `Priority:\t${spec.priority ?? 0}\n`);
  if (!book) w.write(0, `Service Account:\t${spec.serviceAccountName ?? 'default'}\n`);
  w.write(0, `Node:\t${pod.spec.nodeName ? `${pod.spec.nodeName}/${pod.status.hostIP ?? ''}` : '<none>'}\n`);
  if (pod.status.startTime) w.write(0, `Start Time:\t${timeText(pod.status.startTime)}\n`);
  labelsMultiline(w, 'Labels', pod.metadata.labels);
  annotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  describeStatus(w, pod, ctx);
  w.write(0, `IP:\t${pod.status.podIP ?? ''}\n`);
  if (!book) {
    const ips = pod.status.podIPs ?? (pod.status.podIP ? [{ ip: pod.status.podIP }] : []);
    if (!ips.length) w.write(0, 'IPs:\t<none>\n');
    else {
      w.write(0, 'IPs:\n');
      for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
    }
  }
  const ref = controllerOf(pod);
  if (ref) w.write(0, `Controlled By:\t${ref.kind}/${ref.name}\n`);
  const owner = { uid: pod.metadata.uid ?? '', statuses: pod.status.containerStatuses as FullStatus[] | undefined };
  describeContainers(w, 'Containers', pod.spec.containers, owner, '', ctx);
  const conditions = pod.status.conditions ?? [];
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, pod.spec.volumes, '');
  w.write(0, `QoS Class:\t${podQOS(pod)}\n`);
  labelsMultiline(w, 'Node-Selectors', pod.spec.nodeSelector);
  tolerationsMultiline(w, 'Tolerations', pod.spec.tolerations);
  describeEvents(w, pod, ctx);
}

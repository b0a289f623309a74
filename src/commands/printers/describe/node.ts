// kubectl describe node (describeNode), including the Lease block and the resource tables.
import type { Node, Pod } from '../../../sim/model/types.ts';
import { rfc1123z } from '../../format/time.ts';
import { isBook, since, type PrintContext } from '../context.ts';
import { goSort } from '../labels.ts';
import { nodeRoles } from '../get/node.ts';
import {
  addQuantity,
  canonicalQuantity,
  milliValue,
  parseQuantity,
  quantityString,
  quantityValue,
  ZERO,
  type Quantity,
} from '../quantity.ts';
import { timeText } from './containers.ts';
import { describeEvents } from './events.ts';
import { annotationsMultiline, labelsMultiline, taintsMultiline, type DescribeWriter } from './writer.ts';

/** The node's Lease (kube-node-lease/<name>): renewed every lease period while it is connected. */
function describeLease(w: DescribeWriter, node: Node, ctx: PrintContext): void {
  const name = node.metadata.name;
  const sim = ctx.world.nodes[name];
  if (!sim) {
    w.write(0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${name}" not found\n`);
    return;
  }
  let renewed = sim.lastLeaseMs;
  if ((JSON.parse(sim.state) as { physical?: string }).physical === 'Connected') {
    const p = ctx.world.config.leasePeriodMs;
    renewed = sim.leaseOffsetMs + Math.floor((ctx.world.now - sim.leaseOffsetMs) / p) * p;
  }
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${name}\n`);
  w.write(1, 'AcquireTime:\t<unset>\n');
  w.write(1, `RenewTime:\t${rfc1123z(ctx.world.config.epochMs + renewed)}\n`);
}

type Totals = Map<string, Quantity>;

/** resourcehelper.PodRequestsAndLimits, for the app containers the simulator models. */
function podTotals(pod: Pod): { requests: Totals; limits: Totals } {
  const requests: Totals = new Map();
  const limits: Totals = new Map();
  for (const c of pod.spec.containers) {
    const r = (c.resources ?? {}) as { requests?: Record<string, string>; limits?: Record<string, string> };
    for (const [list, into] of [
      [r.requests, requests],
      [r.limits, limits],
    ] as const) {
      for (const [name, text] of Object.entries(list ?? {})) {
        const q = parseQuantity(text);
        if (q) into.set(name, into.has(name) ? addQuantity(into.get(name)!, q) : q);
      }
    }
  }
  return { requests, limits };
}

const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.trunc((part / whole) * 100));

function describeNodeResources(w: DescribeWriter, node: Node, pods: Pod[], ctx: PrintContext): void {
  const alloc = Object.keys(node.status.allocatable ?? {}).length
    ? node.status.allocatable!
    : (node.status.capacity ?? {});
  const allocQ = (name: string) => parseQuantity(alloc[name] ?? '0') ?? ZERO;
  const cpuAlloc = milliValue(allocQ('cpu'));
  const memAlloc = quantityValue(allocQ('memory'));
  const storageAlloc = quantityValue(allocQ('ephemeral-storage'));
  const get = (t: Totals, name: string) => t.get(name) ?? ZERO;
  const cpu = (q: Quantity) => `${quantityString(q)} (${pct(milliValue(q), cpuAlloc)}%)`;
  const mem = (q: Quantity) => `${quantityString(q)} (${pct(quantityValue(q), memAlloc)}%)`;
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const reqs: Totals = new Map();
  const limits: Totals = new Map();
  const sum = (into: Totals, from: Totals) => {
    for (const [n, q] of from) into.set(n, into.has(n) ? addQuantity(into.get(n)!, q) : q);
  };
  for (const pod of pods) {
    const t = podTotals(pod);
    sum(reqs, t.requests);
    sum(limits, t.limits);
    const cells = [
      pod.metadata.namespace ?? 'default',
      pod.metadata.name,
      '',
      cpu(get(t.requests, 'cpu')),
      cpu(get(t.limits, 'cpu')),
      mem(get(t.requests, 'memory')),
      mem(get(t.limits, 'memory')),
      since(ctx, pod.metadata.creationTimestamp),
    ];
    w.write(1, `${cells.join('\t')}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  w.write(1, `cpu\t${cpu(get(reqs, 'cpu'))}\t${cpu(get(limits, 'cpu'))}\n`);
  w.write(1, `memory\t${mem(get(reqs, 'memory'))}\t${mem(get(limits, 'memory'))}\n`);
  const storage = (q: Quantity) => `${quantityString(q)} (${pct(quantityValue(q), storageAlloc)}%)`;
  w.write(
    1,
    `ephemeral-storage\t${storage(get(reqs, 'ephemeral-storage'))}\t${storage(get(limits, 'ephemeral-storage'))}\n`,
  );
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'storage', 'pods']);
  const hugePages = goSort(Object.keys(alloc).filter((n) => n.startsWith('hugepages-')));
  for (const n of hugePages) {
    const a = quantityValue(allocQ(n));
    const r = get(reqs, n);
    const l = get(limits, n);
    w.write(
      1,
      `${n}\t${quantityString(r)} (${pct(quantityValue(r), a)}%)\t${quantityString(l)} (${pct(quantityValue(l), a)}%)\n`,
    );
  }
  const extended = goSort(Object.keys(alloc).filter((n) => !standard.has(n) && !n.startsWith('hugepages-')));
  for (const n of extended) w.write(1, `${n}\t${quantityString(get(reqs, n))}\t${quantityString(get(limits, n))}\n`);
}

export function describeNode(w: DescribeWriter, node: Node, ctx: PrintContext): void {
  const book = isBook(ctx);
  const name = node.metadata.name;
  w.write(0, `Name:\t${name}\n`);
  if (!book) w.write(0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
  labelsMultiline(w, 'Labels', node.metadata.labels);
  annotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${timeText(node.metadata.creationTimestamp)}\n`);
  taintsMultiline(w, 'Taints', node.spec.taints);
  w.write(0, `Unschedulable:\t${node.spec.unschedulable === true}\n`);
  if (!book) describeLease(w, node, ctx);
  if (node.status.conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of node.status.conditions) {
      const hb = timeText(c.lastHeartbeatTime);
      const tr = timeText(c.lastTransitionTime);
      w.write(1, `${c.type} \t${c.status} \t${hb} \t${tr} \t${c.reason} \t${c.message}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of node.status.addresses) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', node.status.capacity],
    ['Allocatable', node.status.allocatable],
  ] as const) {
    const names = goSort(Object.keys(list ?? {}));
    if (!names.length) continue;
    w.write(0, `${title}:\n`);
    for (const n of names) w.write(0, `  ${n}:\t${canonicalQuantity(list![n])}\n`);
  }
  const info = node.status.nodeInfo as Node['status']['nodeInfo'] & {
    machineID?: string;
    systemUUID?: string;
    bootID?: string;
    kubeProxyVersion?: string;
  };
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info.kernelVersion}\n`);
  w.write(0, `  OS Image:\t${info.osImage}\n`);
  w.write(0, `  Operating System:\t${info.operatingSystem}\n`);
  w.write(0, `  Architecture:\t${info.architecture}\n`);
  w.write(0, `  Container Runtime Version:\t${info.containerRuntimeVersion}\n`);
  w.write(0, `  Kubelet Version:\t${info.kubeletVersion}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  const spec = node.spec as Node['spec'] & { podCIDRs?: string[] };
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  // v1 conversion keeps podCIDRs[0] equal to podCIDR, so a stored node always has both.
  const cidrs = spec.podCIDRs ?? (spec.podCIDR ? [spec.podCIDR] : []);
  if (!book && cidrs.length) w.write(0, `PodCIDRs:\t${cidrs.join(',')}\n`);
  const pods = Object.values(ctx.world.objects.Pod)
    .filter((p) => p.spec.nodeName === name && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed')
    .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
  describeNodeResources(w, node, pods, ctx);
  describeEvents(w, node, ctx);
}

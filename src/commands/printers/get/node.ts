// `kubectl get nodes`: printNode.
import type { Node } from '../../../sim/model/types.ts';
import { ageCell, isBook } from '../context.ts';
import { goSort } from '../labels.ts';
import type { Column, KindPrinter } from '../table.ts';

const ROLE_PREFIX = 'node-role.kubernetes.io/';

/** findNodeRoles: `node-role.kubernetes.io/<role>` keys and the `kubernetes.io/role` value, sorted. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return goSort([...roles]);
}

/** STATUS: Ready / NotReady (any non-True Ready condition, Unknown included), plus SchedulingDisabled. */
export function nodeStatus(node: Node): string {
  const ready = node.status.conditions.find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

const address = (node: Node, type: string): string =>
  node.status.addresses.find((a) => a.type === type)?.address ?? '<none>';

const MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'STATUS' },
  { name: 'ROLES' },
  { name: 'AGE' },
  { name: 'VERSION' },
  { name: 'INTERNAL-IP', wide: true },
  { name: 'EXTERNAL-IP', wide: true },
  { name: 'OS-IMAGE', wide: true },
  { name: 'KERNEL-VERSION', wide: true },
  { name: 'CONTAINER-RUNTIME', wide: true },
];

/** kubectl 1.6/1.7: nodeColumns NAME STATUS AGE VERSION, nodeWideColumns EXTERNAL-IP OS-IMAGE KERNEL-VERSION. */
const BOOK: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'STATUS' },
  { name: 'AGE' },
  { name: 'VERSION' },
  { name: 'EXTERNAL-IP', wide: true },
  { name: 'OS-IMAGE', wide: true },
  { name: 'KERNEL-VERSION', wide: true },
];

export const nodePrinter: KindPrinter<Node> = {
  columns: (ctx) => (isBook(ctx) ? BOOK : MODERN),
  cells(node, ctx) {
    const info = node.status.nodeInfo;
    const unknown = (s: string) => s || '<unknown>';
    const age = ageCell(ctx, node.metadata);
    const external = address(node, 'ExternalIP');
    if (isBook(ctx)) {
      return [
        node.metadata.name,
        nodeStatus(node),
        age,
        info.kubeletVersion,
        external,
        info.osImage,
        info.kernelVersion,
      ];
    }
    return [
      node.metadata.name,
      nodeStatus(node),
      nodeRoles(node).join(',') || '<none>',
      age,
      info.kubeletVersion,
      address(node, 'InternalIP'),
      external,
      unknown(info.osImage),
      unknown(info.kernelVersion),
      unknown(info.containerRuntimeVersion),
    ];
  },
};

// `kubectl get` for the apps/v1 kinds: StatefulSet, ReplicaSet, ControllerRevision.
import type { Container, ControllerRevision, ReplicaSet, StatefulSet } from '../../../sim/model/types.ts';
import { ageCell, isBook } from '../context.ts';
import { formatLabelSelector } from '../labels.ts';
import type { Column, KindPrinter } from '../table.ts';

/** layoutContainerCells: names and images joined by commas. */
export function containerCells(containers: readonly Container[]): [string, string] {
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(',')];
}

const STS_MODERN: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'READY' },
  { name: 'AGE' },
  { name: 'CONTAINERS', wide: true },
  { name: 'IMAGES', wide: true },
];

/** kubectl 1.6/1.7 (book): statefulSetColumns had no wide columns. */
const STS_BOOK: Column[] = [{ name: 'NAME', isName: true }, { name: 'DESIRED' }, { name: 'CURRENT' }, { name: 'AGE' }];

export const statefulSetPrinter: KindPrinter<StatefulSet> = {
  columns: (ctx) => (isBook(ctx) ? STS_BOOK : STS_MODERN),
  cells(sts, ctx) {
    const desired = sts.spec.replicas ?? 1;
    const age = ageCell(ctx, sts.metadata);
    if (isBook(ctx)) return [sts.metadata.name, String(desired), String(sts.status.replicas ?? 0), age];
    const ready = `${sts.status.readyReplicas ?? 0}/${desired}`;
    return [sts.metadata.name, ready, age, ...containerCells(sts.spec.template.spec.containers)];
  },
};

const RS_COLUMNS: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'DESIRED' },
  { name: 'CURRENT' },
  { name: 'READY' },
  { name: 'AGE' },
  { name: 'CONTAINERS', wide: true },
  { name: 'IMAGES', wide: true },
  { name: 'SELECTOR', wide: true },
];

export const replicaSetPrinter: KindPrinter<ReplicaSet> = {
  columns: () => RS_COLUMNS,
  cells: (rs, ctx) => [
    rs.metadata.name,
    String(rs.spec.replicas ?? 1),
    String(rs.status.replicas ?? 0),
    String(rs.status.readyReplicas ?? 0),
    ageCell(ctx, rs.metadata),
    ...containerCells(rs.spec.template.spec.containers),
    formatLabelSelector(rs.spec.selector),
  ],
};

const CR_COLUMNS: Column[] = [
  { name: 'NAME', isName: true },
  { name: 'CONTROLLER' },
  { name: 'REVISION' },
  { name: 'AGE' },
];

/** formatResourceName(GroupKind of the controller ref, name, withKind=true): `statefulset.apps/web`. */
function controllerName(cr: ControllerRevision): string {
  const ref = cr.metadata.ownerReferences?.find((r) => r.controller);
  if (!ref) return '<none>';
  const slash = ref.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : ref.apiVersion.slice(0, slash);
  const kind = group ? `${ref.kind}.${group}` : ref.kind;
  return kind ? `${kind.toLowerCase()}/${ref.name}` : ref.name;
}

export const controllerRevisionPrinter: KindPrinter<ControllerRevision> = {
  columns: () => CR_COLUMNS,
  cells: (cr, ctx) => [cr.metadata.name, controllerName(cr), String(cr.revision), ageCell(ctx, cr.metadata)],
};

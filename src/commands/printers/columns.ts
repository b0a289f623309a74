// The `kubectl get` entry point: one printer per stored kind.
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject } from '../../sim/model/types.ts';
import type { PrintContext } from './context.ts';
import { controllerRevisionPrinter, replicaSetPrinter, statefulSetPrinter } from './get/apps.ts';
import { eventPrinter } from './get/event.ts';
import { endpointsPrinter, servicePrinter } from './get/network.ts';
import { nodePrinter } from './get/node.ts';
import { podPrinter } from './get/pod.ts';
import { claimPrinter, storageClassPrinter, volumePrinter } from './get/storage.ts';
import { buildTable, type KindPrinter, type Table, type TableOptions } from './table.ts';

const PRINTERS: { [K in StoredKind]: KindPrinter<Extract<KubeObject, { kind: K }>> } = {
  Pod: podPrinter,
  PersistentVolumeClaim: claimPrinter,
  PersistentVolume: volumePrinter,
  StorageClass: storageClassPrinter,
  StatefulSet: statefulSetPrinter,
  ReplicaSet: replicaSetPrinter,
  Service: servicePrinter,
  Endpoints: endpointsPrinter,
  Node: nodePrinter,
  ControllerRevision: controllerRevisionPrinter,
  Event: eventPrinter,
};

/**
 * The table `kubectl get` prints for `objects` of one kind: the header and one row per object,
 * in the API server's list order, with -o wide columns only when `opts.wide`.
 */
export function tableFor(kind: StoredKind, objects: KubeObject[], ctx: PrintContext, opts: TableOptions = {}): Table {
  const printer = PRINTERS[kind] as KindPrinter;
  return buildTable(printer, kind, objects, ctx, opts);
}

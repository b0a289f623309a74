// `kubectl describe` for the kinds the simulator teaches with (StatefulSet, Pod, Node,
// PersistentVolumeClaim, plus Service, PersistentVolume and StorageClass), laid out by kubectl's
// tabwriter (describe.go tabbedString).
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject } from '../../sim/model/types.ts';
import { isBook, type PrintContext } from './context.ts';
import { describeNode } from './describe/node.ts';
import { describePod } from './describe/pod.ts';
import { describeClaim } from './describe/pvc.ts';
import { describeService } from './describe/service.ts';
import { describeStatefulSet } from './describe/statefulset.ts';
import { describeStorageClass, describeVolume } from './describe/volume.ts';
import { BOOK_DESCRIBE_OPTIONS, DescribeWriter } from './describe/writer.ts';

export const DESCRIBABLE: readonly StoredKind[] = [
  'StatefulSet',
  'Pod',
  'Node',
  'PersistentVolumeClaim',
  'Service',
  'PersistentVolume',
  'StorageClass',
];

/** The text `kubectl describe` prints for one object (ends with a newline). */
export function describe(kind: StoredKind, obj: KubeObject, ctx: PrintContext): string {
  const w = new DescribeWriter(isBook(ctx) ? BOOK_DESCRIBE_OPTIONS : undefined);
  if (kind === 'StatefulSet' && obj.kind === 'StatefulSet') describeStatefulSet(w, obj, ctx);
  else if (kind === 'Pod' && obj.kind === 'Pod') describePod(w, obj, ctx);
  else if (kind === 'Node' && obj.kind === 'Node') describeNode(w, obj, ctx);
  else if (kind === 'PersistentVolumeClaim' && obj.kind === 'PersistentVolumeClaim') describeClaim(w, obj, ctx);
  else if (kind === 'Service' && obj.kind === 'Service') describeService(w, obj, ctx);
  else if (kind === 'PersistentVolume' && obj.kind === 'PersistentVolume') describeVolume(w, obj, ctx);
  else if (kind === 'StorageClass' && obj.kind === 'StorageClass') describeStorageClass(w, obj, ctx);
  else throw new Error(`no description has been implemented for ${kind}`);
  return w.toString();
}

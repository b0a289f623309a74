// kubectl describe statefulset (describeStatefulSet).
import { controllerOf } from '../../../sim/model/pods.ts';
import { matchesSelector } from '../../../sim/model/labels.ts';
import type { StatefulSet } from '../../../sim/model/types.ts';
import { isBook, type PrintContext } from '../context.ts';
import { goList, selectorText } from '../labels.ts';
import { canonicalQuantity } from '../quantity.ts';
import { claimClass } from '../storage.ts';
import { describePodTemplate, timeText } from './containers.ts';
import { describeEvents } from './events.ts';
import { annotationsMultiline, labelsMultiline, type DescribeWriter } from './writer.ts';

/** getPodStatusForController: pods matching the selector whose controller is this set, by phase. */
export function podPhaseCounts(sts: StatefulSet, ctx: PrintContext): string {
  const n = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  for (const pod of Object.values(ctx.world.objects.Pod)) {
    if (!matchesSelector(pod.metadata.labels, sts.spec.selector)) continue;
    const ref = controllerOf(pod);
    if (!ref || ref.uid !== sts.metadata.uid) continue;
    const phase = pod.status.phase;
    if (phase && phase in n) n[phase as keyof typeof n]++;
  }
  return `${n.Running} Running / ${n.Pending} Waiting / ${n.Succeeded} Succeeded / ${n.Failed} Failed`;
}

/**
 * Update Strategy, Partition and MaxUnavailable as stored. An object without updateStrategy
 * gets the API defaults of its era: RollingUpdate, partition 0 and (MaxUnavailableStatefulSet,
 * on by default in 1.35) maxUnavailable 1; apps/v1beta1 defaulted to OnDelete.
 */
function describeStrategy(w: DescribeWriter, sts: StatefulSet): void {
  const strategy =
    sts.spec.updateStrategy ??
    (sts.apiVersion === 'apps/v1beta1'
      ? { type: 'OnDelete' as const }
      : { type: 'RollingUpdate' as const, rollingUpdate: { partition: 0, maxUnavailable: 1 } });
  w.write(0, `Update Strategy:\t${strategy.type ?? ''}\n`);
  const ru = strategy.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
}

/** describeVolumeClaimTemplates. */
function describeClaimTemplates(w: DescribeWriter, sts: StatefulSet): void {
  const templates = sts.spec.volumeClaimTemplates ?? [];
  if (!templates.length) {
    w.write(0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(0, 'Volume Claims:\n');
  for (const t of templates) {
    w.write(1, `Name:\t${t.metadata.name}\n`);
    w.write(1, `StorageClass:\t${claimClass({ metadata: t.metadata, spec: t.spec })}\n`);
    labelsMultiline(w, 'Labels', t.metadata.labels, '  ');
    labelsMultiline(w, 'Annotations', t.metadata.annotations, '  ');
    const storage = t.spec.resources?.requests?.storage;
    w.write(1, `Capacity:\t${storage !== undefined ? canonicalQuantity(storage) : '<default>'}\n`);
    w.write(1, `Access Modes:\t${goList(t.spec.accessModes)}\n`);
  }
}

export function describeStatefulSet(w: DescribeWriter, sts: StatefulSet, ctx: PrintContext): void {
  w.write(0, `Name:\t${sts.metadata.name}\n`);
  w.write(0, `Namespace:\t${sts.metadata.namespace ?? 'default'}\n`);
  w.write(0, `CreationTimestamp:\t${timeText(sts.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${selectorText(sts.spec.selector)}\n`);
  labelsMultiline(w, 'Labels', sts.metadata.labels);
  annotationsMultiline(w, 'Annotations', sts.metadata.annotations);
  w.write(0, `Replicas:\t${sts.spec.replicas ?? 1} desired | ${sts.status.replicas ?? 0} total\n`);
  // kubectl 1.6/1.7 printed no update strategy.
  if (!isBook(ctx)) describeStrategy(w, sts);
  w.write(0, `Pods Status:\t${podPhaseCounts(sts, ctx)}\n`);
  describePodTemplate(w, sts.spec.template, ctx);
  describeClaimTemplates(w, sts);
  describeEvents(w, sts, ctx);
}

// How a pod looks: one visual kind (shape + icon), the kubectl STATUS text, and a short note.
// STATUS comes from the same function `kubectl get pods` uses, so the picture and the terminal
// always agree; the kind adds what the picture can show and the table cannot (a stale status on
// an unreachable node, a countdown, a ghost).
import { podSummary } from '../../commands/printers/get/pod.ts';
import { parseRfc3339 } from '../../commands/format/time.ts';
import type { World } from '../../sim/engine/world.ts';
import { condition } from '../../sim/model/pods.ts';
import type { Pod } from '../../sim/model/types.ts';
import type { MessageKey } from '../../i18n/index.ts';

export type PodKind =
  'pending' | 'creating' | 'running' | 'ready' | 'terminating' | 'imageError' | 'unknown' | 'failed' | 'ghost';

export interface PodLook {
  kind: PodKind;
  /** kubectl's STATUS column, plus READY for running pods and the countdown for terminating ones. */
  status: string;
  /** What the picture knows beyond the table, in a few words: a message key ('' when nothing to add). */
  note: MessageKey | '';
  /** Whole seconds left of the grace period, for Terminating pods. */
  graceLeft?: number;
}

export interface NodeTruth {
  physical: 'Connected' | 'Partitioned' | 'PoweredOff';
  health: 'Ready' | 'Unknown';
}

/** The node machine's value, `{"physical":…,"health":…}`; a missing node reads as connected. */
export function nodeTruth(world: World, name: string | undefined): NodeTruth | undefined {
  const sim = name ? world.nodes[name] : undefined;
  if (!sim) return undefined;
  try {
    const v = JSON.parse(sim.state) as Partial<NodeTruth>;
    return { physical: v.physical ?? 'Connected', health: v.health ?? 'Ready' };
  } catch {
    return { physical: 'Connected', health: 'Ready' };
  }
}

/** True when the control plane cannot hear the node (its Ready condition is not True). */
export function nodeUnreachable(world: World, name: string | undefined): boolean {
  if (!name) return false;
  const truth = nodeTruth(world, name);
  if (truth?.health === 'Unknown') return true;
  const ready = world.objects.Node[name]?.status.conditions.find((c) => c.type === 'Ready');
  return ready !== undefined && ready.status === 'Unknown';
}

/** Whole seconds until deletionTimestamp (never negative), or undefined when not terminating. */
export function graceLeft(world: World, pod: Pod): number | undefined {
  const ts = pod.metadata.deletionTimestamp;
  if (!ts) return undefined;
  const deadline = parseRfc3339(ts);
  const now = world.config.epochMs + world.now;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

const IMAGE_ERRORS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);
const FAILED = new Set(['Failed', 'Error', 'CrashLoopBackOff', 'Completed', 'Succeeded', 'OOMKilled']);

export function podLook(world: World, pod: Pod): PodLook {
  const summary = podSummary(pod, { world });
  const unreachable = nodeUnreachable(world, pod.spec.nodeName);
  const status = summary.status;
  if (pod.metadata.deletionTimestamp) {
    const left = graceLeft(world, pod) ?? 0;
    const text = status === 'Terminating' && left > 0 ? `Terminating ${left}s` : status;
    const note = unreachable ? 'pod.note.unreachable' : left === 0 ? 'pod.note.graceOver' : '';
    return { kind: status === 'Unknown' ? 'unknown' : 'terminating', status: text, note, graceLeft: left };
  }
  if (!pod.spec.nodeName) {
    return { kind: 'pending', status, note: world.unschedulable[pod.metadata.uid ?? ''] ? 'pod.note.noNodeFits' : '' };
  }
  if (IMAGE_ERRORS.has(status)) return { kind: 'imageError', status, note: unreachable ? 'pod.note.unreachable' : '' };
  if (unreachable) {
    return { kind: 'unknown', status: withReady(status, summary.ready), note: 'pod.note.unreachable' };
  }
  if (status === 'Unknown') return { kind: 'unknown', status, note: '' };
  if (FAILED.has(status) || status.startsWith('ExitCode:') || status.startsWith('Signal:'))
    return { kind: 'failed', status, note: '' };
  if (status === 'Running' || status === 'NotReady') {
    const ready = condition(pod, 'Ready')?.status === 'True';
    return {
      kind: ready ? 'ready' : 'running',
      status: withReady(status, summary.ready),
      note: ready ? '' : 'pod.note.notReady',
    };
  }
  if (status === 'ContainerCreating' || status === 'PodInitializing' || status.startsWith('Init:'))
    return { kind: 'creating', status, note: '' };
  return { kind: 'pending', status, note: '' };
}

function withReady(status: string, ready: string): string {
  return status === 'Running' || status === 'NotReady' ? `${status} ${ready}` : status;
}

/** `0/3 nodes are available: 3 node(s) were unschedulable.` without the preemption tail. */
export function shortSchedulingMessage(message: string): string {
  const i = message.indexOf(' preemption:');
  return i > 0 ? message.slice(0, i) : message;
}

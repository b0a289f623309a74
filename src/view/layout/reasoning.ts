// "Why is it waiting?": each StatefulSet controller's resting state and reason, from
// world.controllers, plus what the engine does not say but the world shows: the pod it waits on
// is Terminating on an unreachable node (blocked until the node returns or a force delete), cannot
// be scheduled, or cannot pull its image; and, scaling down, which pod goes next.
import type { World } from '../../sim/engine/world.ts';
import { isPodReady, isTerminating, parentAndOrdinal } from '../../sim/model/pods.ts';
import type { Pod, StatefulSet } from '../../sim/model/types.ts';
import { parseRfc3339 } from '../../commands/format/time.ts';
import { nodeUnreachable, podLook, shortSchedulingMessage } from './podState.ts';

/** The controller machine's resting state: Idle, Scaling, ScalingDown, Updating or Deleting. */
export type ControllerState = string;

export interface SetReasoning {
  set: string;
  state: ControllerState;
  /** "Scaling", "Scaling down"… */
  stateLabel: string;
  /** The reason as one sentence: "Scaling: waiting for web-0 to be Running and Ready before …". */
  sentence: string;
  /** Set when the wait cannot end by itself soon: "blocked: kubia-0 is Terminating on an unreachable node". */
  blocked?: string;
  /** What ends the block, in plain words. */
  hint?: string;
  /** A command that ends it (with its risk told in `hint`). */
  command?: string;
  /** Scaling down: "web-3 goes after web-4 is gone". */
  next?: string;
  waitingOn?: string;
  desired: number;
  ready: number;
}

const LABELS: Record<string, string> = {
  Idle: 'Idle',
  Scaling: 'Scaling',
  ScalingDown: 'Scaling down',
  Updating: 'Updating',
  Deleting: 'Deleting',
};

export function controllerReasoning(world: World): SetReasoning[] {
  return Object.values(world.objects.StatefulSet)
    .map((set) => setReasoning(world, set))
    .sort((a, b) => (a.set < b.set ? -1 : 1));
}

function ownPods(world: World, set: StatefulSet): Pod[] {
  return Object.values(world.objects.Pod).filter((p) =>
    p.metadata.ownerReferences?.some((r) => r.controller && r.kind === 'StatefulSet' && r.name === set.metadata.name),
  );
}

export function setReasoning(world: World, set: StatefulSet): SetReasoning {
  const name = set.metadata.name;
  const ctl = world.controllers[name] ?? { state: 'Idle', reason: '' };
  const pods = ownPods(world, set);
  const desired = set.spec.replicas ?? 1;
  const ready = pods.filter((p) => isPodReady(p) && !isTerminating(p)).length;
  const stateLabel = LABELS[ctl.state] ?? ctl.state;
  const sentence =
    ctl.state === 'Deleting'
      ? 'Deleting: the StatefulSet is being deleted'
      : ctl.reason
        ? `${stateLabel}: ${ctl.reason}`
        : ctl.state === 'Idle'
          ? `Idle: nothing to do, ${ready} of ${desired} ready`
          : stateLabel;
  const out: SetReasoning = { set: name, state: ctl.state, stateLabel, sentence, desired, ready };
  if (ctl.waitingOn) out.waitingOn = ctl.waitingOn;
  const pod = ctl.waitingOn ? world.objects.Pod[ctl.waitingOn] : undefined;
  if (pod) Object.assign(out, blockage(world, pod));
  if (ctl.state === 'ScalingDown' && ctl.waitingOn) {
    const next = nextCondemned(set, pods, ctl.waitingOn);
    if (next) out.next = `${next} goes after ${ctl.waitingOn} is gone`;
  }
  return out;
}

/** Why the pod the controller waits on will not become what it needs soon, if that is so. */
function blockage(world: World, pod: Pod): Pick<SetReasoning, 'blocked' | 'hint' | 'command'> {
  const name = pod.metadata.name;
  const node = pod.spec.nodeName;
  if (isTerminating(pod) && nodeUnreachable(world, node)) {
    return {
      blocked: `blocked: ${name} is Terminating on an unreachable node`,
      hint:
        `${node} cannot confirm that ${name} stopped, so no new ${name} is created until ${node} is back, ` +
        `or until you force delete it (risky: the old ${name} may still be running):`,
      command: `kubectl delete pod ${name} --force --grace-period=0`,
    };
  }
  if (!isTerminating(pod) && nodeUnreachable(world, node)) {
    const evict = evictionIn(world, pod);
    return {
      blocked: `blocked: ${name} is on an unreachable node (${node})`,
      hint:
        evict !== undefined
          ? `The node controller evicts it ${evict > 0 ? `in ${evict}s` : 'now'} (the unreachable taint's tolerationSeconds).`
          : `It stays until ${node} is back or the pod is deleted.`,
    };
  }
  if (!node && world.unschedulable[pod.metadata.uid ?? '']) {
    return {
      blocked: `blocked: ${name} cannot be scheduled`,
      hint: shortSchedulingMessage(world.unschedulable[pod.metadata.uid ?? '']!),
    };
  }
  const look = podLook(world, pod);
  if (look.kind === 'imageError') {
    return {
      blocked: `blocked: ${name} cannot pull its image (${look.status})`,
      hint: `Fix the image in the pod template; ${name} is recreated with it.`,
    };
  }
  return {};
}

/** Seconds until the unreachable NoExecute taint evicts the pod, if the node has that taint. */
function evictionIn(world: World, pod: Pod): number | undefined {
  const node = world.objects.Node[pod.spec.nodeName ?? ''];
  const taint = node?.spec.taints?.find((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute');
  if (!taint?.timeAdded) return undefined;
  const tol = pod.spec.tolerations?.find(
    (t) =>
      (t.key === taint.key || (t.operator === 'Exists' && t.key === undefined)) &&
      (!t.effect || t.effect === 'NoExecute'),
  );
  if (tol && tol.tolerationSeconds === undefined) return undefined;
  const seconds = tol?.tolerationSeconds ?? 0;
  const at = parseRfc3339(taint.timeAdded) + seconds * 1000;
  return Math.max(0, Math.ceil((at - (world.config.epochMs + world.now)) / 1000));
}

/** The condemned pod (ordinal beyond the replicas) deleted after `current`: the next lower one. */
function nextCondemned(set: StatefulSet, pods: Pod[], current: string): string | undefined {
  const start = set.spec.ordinals?.start ?? 0;
  const end = start + (set.spec.replicas ?? 1);
  const cur = parentAndOrdinal(current)?.ordinal ?? Number.MAX_SAFE_INTEGER;
  const condemned = pods
    .map((p) => ({ p, o: parentAndOrdinal(p.metadata.name)?.ordinal }))
    .filter((x): x is { p: Pod; o: number } => x.o !== undefined && (x.o >= end || x.o < start) && x.o < cur)
    .filter((x) => !isTerminating(x.p))
    .sort((a, b) => b.o - a.o);
  return condemned[0]?.p.metadata.name;
}

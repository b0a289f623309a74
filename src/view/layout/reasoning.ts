// "Why is it waiting?": each StatefulSet controller's resting state and reason, from
// world.controllers, plus what the engine does not say but the world shows: the pod it waits on
// is Terminating on an unreachable node (blocked until the node returns or a force delete), cannot
// be scheduled, or cannot pull its image; and, scaling down, which pod goes next.
import type { World } from '../../sim/engine/world.ts';
import { isPodReady, isTerminating, parentAndOrdinal } from '../../sim/model/pods.ts';
import type { Pod, StatefulSet } from '../../sim/model/types.ts';
import { parseRfc3339 } from '../../commands/format/time.ts';
import { msg, type Message, type MessageKey } from '../../i18n/index.ts';
import { engineReason } from './engineReason.ts';
import { nodeUnreachable, podLook, shortSchedulingMessage } from './podState.ts';

/** The controller machine's resting state: Idle, Scaling, ScalingDown, Updating or Deleting. */
export type ControllerState = string;

export interface SetReasoning {
  set: string;
  state: ControllerState;
  /** "Scaling", "Scaling down"… */
  stateLabel: Message;
  /** The reason as one sentence: "Scaling: waiting for web-0 to be Running and Ready before …". */
  sentence: Message;
  /** Set when the wait cannot end by itself soon: "blocked: kubia-0 is Terminating on an unreachable node". */
  blocked?: Message;
  /** What ends the block, in plain words. */
  hint?: Message;
  /** A command that ends it (with its risk told in `hint`). */
  command?: string;
  /** Scaling down: "web-3 goes after web-4 is gone". */
  next?: Message;
  waitingOn?: string;
  desired: number;
  ready: number;
}

const LABELS: Record<string, MessageKey> = {
  Idle: 'reason.state.idle',
  Scaling: 'reason.state.scaling',
  ScalingDown: 'reason.state.scalingDown',
  Updating: 'reason.state.updating',
  Deleting: 'reason.state.deleting',
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
  const known = LABELS[ctl.state];
  const stateLabel = known ? msg(known) : msg('reason.state.other', { state: ctl.state });
  const sentence =
    ctl.state === 'Deleting'
      ? msg('reason.deleting')
      : ctl.reason
        ? msg('reason.sentence', { state: stateLabel, reason: engineReason(ctl.reason) })
        : ctl.state === 'Idle'
          ? msg('reason.idle', { ready, desired })
          : stateLabel;
  const out: SetReasoning = { set: name, state: ctl.state, stateLabel, sentence, desired, ready };
  if (ctl.waitingOn) out.waitingOn = ctl.waitingOn;
  const pod = ctl.waitingOn ? world.objects.Pod[ctl.waitingOn] : undefined;
  if (pod) Object.assign(out, blockage(world, pod));
  if (ctl.state === 'ScalingDown' && ctl.waitingOn) {
    const next = nextCondemned(set, pods, ctl.waitingOn);
    if (next) out.next = msg('reason.nextCondemned', { next, pod: ctl.waitingOn });
  }
  return out;
}

/** Why the pod the controller waits on will not become what it needs soon, if that is so. */
function blockage(world: World, pod: Pod): Pick<SetReasoning, 'blocked' | 'hint' | 'command'> {
  const name = pod.metadata.name;
  const node = pod.spec.nodeName;
  if (isTerminating(pod) && nodeUnreachable(world, node)) {
    return {
      blocked: msg('reason.blocked.terminatingUnreachable', { pod: name }),
      hint: msg('reason.hint.forceDelete', { pod: name, node: node ?? '' }),
      command: `kubectl delete pod ${name} --force --grace-period=0`,
    };
  }
  if (!isTerminating(pod) && nodeUnreachable(world, node)) {
    const evict = evictionIn(world, pod);
    return {
      blocked: msg('reason.blocked.unreachable', { pod: name, node: node ?? '' }),
      hint:
        evict === undefined
          ? msg('reason.hint.staysUntil', { node: node ?? '' })
          : evict > 0
            ? msg('reason.hint.evictsIn', { seconds: evict })
            : msg('reason.hint.evictsNow'),
    };
  }
  if (!node && world.unschedulable[pod.metadata.uid ?? '']) {
    return {
      blocked: msg('reason.blocked.unschedulable', { pod: name }),
      hint: msg('reason.hint.scheduler', {
        message: shortSchedulingMessage(world.unschedulable[pod.metadata.uid ?? '']!),
      }),
    };
  }
  const look = podLook(world, pod);
  if (look.kind === 'imageError') {
    return {
      blocked: msg('reason.blocked.image', { pod: name, status: look.status }),
      hint: msg('reason.hint.fixImage', { pod: name }),
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

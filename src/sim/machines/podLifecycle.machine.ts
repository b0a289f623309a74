// The life of one pod sandbox on a node, as the kubelet drives it. Its state is the ground truth
// of what runs; the API object's status is what the kubelet last managed to post (they differ
// while a node is cut off). Timing lives in the engine's timer queue, not in the machine.
import { setup } from 'xstate';

export interface PodLifecycleContext {
  /** A container without a readiness probe is Ready as soon as it runs. */
  hasReadinessProbe: boolean;
}

export type PodLifecycleEvent =
  | { type: 'pod.started' }
  | { type: 'pod.pullFailed' }
  | { type: 'pod.backOff' }
  | { type: 'pod.probePassed' }
  | { type: 'pod.probeFailed' }
  | { type: 'pod.kill' }
  | { type: 'pod.exited' };

export const podLifecycleMachine = setup({
  types: {
    context: {} as PodLifecycleContext,
    input: {} as PodLifecycleContext,
    events: {} as PodLifecycleEvent,
  },
  guards: {
    hasReadinessProbe: ({ context }) => context.hasReadinessProbe,
  },
}).createMachine({
  id: 'podLifecycle',
  context: ({ input }) => input,
  initial: 'ContainerCreating',
  states: {
    /** Sandbox, volumes and image pull; `kubectl get` shows ContainerCreating. */
    ContainerCreating: {
      on: {
        'pod.started': [{ guard: 'hasReadinessProbe', target: 'Running' }, { target: 'Ready' }],
        'pod.pullFailed': 'ErrImagePull',
        'pod.kill': 'Stopped',
      },
    },
    ErrImagePull: { on: { 'pod.backOff': 'ImagePullBackOff', 'pod.kill': 'Stopped' } },
    ImagePullBackOff: { on: { 'pod.pullFailed': 'ErrImagePull', 'pod.kill': 'Stopped' } },
    /** Container runs but its readiness probe has not (yet) passed. */
    Running: { on: { 'pod.probePassed': 'Ready', 'pod.kill': 'Terminating' } },
    Ready: { on: { 'pod.probeFailed': 'Running', 'pod.kill': 'Terminating' } },
    /** SIGTERM sent; the process runs until it exits or the grace period ends in SIGKILL. */
    Terminating: { on: { 'pod.exited': 'Stopped' } },
    /** Containers have exited; the kubelet removes the API object when it can reach it. */
    Stopped: { type: 'final' },
  },
});

export type PodLifecycleState =
  'ContainerCreating' | 'ErrImagePull' | 'ImagePullBackOff' | 'Running' | 'Ready' | 'Terminating' | 'Stopped';

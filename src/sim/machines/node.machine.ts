// A worker node in two regions: what physically happens to it (its link to the control plane,
// its power) and what the node lifecycle controller believes (semantics §3). The regions differ
// for up to node-monitor-grace-period after a failure, and that gap is the lesson.
import { setup } from 'xstate';

export type NodeEvent =
  | { type: 'node.partition' }
  | { type: 'node.heal' }
  | { type: 'node.poweroff' }
  | { type: 'node.poweron' }
  /** The node controller saw no heartbeat for node-monitor-grace-period. */
  | { type: 'node.graceExpired' }
  /** The kubelet reached the API server again and posted Ready. */
  | { type: 'node.statusPosted' };

export const nodeMachine = setup({
  types: { events: {} as NodeEvent },
}).createMachine({
  id: 'node',
  type: 'parallel',
  states: {
    physical: {
      initial: 'Connected',
      states: {
        Connected: { on: { 'node.partition': 'Partitioned', 'node.poweroff': 'PoweredOff' } },
        /** The kubelet and containers run, but nothing reaches the API server. */
        Partitioned: { on: { 'node.heal': 'Connected', 'node.poweroff': 'PoweredOff' } },
        /** Nothing runs; on power-on the kubelet starts with no containers. */
        PoweredOff: { on: { 'node.poweron': 'Connected' } },
      },
    },
    health: {
      initial: 'Ready',
      states: {
        Ready: { on: { 'node.graceExpired': 'Unknown' } },
        /** Conditions Unknown: `kubectl get nodes` prints NotReady. */
        Unknown: { on: { 'node.statusPosted': 'Ready' } },
      },
    },
  },
});

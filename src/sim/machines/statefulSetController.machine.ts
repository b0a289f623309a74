// The StatefulSet controller's reconcile pass (semantics §1.3) as a statechart: each sync walks
// Replicas → Condemned → Update and comes to rest in the state that says what the controller is
// doing or waiting for. The rules of each step live in controllers/statefulset/reconcile.ts; the
// engine carries out the operations collected in the context. Views read the resting state and
// `halt.reason` to answer "why is it waiting?".
import { assign, setup } from 'xstate';
import {
  processCondemned,
  processReplicas,
  processUpdate,
  type Halt,
  type SetOp,
  type SetView,
} from '../controllers/statefulset/reconcile.ts';

export interface SetControllerContext {
  view?: SetView;
  ops: SetOp[];
  halt?: Halt;
}

export type SetControllerEvent = { type: 'sync'; view: SetView };

function run(ctx: SetControllerContext, step: (v: SetView) => { ops: SetOp[]; halt?: Halt }): SetControllerContext {
  const plan = step(ctx.view!);
  return { view: ctx.view, ops: [...ctx.ops, ...plan.ops], ...(plan.halt ? { halt: plan.halt } : {}) };
}

export const statefulSetControllerMachine = setup({
  types: { context: {} as SetControllerContext, events: {} as SetControllerEvent },
  guards: {
    isBeingDeleted: ({ event }) => event.view.set.metadata.deletionTimestamp !== undefined,
    isHalted: ({ context }) => context.halt !== undefined,
    isOnDelete: ({ context }) => context.view?.set.spec.updateStrategy?.type === 'OnDelete',
    hasOps: ({ context }) => context.ops.length > 0,
  },
  actions: {
    observe: assign(({ event }) => ({ view: event.view, ops: [], halt: undefined })),
    processReplicas: assign(({ context }) => run(context, processReplicas)),
    processCondemned: assign(({ context }) => run(context, processCondemned)),
    processUpdate: assign(({ context }) => run(context, processUpdate)),
  },
}).createMachine({
  id: 'statefulSetController',
  context: { ops: [] },
  initial: 'Idle',
  on: {
    sync: [
      { guard: 'isBeingDeleted', target: '.Deleting' },
      { target: '.Reconciling', actions: 'observe', reenter: true },
    ],
  },
  states: {
    Reconciling: {
      initial: 'Replicas',
      states: {
        /** Create missing pods (and their claims) lowest first; recreate failed ones. */
        Replicas: {
          entry: 'processReplicas',
          always: [{ guard: 'isHalted', target: '#statefulSetController.Scaling' }, { target: 'Condemned' }],
        },
        /** Delete pods above the range, highest first. Scaling wins over updating. */
        Condemned: {
          entry: 'processCondemned',
          always: [
            { guard: 'isHalted', target: '#statefulSetController.ScalingDown' },
            { guard: 'isOnDelete', target: '#statefulSetController.Idle' },
            { target: 'Update' },
          ],
        },
        /** RollingUpdate: replace outdated pods from the highest ordinal down to the partition. */
        Update: {
          entry: 'processUpdate',
          always: [
            { guard: 'isHalted', target: '#statefulSetController.Updating' },
            { guard: 'hasOps', target: '#statefulSetController.Scaling' },
            { target: '#statefulSetController.Idle' },
          ],
        },
      },
    },
    /** Creating pods, or waiting for one to become Running and Ready. */
    Scaling: {},
    /** Removing condemned pods one at a time, or blocked by an unhealthy pod. */
    ScalingDown: {},
    /** Rolling out a new revision. */
    Updating: {},
    /** Nothing to do: every pod exists, is healthy and at the revision it should have. */
    Idle: {},
    /** The set has a deletionTimestamp: only status is updated (§1.3 step 5). */
    Deleting: {},
  },
});

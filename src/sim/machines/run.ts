// Stepping a machine whose state is stored as plain data in the World: restore the snapshot from
// its value and context, apply one event with XState's pure transition(), and hand back the new
// value and the named actions the engine must carry out.
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type StateValue } from 'xstate';

export interface Stepped<C> {
  value: StateValue;
  context: C;
  actions: { type: string; params?: unknown }[];
}

/**
 * Resolved snapshots, reused: XState snapshots are immutable and resolving one is the costly part
 * of a step. Keyed by the stored value and the (small, plain) starting context.
 */
const cache = new WeakMap<AnyStateMachine, Map<string, AnyMachineSnapshot>>();

function resolved(machine: AnyStateMachine, value: StateValue, context: unknown): AnyMachineSnapshot {
  let byKey = cache.get(machine);
  if (!byKey) cache.set(machine, (byKey = new Map<string, AnyMachineSnapshot>()));
  const key = `${JSON.stringify(value)}|${JSON.stringify(context)}`;
  let snap = byKey.get(key);
  if (!snap) byKey.set(key, (snap = machine.resolveState({ value, context }) as AnyMachineSnapshot));
  return snap;
}

export function stepMachine<C, E extends { type: string }>(
  machine: AnyStateMachine,
  value: StateValue,
  context: C,
  event: E,
): Stepped<C> {
  const snapshot = resolved(machine, value, context);
  const [next, actions] = transition(machine, snapshot, event);
  const snap = next as AnyMachineSnapshot;
  return {
    value: snap.value as StateValue,
    context: snap.context as C,
    actions: actions.map((a) => ({ type: a.type, params: a.params as unknown })),
  };
}

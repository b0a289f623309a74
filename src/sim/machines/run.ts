// Stepping a machine whose state is stored as plain data in the World: restore the snapshot from
// its value and context, apply one event with XState's pure transition(), and hand back the new
// value and the named actions the engine must carry out.
import { transition, type AnyMachineSnapshot, type AnyStateMachine, type StateValue } from 'xstate';

export interface Stepped<C> {
  value: StateValue;
  context: C;
  actions: { type: string; params?: unknown }[];
}

export function stepMachine<C, E extends { type: string }>(
  machine: AnyStateMachine,
  value: StateValue,
  context: C,
  event: E,
): Stepped<C> {
  const snapshot = machine.resolveState({ value, context }) as AnyMachineSnapshot;
  const [next, actions] = transition(machine, snapshot, event);
  const snap = next as AnyMachineSnapshot;
  return {
    value: snap.value as StateValue,
    context: snap.context as C,
    actions: actions.map((a) => ({ type: a.type, params: a.params as unknown })),
  };
}

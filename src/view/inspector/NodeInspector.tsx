import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { nodeTruth } from '../layout/podState.ts';
import { nodeStatus } from '../../commands/printers/get/node.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';

const CONNECTION = {
  Connected: 'connected to the control plane',
  Partitioned: 'cut off from the control plane (its containers keep running)',
  PoweredOff: 'powered off (nothing runs)',
} as const;

export function NodeInspector({
  world,
  name,
  action,
  select,
}: {
  world: World;
  name: string;
  action: Action;
  select: (s: Selection) => void;
}) {
  const node = world.objects.Node[name];
  const truth = nodeTruth(world, name);
  if (!node && !truth) return <p className="muted">There is no node {name} at this moment.</p>;
  const taints = node?.spec.taints ?? [];
  const outOfService = taints.some((t) => t.key === 'node.kubernetes.io/out-of-service');
  const pods = Object.values(world.objects.Pod)
    .filter((p) => p.spec.nodeName === name)
    .map((p) => p.metadata.name)
    .sort();
  const physical = truth?.physical ?? 'Connected';
  return (
    <>
      <Facts
        rows={[
          [
            'API status',
            <span data-testid="inspector.status">{node ? nodeStatus(node) : 'deleted from the API'}</span>,
          ],
          ['Really', CONNECTION[physical]],
          [
            'Taints',
            taints.length
              ? taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ')
              : 'none',
          ],
          [
            'Pods',
            pods.length
              ? pods.map((p) => (
                  <button key={p} type="button" className="link" onClick={() => select({ kind: 'Pod', name: p })}>
                    {p}
                  </button>
                ))
              : 'none',
          ],
        ]}
      />
      <ActionGroup label="Network and power">
        {physical === 'Partitioned' ? (
          <ActionButton action={action} command={act.node.heal(name)} testId="action.heal">
            Heal (reconnect)
          </ActionButton>
        ) : (
          <ActionButton
            action={action}
            command={act.node.partition(name)}
            disabled={physical !== 'Connected'}
            danger
            testId="action.partition"
          >
            Cut off
          </ActionButton>
        )}
        {physical === 'PoweredOff' ? (
          <ActionButton action={action} command={act.node.powerOn(name)} testId="action.poweron">
            Power on
          </ActionButton>
        ) : (
          <ActionButton action={action} command={act.node.powerOff(name)} danger testId="action.poweroff">
            Power off
          </ActionButton>
        )}
      </ActionGroup>
      <ActionGroup label="Scheduling">
        {node?.spec.unschedulable ? (
          <ActionButton action={action} command={act.node.uncordon(name)}>
            Uncordon
          </ActionButton>
        ) : (
          <ActionButton action={action} command={act.node.cordon(name)} disabled={!node}>
            Cordon
          </ActionButton>
        )}
        {outOfService ? (
          <ActionButton action={action} command={act.node.clearOutOfService(name)}>
            Remove out-of-service taint
          </ActionButton>
        ) : (
          <ActionButton
            action={action}
            command={act.node.outOfService(name)}
            disabled={!node}
            testId="action.out-of-service"
          >
            Out-of-service taint
          </ActionButton>
        )}
        <ActionButton action={action} command={act.node.delete(name)} disabled={!node} danger>
          Delete node
        </ActionButton>
        <ActionButton action={action} command={act.node.describe(name)} disabled={!node}>
          Describe
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { nodeTruth } from '../layout/podState.ts';
import { nodeStatus } from '../../commands/printers/get/node.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useT } from '../hooks/useT.ts';

const CONNECTION: Record<'Connected' | 'Partitioned' | 'PoweredOff', MessageKey> = {
  Connected: 'inspector.node.connected',
  Partitioned: 'inspector.node.partitioned',
  PoweredOff: 'inspector.node.poweredOff',
};

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
  const t = useT();
  if (!node && !truth) return <p className="muted">{t('inspector.noSuch.node', { name })}</p>;
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
            t('table.col.apiStatus'),
            <span data-testid="inspector.status">{node ? nodeStatus(node) : t('inspector.node.deleted')}</span>,
          ],
          [t('table.col.really'), t(CONNECTION[physical])],
          [
            t('table.col.taints'),
            taints.length
              ? taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ')
              : t('inspector.none'),
          ],
          [
            t('inspector.pods'),
            pods.length
              ? pods.map((p) => (
                  <button key={p} type="button" className="link" onClick={() => select({ kind: 'Pod', name: p })}>
                    {p}
                  </button>
                ))
              : t('inspector.none'),
          ],
        ]}
      />
      <ActionGroup label={t('inspector.node.network')}>
        {physical === 'Partitioned' ? (
          <ActionButton action={action} command={act.node.heal(name)} testId="action.heal">
            {t('inspector.node.heal')}
          </ActionButton>
        ) : (
          <ActionButton
            action={action}
            command={act.node.partition(name)}
            disabled={physical !== 'Connected'}
            danger
            testId="action.partition"
          >
            {t('inspector.node.cutOff')}
          </ActionButton>
        )}
        {physical === 'PoweredOff' ? (
          <ActionButton action={action} command={act.node.powerOn(name)} testId="action.poweron">
            {t('inspector.node.powerOn')}
          </ActionButton>
        ) : (
          <ActionButton action={action} command={act.node.powerOff(name)} danger testId="action.poweroff">
            {t('inspector.node.powerOff')}
          </ActionButton>
        )}
      </ActionGroup>
      <ActionGroup label={t('inspector.node.scheduling')}>
        {node?.spec.unschedulable ? (
          <ActionButton action={action} command={act.node.uncordon(name)}>
            {t('inspector.node.uncordon')}
          </ActionButton>
        ) : (
          <ActionButton action={action} command={act.node.cordon(name)} disabled={!node}>
            {t('inspector.node.cordon')}
          </ActionButton>
        )}
        {outOfService ? (
          <ActionButton action={action} command={act.node.clearOutOfService(name)}>
            {t('inspector.node.clearOutOfService')}
          </ActionButton>
        ) : (
          <ActionButton
            action={action}
            command={act.node.outOfService(name)}
            disabled={!node}
            testId="action.out-of-service"
          >
            {t('inspector.node.outOfService')}
          </ActionButton>
        )}
        <ActionButton action={action} command={act.node.delete(name)} disabled={!node} danger>
          {t('inspector.node.delete')}
        </ActionButton>
        <ActionButton action={action} command={act.node.describe(name)} disabled={!node}>
          {t('action.describe')}
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

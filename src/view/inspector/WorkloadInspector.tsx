import { useId, useState } from 'react';
import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';
import { useT } from '../hooks/useT.ts';
import { useLabState } from '../hooks/lab.ts';
import { engineReasonText } from '../layout/engineReason.ts';

function PodLinks({ names, select }: { names: string[]; select: (s: Selection) => void }) {
  const t = useT();
  if (!names.length) return <>{t('inspector.none')}</>;
  return (
    <>
      {names.map((p) => (
        <button key={p} type="button" className="link" onClick={() => select({ kind: 'Pod', name: p })}>
          {p}
        </button>
      ))}
    </>
  );
}

function podsOf(world: World, uid: string | undefined): string[] {
  return Object.values(world.objects.Pod)
    .filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === uid))
    .map((p) => p.metadata.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export function StatefulSetInspector({
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
  const set = world.objects.StatefulSet[name];
  const id = useId();
  const t = useT();
  const lang = useLabState((s) => s.lang);
  const settings = set ? act.setSettings(set) : undefined;
  const [image, setImage] = useState(settings?.image ?? '');
  const [partition, setPartition] = useState(String(settings?.partition ?? 0));
  const [strategy, setStrategy] = useState<act.UpdateStrategy>(settings?.strategy ?? 'RollingUpdate');
  const [policy, setPolicy] = useState<act.PodManagementPolicy>(
    settings?.policy === 'Parallel' ? 'OrderedReady' : 'Parallel',
  );
  if (!set || !settings) return <p className="muted">{t('inspector.noSuch.statefulSet', { name })}</p>;
  const replicas = set.spec.replicas ?? 1;
  const images = act.IMAGE_CHOICES.some((c) => c.image === settings.image)
    ? act.IMAGE_CHOICES
    : [{ image: settings.image, label: settings.image }, ...act.IMAGE_CHOICES];
  const partitionN = Math.max(0, Math.floor(Number(partition) || 0));
  const reason = world.controllers[name]?.reason;
  return (
    <>
      <Facts
        rows={[
          [
            t('inspector.replicas'),
            <span data-testid="inspector.replicas">
              {t('inspector.replicas.value', { wanted: replicas, ready: set.status.readyReplicas ?? 0 })}
            </span>,
          ],
          [t('inspector.pods'), <PodLinks names={podsOf(world, set.metadata.uid)} select={select} />],
          [t('inspector.sts.podManagement'), settings.policy],
          [
            t('inspector.sts.updates'),
            settings.strategy === 'RollingUpdate' ? `RollingUpdate, partition ${settings.partition}` : 'OnDelete',
          ],
          [t('inspector.image'), settings.image],
          [
            t('inspector.sts.revisions'),
            set.status.currentRevision === set.status.updateRevision
              ? (set.status.currentRevision ?? '')
              : `${set.status.currentRevision ?? ''} → ${set.status.updateRevision ?? ''}`,
          ],
          ...(reason ? ([[t('inspector.sts.controller'), engineReasonText(lang, reason)]] as [string, string][]) : []),
        ]}
      />
      <ActionGroup label={t('inspector.replicas')}>
        <ActionButton
          action={action}
          command={act.statefulSet.scale(name, Math.max(0, replicas - 1))}
          disabled={replicas === 0}
          testId="action.scale-down"
        >
          <span aria-hidden="true">−</span>
          <span className="sr-only">{t('inspector.scaleDown')}</span> {t('action.to', { n: Math.max(0, replicas - 1) })}
        </ActionButton>
        <ActionButton action={action} command={act.statefulSet.scale(name, replicas + 1)} testId="action.scale-up">
          <span aria-hidden="true">+</span>
          <span className="sr-only">{t('inspector.scaleUp')}</span> {t('action.to', { n: replicas + 1 })}
        </ActionButton>
        <ActionButton action={action} command={act.statefulSet.describe(name)}>
          {t('action.describe')}
        </ActionButton>
      </ActionGroup>
      <div className="control-row">
        <label htmlFor={`${id}-image`}>{t('inspector.image')}</label>
        <select id={`${id}-image`} value={image} onChange={(e) => setImage(e.target.value)}>
          {images.map((c) => (
            <option key={c.image} value={c.image}>
              {'note' in c && c.note ? `${c.label} (${t(c.note)})` : c.label}
            </option>
          ))}
        </select>
        <ActionButton
          action={action}
          command={act.statefulSet.setImage(name, settings.container, image)}
          testId="action.set-image"
        >
          {t('inspector.sts.setImage')}
        </ActionButton>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-partition`}>{t('inspector.sts.partition')}</label>
        <input
          id={`${id}-partition`}
          type="number"
          min={0}
          max={replicas}
          value={partition}
          onChange={(e) => setPartition(e.target.value)}
        />
        <ActionButton
          action={action}
          command={act.statefulSet.partition(name, partitionN)}
          testId="action.partition-set"
        >
          {t('inspector.sts.setPartition')}
        </ActionButton>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-strategy`}>{t('inspector.sts.strategy')}</label>
        <select
          id={`${id}-strategy`}
          value={strategy}
          onChange={(e) => setStrategy(e.target.value as act.UpdateStrategy)}
        >
          <option value="RollingUpdate">RollingUpdate</option>
          <option value="OnDelete">OnDelete</option>
        </select>
        <ActionButton action={action} command={act.statefulSet.updateStrategy(name, strategy)}>
          {t('inspector.apply')}
        </ActionButton>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-policy`}>{t('inspector.sts.podManagement')}</label>
        <select
          id={`${id}-policy`}
          value={policy}
          onChange={(e) => setPolicy(e.target.value as act.PodManagementPolicy)}
        >
          <option value="OrderedReady">OrderedReady</option>
          <option value="Parallel">Parallel</option>
        </select>
        <ActionButton
          action={action}
          command={act.statefulSet.podManagementPolicy(name, policy)}
          testId="action.policy"
        >
          {t('inspector.apply')}
        </ActionButton>
      </div>
      <p className="hint">{t('inspector.sts.policyFixed')}</p>
      <ActionFeedback action={action} />
    </>
  );
}

export function ReplicaSetInspector({
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
  const rs = world.objects.ReplicaSet[name];
  const t = useT();
  if (!rs) return <p className="muted">{t('inspector.noSuch.replicaSet', { name })}</p>;
  const replicas = rs.spec.replicas ?? 1;
  return (
    <>
      <Facts
        rows={[
          [
            t('inspector.replicas'),
            <span data-testid="inspector.replicas">
              {t('inspector.replicas.value', { wanted: replicas, ready: rs.status.readyReplicas ?? 0 })}
            </span>,
          ],
          [t('inspector.pods'), <PodLinks names={podsOf(world, rs.metadata.uid)} select={select} />],
          [t('inspector.image'), rs.spec.template.spec.containers[0]?.image ?? ''],
        ]}
      />
      <ActionGroup label={t('inspector.replicas')}>
        <ActionButton
          action={action}
          command={act.replicaSet.scale(name, Math.max(0, replicas - 1))}
          disabled={replicas === 0}
        >
          <span aria-hidden="true">−</span>
          <span className="sr-only">{t('inspector.scaleDown')}</span> {t('action.to', { n: Math.max(0, replicas - 1) })}
        </ActionButton>
        <ActionButton action={action} command={act.replicaSet.scale(name, replicas + 1)}>
          <span aria-hidden="true">+</span>
          <span className="sr-only">{t('inspector.scaleUp')}</span> {t('action.to', { n: replicas + 1 })}
        </ActionButton>
        <ActionButton action={action} command={act.replicaSet.describe(name)}>
          {t('action.describe')}
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

import { useId, useState } from 'react';
import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';

function PodLinks({ names, select }: { names: string[]; select: (s: Selection) => void }) {
  if (!names.length) return <>none</>;
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
  const settings = set ? act.setSettings(set) : undefined;
  const [image, setImage] = useState(settings?.image ?? '');
  const [partition, setPartition] = useState(String(settings?.partition ?? 0));
  const [strategy, setStrategy] = useState<act.UpdateStrategy>(settings?.strategy ?? 'RollingUpdate');
  const [policy, setPolicy] = useState<act.PodManagementPolicy>(
    settings?.policy === 'Parallel' ? 'OrderedReady' : 'Parallel',
  );
  if (!set || !settings) return <p className="muted">There is no StatefulSet {name} at this moment.</p>;
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
            'Replicas',
            <span data-testid="inspector.replicas">
              {replicas} wanted · {set.status.readyReplicas ?? 0} ready
            </span>,
          ],
          ['Pods', <PodLinks names={podsOf(world, set.metadata.uid)} select={select} />],
          ['Pod management', settings.policy],
          [
            'Updates',
            settings.strategy === 'RollingUpdate' ? `RollingUpdate, partition ${settings.partition}` : 'OnDelete',
          ],
          ['Image', settings.image],
          [
            'Revisions',
            set.status.currentRevision === set.status.updateRevision
              ? (set.status.currentRevision ?? '')
              : `${set.status.currentRevision ?? ''} → ${set.status.updateRevision ?? ''}`,
          ],
          ...(reason ? ([['Controller', reason]] as [string, string][]) : []),
        ]}
      />
      <ActionGroup label="Replicas">
        <ActionButton
          action={action}
          command={act.statefulSet.scale(name, Math.max(0, replicas - 1))}
          disabled={replicas === 0}
          testId="action.scale-down"
        >
          <span aria-hidden="true">−</span>
          <span className="sr-only">Scale down</span> to {Math.max(0, replicas - 1)}
        </ActionButton>
        <ActionButton action={action} command={act.statefulSet.scale(name, replicas + 1)} testId="action.scale-up">
          <span aria-hidden="true">+</span>
          <span className="sr-only">Scale up</span> to {replicas + 1}
        </ActionButton>
        <ActionButton action={action} command={act.statefulSet.describe(name)}>
          Describe
        </ActionButton>
      </ActionGroup>
      <div className="control-row">
        <label htmlFor={`${id}-image`}>Image</label>
        <select id={`${id}-image`} value={image} onChange={(e) => setImage(e.target.value)}>
          {images.map((c) => (
            <option key={c.image} value={c.image}>
              {c.label}
            </option>
          ))}
        </select>
        <ActionButton
          action={action}
          command={act.statefulSet.setImage(name, settings.container, image)}
          testId="action.set-image"
        >
          Set image
        </ActionButton>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-partition`}>Partition</label>
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
          Set partition
        </ActionButton>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-strategy`}>Update strategy</label>
        <select
          id={`${id}-strategy`}
          value={strategy}
          onChange={(e) => setStrategy(e.target.value as act.UpdateStrategy)}
        >
          <option value="RollingUpdate">RollingUpdate</option>
          <option value="OnDelete">OnDelete</option>
        </select>
        <ActionButton action={action} command={act.statefulSet.updateStrategy(name, strategy)}>
          Apply
        </ActionButton>
      </div>
      <div className="control-row">
        <label htmlFor={`${id}-policy`}>Pod management</label>
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
          Apply
        </ActionButton>
      </div>
      <p className="hint">Pod management policy is fixed once the StatefulSet exists: the API server says so.</p>
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
  if (!rs) return <p className="muted">There is no ReplicaSet {name} at this moment.</p>;
  const replicas = rs.spec.replicas ?? 1;
  return (
    <>
      <Facts
        rows={[
          [
            'Replicas',
            <span data-testid="inspector.replicas">
              {replicas} wanted · {rs.status.readyReplicas ?? 0} ready
            </span>,
          ],
          ['Pods', <PodLinks names={podsOf(world, rs.metadata.uid)} select={select} />],
          ['Image', rs.spec.template.spec.containers[0]?.image ?? ''],
        ]}
      />
      <ActionGroup label="Replicas">
        <ActionButton
          action={action}
          command={act.replicaSet.scale(name, Math.max(0, replicas - 1))}
          disabled={replicas === 0}
        >
          <span aria-hidden="true">−</span>
          <span className="sr-only">Scale down</span> to {Math.max(0, replicas - 1)}
        </ActionButton>
        <ActionButton action={action} command={act.replicaSet.scale(name, replicas + 1)}>
          <span aria-hidden="true">+</span>
          <span className="sr-only">Scale up</span> to {replicas + 1}
        </ActionButton>
        <ActionButton action={action} command={act.replicaSet.describe(name)}>
          Describe
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

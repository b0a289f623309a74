import type { World } from '../../sim/engine/world.ts';
import { controllerOf } from '../../sim/model/pods.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { podLook } from '../layout/podState.ts';
import { Icon } from '../Icon.tsx';
import { ghostsOf } from './ghosts.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';
import { useT } from '../hooks/useT.ts';
import { useLabState } from '../hooks/lab.ts';
import { lookNote } from '../picture/labels.ts';
import { Rich } from '../Rich.tsx';

function Link({ sel, select }: { sel: Selection; select: (s: Selection) => void }) {
  return (
    <button type="button" className="link" onClick={() => select(sel)}>
      {sel.name}
    </button>
  );
}

export function PodInspector({
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
  const pod = world.objects.Pod[name];
  const t = useT();
  const lang = useLabState((s) => s.lang);
  const ghosts = ghostsOf(world, name);
  const ghostNote = ghosts.map((g) => (
    <p key={g.uid} className="callout callout-danger" data-testid="inspector.ghost">
      <strong>
        <Icon name="ghost" size={14} /> {t('inspector.ghost.title')}
      </strong>{' '}
      <Rich
        text={t(pod ? 'inspector.ghost.textTwin' : 'inspector.ghost.text', { pod: name })}
        parts={{ node: <Link sel={{ kind: 'Node', name: g.node }} select={select} /> }}
      />
    </p>
  ));
  if (!pod) {
    return (
      <>
        <p className="muted">{t('inspector.noSuch.pod', { name })}</p>
        {ghostNote}
      </>
    );
  }
  const look = podLook(world, pod);
  const owner = controllerOf(pod);
  const rt = pod.spec.nodeName ? world.nodes[pod.spec.nodeName]?.runtime[pod.metadata.uid ?? ''] : undefined;
  const claims = (pod.spec.volumes ?? []).flatMap((v) =>
    v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [],
  );
  const cs = pod.status.containerStatuses?.[0];
  return (
    <>
      {ghostNote}
      <Facts
        rows={[
          [
            t('table.col.status'),
            <span data-testid="inspector.status">{look.status + (look.note ? ` (${lookNote(lang, look)})` : '')}</span>,
          ],
          [
            t('table.col.node'),
            pod.spec.nodeName ? (
              <Link sel={{ kind: 'Node', name: pod.spec.nodeName }} select={select} />
            ) : (
              t('inspector.pod.unscheduled')
            ),
          ],
          [t('inspector.pod.ip'), pod.status.podIP ?? t('inspector.noneYet')],
          [
            t('inspector.pod.owner'),
            owner && (owner.kind === 'StatefulSet' || owner.kind === 'ReplicaSet') ? (
              <>
                {owner.kind} <Link sel={{ kind: owner.kind, name: owner.name }} select={select} />
              </>
            ) : (
              t('inspector.none')
            ),
          ],
          [
            t('inspector.pod.claims'),
            claims.length
              ? claims.map((c) => <Link key={c} sel={{ kind: 'PersistentVolumeClaim', name: c }} select={select} />)
              : t('inspector.none'),
          ],
          [t('inspector.image'), pod.spec.containers[0]?.image ?? ''],
          [t('stream.col.restarts'), String(cs?.restartCount ?? 0)],
        ]}
      />
      <ActionGroup label={t('inspector.pod.group')}>
        <ActionButton action={action} command={act.pod.delete(name)} testId="action.delete">
          {t('inspector.pod.delete')}
        </ActionButton>
        <ActionButton action={action} command={act.pod.forceDelete(name)} danger testId="action.force-delete">
          {t('inspector.pod.forceDelete')}
        </ActionButton>
        {rt?.probeFailing ? (
          <ActionButton action={action} command={act.pod.readiness(name, 'pass')} testId="action.readiness-pass">
            {t('inspector.pod.restoreReadiness')}
          </ActionButton>
        ) : (
          <ActionButton
            action={action}
            command={act.pod.readiness(name, 'fail')}
            disabled={!rt}
            testId="action.readiness-fail"
          >
            {t('inspector.pod.failReadiness')}
          </ActionButton>
        )}
        <ActionButton action={action} command={act.pod.describe(name)}>
          {t('action.describe')}
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

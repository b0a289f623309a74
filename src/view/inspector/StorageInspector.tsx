import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';
import { useT } from '../hooks/useT.ts';

interface Props {
  world: World;
  name: string;
  action: Action;
  select: (s: Selection) => void;
}

function Files({ world, volume }: { world: World; volume: string | undefined }) {
  const files = Object.entries((volume && world.volumes[volume]?.files) || {});
  const t = useT();
  if (!files.length) return <>{t('inspector.empty')}</>;
  return (
    <ul className="files">
      {files.map(([path, text]) => (
        <li key={path}>
          <code>{path}</code>: {text.trim().split('\n')[0]}
        </li>
      ))}
    </ul>
  );
}

export function ClaimInspector({ world, name, action, select }: Props) {
  const pvc = world.objects.PersistentVolumeClaim[name];
  const t = useT();
  if (!pvc) return <p className="muted">{t('inspector.noSuch.claim', { name })}</p>;
  const users = Object.values(world.objects.Pod)
    .filter((p) => p.spec.volumes?.some((v) => v.persistentVolumeClaim?.claimName === name))
    .map((p) => p.metadata.name);
  const volume = pvc.spec.volumeName;
  return (
    <>
      <Facts
        rows={[
          [
            t('table.col.status'),
            <span data-testid="inspector.status">
              {pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status.phase ?? 'Pending')}
            </span>,
          ],
          [
            t('table.col.volume'),
            volume ? (
              <button type="button" className="link" onClick={() => select({ kind: 'PersistentVolume', name: volume })}>
                {volume}
              </button>
            ) : (
              t('inspector.claim.unbound')
            ),
          ],
          [t('inspector.capacity'), pvc.status.capacity?.storage ?? pvc.spec.resources?.requests?.storage ?? ''],
          [
            t('inspector.claim.usedBy'),
            users.length
              ? users.map((u) => (
                  <button key={u} type="button" className="link" onClick={() => select({ kind: 'Pod', name: u })}>
                    {u}
                  </button>
                ))
              : t('inspector.claim.waits'),
          ],
          [t('table.col.data'), <Files world={world} volume={volume} />],
        ]}
      />
      <ActionGroup label={t('inspector.kind.claim')}>
        <ActionButton action={action} command={act.claim.delete(name)} danger>
          {t('inspector.claim.delete')}
        </ActionButton>
        <ActionButton action={action} command={act.claim.describe(name)}>
          {t('action.describe')}
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

export function VolumeInspector({ world, name, action, select }: Props) {
  const pv = world.objects.PersistentVolume[name];
  const t = useT();
  if (!pv) return <p className="muted">{t('inspector.noSuch.volume', { name })}</p>;
  const claim = pv.spec.claimRef?.name;
  return (
    <>
      <Facts
        rows={[
          [t('table.col.status'), pv.status.phase ?? 'Pending'],
          [
            t('table.col.claim'),
            claim ? (
              <button
                type="button"
                className="link"
                onClick={() => select({ kind: 'PersistentVolumeClaim', name: claim })}
              >
                {claim}
              </button>
            ) : (
              t('inspector.none')
            ),
          ],
          [t('inspector.capacity'), pv.spec.capacity.storage],
          [t('inspector.volume.reclaim'), pv.spec.persistentVolumeReclaimPolicy ?? 'Delete'],
          [t('table.col.data'), <Files world={world} volume={name} />],
        ]}
      />
      <ActionGroup label={t('inspector.kind.volume')}>
        <ActionButton action={action} command={`kubectl describe pv ${name}`}>
          {t('action.describe')}
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

export function ServiceInspector({ world, name, action }: Props) {
  const svc = world.objects.Service[name];
  const t = useT();
  if (!svc) return <p className="muted">{t('inspector.noSuch.service', { name })}</p>;
  const ep = world.objects.Endpoints[name];
  const ready = ep?.subsets?.flatMap((s) => s.addresses ?? []) ?? [];
  const notReady = ep?.subsets?.flatMap((s) => s.notReadyAddresses ?? []) ?? [];
  const list = (a: typeof ready) =>
    a.length ? a.map((x) => `${x.targetRef?.name ?? x.ip} (${x.ip})`).join(', ') : t('inspector.none');
  return (
    <>
      <Facts
        rows={[
          [
            t('inspector.service.type'),
            svc.spec.clusterIP === 'None' ? t('inspector.service.headless') : `ClusterIP ${svc.spec.clusterIP ?? ''}`,
          ],
          [t('inspector.service.ready'), list(ready)],
          [t('inspector.service.notReady'), list(notReady)],
        ]}
      />
      <ActionGroup label="Service">
        <ActionButton action={action} command={`kubectl describe svc ${name}`}>
          {t('action.describe')}
        </ActionButton>
        <ActionButton action={action} command={`dig SRV ${name}.default.svc.cluster.local +short`}>
          dig SRV
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

import type { World } from '../../sim/engine/world.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';

interface Props {
  world: World;
  name: string;
  action: Action;
  select: (s: Selection) => void;
}

function Files({ world, volume }: { world: World; volume: string | undefined }) {
  const files = Object.entries((volume && world.volumes[volume]?.files) || {});
  if (!files.length) return <>empty</>;
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
  if (!pvc) return <p className="muted">There is no claim {name} at this moment.</p>;
  const users = Object.values(world.objects.Pod)
    .filter((p) => p.spec.volumes?.some((v) => v.persistentVolumeClaim?.claimName === name))
    .map((p) => p.metadata.name);
  const volume = pvc.spec.volumeName;
  return (
    <>
      <Facts
        rows={[
          [
            'Status',
            <span data-testid="inspector.status">
              {pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status.phase ?? 'Pending')}
            </span>,
          ],
          [
            'Volume',
            volume ? (
              <button type="button" className="link" onClick={() => select({ kind: 'PersistentVolume', name: volume })}>
                {volume}
              </button>
            ) : (
              'not bound yet'
            ),
          ],
          ['Capacity', pvc.status.capacity?.storage ?? pvc.spec.resources?.requests?.storage ?? ''],
          [
            'Used by',
            users.length
              ? users.map((u) => (
                  <button key={u} type="button" className="link" onClick={() => select({ kind: 'Pod', name: u })}>
                    {u}
                  </button>
                ))
              : 'no pod: the claim (and its data) waits',
          ],
          ['Data', <Files world={world} volume={volume} />],
        ]}
      />
      <ActionGroup label="Claim">
        <ActionButton action={action} command={act.claim.delete(name)} danger>
          Delete claim
        </ActionButton>
        <ActionButton action={action} command={act.claim.describe(name)}>
          Describe
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

export function VolumeInspector({ world, name, action, select }: Props) {
  const pv = world.objects.PersistentVolume[name];
  if (!pv) return <p className="muted">There is no volume {name} at this moment.</p>;
  const claim = pv.spec.claimRef?.name;
  return (
    <>
      <Facts
        rows={[
          ['Status', pv.status.phase ?? 'Pending'],
          [
            'Claim',
            claim ? (
              <button
                type="button"
                className="link"
                onClick={() => select({ kind: 'PersistentVolumeClaim', name: claim })}
              >
                {claim}
              </button>
            ) : (
              'none'
            ),
          ],
          ['Capacity', pv.spec.capacity.storage],
          ['Reclaim policy', pv.spec.persistentVolumeReclaimPolicy ?? 'Delete'],
          ['Data', <Files world={world} volume={name} />],
        ]}
      />
      <ActionGroup label="Volume">
        <ActionButton action={action} command={`kubectl describe pv ${name}`}>
          Describe
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

export function ServiceInspector({ world, name, action }: Props) {
  const svc = world.objects.Service[name];
  if (!svc) return <p className="muted">There is no Service {name} at this moment.</p>;
  const ep = world.objects.Endpoints[name];
  const ready = ep?.subsets?.flatMap((s) => s.addresses ?? []) ?? [];
  const notReady = ep?.subsets?.flatMap((s) => s.notReadyAddresses ?? []) ?? [];
  const list = (a: typeof ready) =>
    a.length ? a.map((x) => `${x.targetRef?.name ?? x.ip} (${x.ip})`).join(', ') : 'none';
  return (
    <>
      <Facts
        rows={[
          [
            'Type',
            svc.spec.clusterIP === 'None'
              ? 'headless (one DNS record per pod)'
              : `ClusterIP ${svc.spec.clusterIP ?? ''}`,
          ],
          ['Ready endpoints', list(ready)],
          ['Not ready', list(notReady)],
        ]}
      />
      <ActionGroup label="Service">
        <ActionButton action={action} command={`kubectl describe svc ${name}`}>
          Describe
        </ActionButton>
        <ActionButton action={action} command={`dig SRV ${name}.default.svc.cluster.local +short`}>
          dig SRV
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

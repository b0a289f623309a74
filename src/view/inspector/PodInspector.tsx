import type { World } from '../../sim/engine/world.ts';
import { controllerOf } from '../../sim/model/pods.ts';
import type { Selection } from '../../store/lab.ts';
import * as act from '../actions.ts';
import { podLook } from '../layout/podState.ts';
import { Icon } from '../Icon.tsx';
import { ghostsOf } from './ghosts.ts';
import { ActionButton, ActionFeedback, ActionGroup, Facts } from './parts.tsx';
import type { Action } from './useAction.ts';

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
  const ghosts = ghostsOf(world, name);
  const ghostNote = ghosts.map((g) => (
    <p key={g.uid} className="callout callout-danger" data-testid="inspector.ghost">
      <strong>
        <Icon name="ghost" size={14} /> Ghost:
      </strong>{' '}
      a {name} container still runs on <Link sel={{ kind: 'Node', name: g.node }} select={select} />, but its API object
      is gone, so nothing will stop it until the node is reachable again.
      {pod ? ' With the new pod, two copies of this identity run at once: at most one is broken.' : ''}
    </p>
  ));
  if (!pod) {
    return (
      <>
        <p className="muted">There is no pod {name} at this moment.</p>
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
          ['Status', <span data-testid="inspector.status">{look.status + (look.note ? ` (${look.note})` : '')}</span>],
          [
            'Node',
            pod.spec.nodeName ? (
              <Link sel={{ kind: 'Node', name: pod.spec.nodeName }} select={select} />
            ) : (
              'not scheduled yet'
            ),
          ],
          ['Pod IP', pod.status.podIP ?? 'none yet'],
          [
            'Owner',
            owner && (owner.kind === 'StatefulSet' || owner.kind === 'ReplicaSet') ? (
              <>
                {owner.kind} <Link sel={{ kind: owner.kind, name: owner.name }} select={select} />
              </>
            ) : (
              'none'
            ),
          ],
          [
            'Claims',
            claims.length
              ? claims.map((c) => <Link key={c} sel={{ kind: 'PersistentVolumeClaim', name: c }} select={select} />)
              : 'none',
          ],
          ['Image', pod.spec.containers[0]?.image ?? ''],
          ['Restarts', String(cs?.restartCount ?? 0)],
        ]}
      />
      <ActionGroup label="Pod">
        <ActionButton action={action} command={act.pod.delete(name)} testId="action.delete">
          Delete
        </ActionButton>
        <ActionButton action={action} command={act.pod.forceDelete(name)} danger testId="action.force-delete">
          Force delete
        </ActionButton>
        {rt?.probeFailing ? (
          <ActionButton action={action} command={act.pod.readiness(name, 'pass')} testId="action.readiness-pass">
            Restore readiness
          </ActionButton>
        ) : (
          <ActionButton
            action={action}
            command={act.pod.readiness(name, 'fail')}
            disabled={!rt}
            testId="action.readiness-fail"
          >
            Fail readiness
          </ActionButton>
        )}
        <ActionButton action={action} command={act.pod.describe(name)}>
          Describe
        </ActionButton>
      </ActionGroup>
      <ActionFeedback action={action} />
    </>
  );
}

import { useLab, useLabState, useWorld } from '../hooks/lab.ts';
import * as act from '../actions.ts';
import { ActionButton, ActionFeedback } from '../inspector/parts.tsx';
import { useAction } from '../inspector/useAction.ts';
import { useT } from '../hooks/useT.ts';

/**
 * The side-by-side controls: one action, applied to the ReplicaSet (cattle) and to the
 * StatefulSet (named cows) alike, as the commands for both.
 */
export function SideBySideBar() {
  const lab = useLab();
  const world = useWorld();
  const action = useAction();
  const preset = useLabState((s) => s.preset);
  const t = useT();
  const { rs, sts } = act.pair(world);
  if (!rs || !sts) {
    return (
      <div className="sbs-bar" role="group" aria-label={t('app.view.sideBySide')}>
        <p>
          {t('sbs.needsBoth')}{' '}
          {preset !== 'cattle-vs-cows' && (
            <button
              type="button"
              className="btn btn-small btn-primary"
              onClick={() => lab.loadPreset('cattle-vs-cows')}
            >
              {t('sbs.loadPreset')}
            </button>
          )}
        </p>
      </div>
    );
  }
  const replicas = Math.max(
    world.objects.ReplicaSet[rs]!.spec.replicas ?? 1,
    world.objects.StatefulSet[sts]!.spec.replicas ?? 1,
  );
  const lose = act.sideBySide.loseNode(world);
  return (
    <div className="sbs-bar" role="group" aria-label={t('sbs.group')}>
      <span className="sbs-label">{t('sbs.both')}</span>
      <span className="sbs-sub" aria-hidden="true">
        {t('sbs.scale')}
      </span>
      <ActionButton
        action={action}
        command={act.sideBySide.scaleBoth(world, Math.max(0, replicas - 1))}
        testId="sbs.scale-down"
      >
        <span aria-hidden="true">−</span>
        <span className="sr-only">{t('sbs.scaleDown')}</span> {t('action.to', { n: Math.max(0, replicas - 1) })}
      </ActionButton>
      <ActionButton action={action} command={act.sideBySide.scaleBoth(world, replicas + 1)} testId="sbs.scale-up">
        <span aria-hidden="true">+</span>
        <span className="sr-only">{t('sbs.scaleUp')}</span> {t('action.to', { n: replicas + 1 })}
      </ActionButton>
      <ActionButton action={action} command={act.sideBySide.deleteAllPods(world)} danger testId="sbs.delete-all">
        {t('sbs.deleteAll')}
      </ActionButton>
      <ActionButton action={action} command={lose} danger disabled={!lose.length} testId="sbs.lose-node">
        {t('sbs.loseNode')}
        {lose.length ? ` (${lose[0]!.split(' ')[2]})` : ''}
      </ActionButton>
      <ActionFeedback action={action} compact />
    </div>
  );
}

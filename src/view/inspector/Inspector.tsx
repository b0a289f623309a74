import { lazy, memo, Suspense } from 'react';
import type { World } from '../../sim/engine/world.ts';
import type { SelectionKind } from '../../store/lab.ts';
import { loadInspectorBody } from './preload.ts';
import { useLab, useLabState, useWorld } from '../hooks/lab.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useT, type T } from '../hooks/useT.ts';

const GROUPS: { kind: SelectionKind; label: MessageKey }[] = [
  { kind: 'StatefulSet', label: 'inspector.group.statefulSets' },
  { kind: 'ReplicaSet', label: 'inspector.group.replicaSets' },
  { kind: 'Pod', label: 'inspector.group.pods' },
  { kind: 'Node', label: 'inspector.group.nodes' },
  { kind: 'PersistentVolumeClaim', label: 'inspector.group.claims' },
  { kind: 'PersistentVolume', label: 'inspector.group.volumes' },
  { kind: 'Service', label: 'inspector.group.services' },
];

/** Kinds show as kubectl names them, except claims and volumes: a shorter word in the page's language. */
const KIND_WORD: Partial<Record<SelectionKind, MessageKey>> = {
  PersistentVolumeClaim: 'inspector.kind.claim',
  PersistentVolume: 'inspector.kind.volume',
};

// One collator for every comparison: `localeCompare` with options builds one per call, which with
// a few hundred pods cost milliseconds on every step. Same order.
const natural = new Intl.Collator('en', { numeric: true }).compare;

function namesOf(world: World, kind: SelectionKind): string[] {
  const names = Object.keys(world.objects[kind]).filter((n) => !(kind === 'Service' && n === 'kubernetes'));
  return names.sort(natural);
}

/** The chooser's options: hundreds with many pods, so rebuilt only when the objects come or go. */
const ChooserGroups = memo(
  function ChooserGroups({ lists, t }: { lists: string[][]; t: T }) {
    return (
      <>
        {GROUPS.map(({ kind, label }, i) => {
          const names = lists[i]!;
          if (!names.length) return null;
          return (
            <optgroup key={kind} label={t(label)}>
              {names.map((n) => (
                <option key={n} value={`${kind}/${n}`}>
                  {n}
                </option>
              ))}
            </optgroup>
          );
        })}
      </>
    );
  },
  (a, b) => a.t === b.t && a.lists.join('|') === b.lists.join('|'),
);

// The per-kind details are most of the inspector's code and nothing needs them before the first
// selection: a chunk of their own, fetched right after the first paint (`preloadInspector`).
const Body = lazy(loadInspectorBody);

/** Details of the selected object and the actions on it; every action is a command. */
export function Inspector() {
  const lab = useLab();
  const world = useWorld();
  const selection = useLabState((s) => s.selection);
  const t = useT();
  const value = selection ? `${selection.kind}/${selection.name}` : '';
  const kindWord = selection ? KIND_WORD[selection.kind] : undefined;
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading" data-testid="inspector">
      <div className="panel-head">
        <h2 id="inspector-heading">
          {selection ? (
            <>
              <span className="kind-tag">{kindWord ? t(kindWord) : selection.kind}</span> {selection.name}
            </>
          ) : (
            t('app.sidebar.inspector')
          )}
        </h2>
        <label className="chooser">
          <span className="sr-only">{t('inspector.chooser')}</span>
          <select
            value={value}
            data-testid="inspector.chooser"
            onChange={(e) => {
              const [kind, ...rest] = e.target.value.split('/');
              lab.select(kind ? { kind: kind as SelectionKind, name: rest.join('/') } : null);
            }}
          >
            <option value="">{t('inspector.choose')}</option>
            {selection && !namesOf(world, selection.kind).includes(selection.name) && (
              <option value={value}>{t('inspector.gone', { name: selection.name })}</option>
            )}
            <ChooserGroups lists={GROUPS.map(({ kind }) => namesOf(world, kind))} t={t} />
          </select>
        </label>
      </div>
      <div className="panel-body" data-scrolls>
        {selection ? (
          <Suspense fallback={<p className="hint">…</p>}>
            <Body key={value} selection={selection} />
          </Suspense>
        ) : (
          <p className="hint">{t('inspector.hint')}</p>
        )}
      </div>
    </section>
  );
}

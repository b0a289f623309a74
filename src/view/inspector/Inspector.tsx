import { memo } from 'react';
import type { World } from '../../sim/engine/world.ts';
import type { Selection, SelectionKind } from '../../store/lab.ts';
import { useLab, useLabState, useWorld } from '../hooks/lab.ts';
import { NodeInspector } from './NodeInspector.tsx';
import { PodInspector } from './PodInspector.tsx';
import { ClaimInspector, ServiceInspector, VolumeInspector } from './StorageInspector.tsx';
import { useAction } from './useAction.ts';
import { ReplicaSetInspector, StatefulSetInspector } from './WorkloadInspector.tsx';

const GROUPS: { kind: SelectionKind; label: string }[] = [
  { kind: 'StatefulSet', label: 'StatefulSets' },
  { kind: 'ReplicaSet', label: 'ReplicaSets' },
  { kind: 'Pod', label: 'Pods' },
  { kind: 'Node', label: 'Nodes' },
  { kind: 'PersistentVolumeClaim', label: 'Claims' },
  { kind: 'PersistentVolume', label: 'Volumes' },
  { kind: 'Service', label: 'Services' },
];

const KIND_LABEL: Record<SelectionKind, string> = {
  Pod: 'Pod',
  Node: 'Node',
  StatefulSet: 'StatefulSet',
  ReplicaSet: 'ReplicaSet',
  PersistentVolumeClaim: 'Claim',
  PersistentVolume: 'Volume',
  Service: 'Service',
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
  function ChooserGroups({ lists }: { lists: string[][] }) {
    return (
      <>
        {GROUPS.map(({ kind, label }, i) => {
          const names = lists[i]!;
          if (!names.length) return null;
          return (
            <optgroup key={kind} label={label}>
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
  (a, b) => a.lists.join('|') === b.lists.join('|'),
);

function Body({ selection }: { selection: Selection }) {
  const lab = useLab();
  const world = useWorld();
  const action = useAction();
  const props = { world, name: selection.name, action, select: lab.select };
  switch (selection.kind) {
    case 'Pod':
      return <PodInspector {...props} />;
    case 'Node':
      return <NodeInspector {...props} />;
    case 'StatefulSet':
      return <StatefulSetInspector {...props} />;
    case 'ReplicaSet':
      return <ReplicaSetInspector {...props} />;
    case 'PersistentVolumeClaim':
      return <ClaimInspector {...props} />;
    case 'PersistentVolume':
      return <VolumeInspector {...props} />;
    case 'Service':
      return <ServiceInspector {...props} />;
  }
}

/** Details of the selected object and the actions on it; every action is a command. */
export function Inspector() {
  const lab = useLab();
  const world = useWorld();
  const selection = useLabState((s) => s.selection);
  const value = selection ? `${selection.kind}/${selection.name}` : '';
  return (
    <section className="panel inspector" aria-labelledby="inspector-heading" data-testid="inspector">
      <div className="panel-head">
        <h2 id="inspector-heading">
          {selection ? (
            <>
              <span className="kind-tag">{KIND_LABEL[selection.kind]}</span> {selection.name}
            </>
          ) : (
            'Inspector'
          )}
        </h2>
        <label className="chooser">
          <span className="sr-only">Object to inspect</span>
          <select
            value={value}
            data-testid="inspector.chooser"
            onChange={(e) => {
              const [kind, ...rest] = e.target.value.split('/');
              lab.select(kind ? { kind: kind as SelectionKind, name: rest.join('/') } : null);
            }}
          >
            <option value="">Choose an object…</option>
            {selection && !namesOf(world, selection.kind).includes(selection.name) && (
              <option value={value}>{selection.name} (gone)</option>
            )}
            <ChooserGroups lists={GROUPS.map(({ kind }) => namesOf(world, kind))} />
          </select>
        </label>
      </div>
      <div className="panel-body" data-scrolls>
        {selection ? (
          <Body key={value} selection={selection} />
        ) : (
          <p className="hint">
            Click a pod, a node or the StatefulSet in the picture (or pick one above) to see what it is doing and act on
            it. Each action runs its kubectl command in the terminal.
          </p>
        )}
      </div>
    </section>
  );
}

// The cluster picture: React draws every SVG node; the layout module computes where. A pure
// function of the world at the cursor, plus the previous layout so cows keep their spots.
import { useId, useMemo, useRef, useState } from 'react';
import type { World } from '../../sim/engine/world.ts';
import type { Motion, Selection } from '../../store/lab.ts';
import { DESIGN, type ClusterLayout, type Size } from '../layout/clusterLayout.ts';
import { fanOutFor, type FanOutEntry } from '../layout/fanOut.ts';
import type { PictureFilter } from '../layout/scene.ts';
import { CowClip } from './Cow.tsx';
import { FanOut } from './FanOut.tsx';
import { Alerts, Pen, ServiceBox } from './Extras.tsx';
import { pictureSummary } from './labels.ts';
import { ControlPlane, NodeLink, Pasture } from './Pastures.tsx';
import { PodFigure } from './PodFigure.tsx';
import { focusSet } from './focus.ts';
import { Highlights } from './Highlights.tsx';
import { SlotMemory } from '../layout/slotMemory.ts';
import { BindingLinks, Claim, StorageLane, StorageTitle, Volume } from './Storage.tsx';
import { useElementSize } from './useElementSize.ts';
import './picture.css';
import type { DisplayLang } from '../../i18n/index.ts';
import { useViewLang, ViewLangContext } from '../hooks/useViewLang.ts';
import { t } from '../../i18n/index.ts';

export interface ClusterPictureProps {
  world: World;
  selection?: Selection | null;
  onSelect?: (selection: Selection) => void;
  /** 'full' animates moves; 'reduced' and 'off' draw each state without transitions. */
  motion?: Motion;
  /** Draw only the pods (and their storage) of one owner kind. */
  filter?: PictureFilter;
  /** Fixed size in CSS pixels; by default the picture fills its container. */
  size?: Size;
  /** Accessible name; the default names the filter. */
  label?: string;
  /** The terminal's commands and the cursor (virtual ms): a recent `dig SRV` or peers request fans out. */
  entries?: readonly FanOutEntry[];
  cursor?: number;
  /** The language of its words (default: the lab's, or English outside a lab). */
  lang?: DisplayLang;
  /** Objects to ring (a lesson step's), besides the selection. */
  highlight?: readonly Selection[];
}

export function ClusterPicture({
  world,
  selection,
  onSelect,
  motion = 'full',
  filter = 'all',
  size,
  label,
  entries,
  cursor,
  lang: explicitLang,
  highlight,
}: ClusterPictureProps) {
  const lang = useViewLang(explicitLang);
  const id = `cp${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const box = useRef<HTMLDivElement>(null);
  const measured = useElementSize(box, size ?? { width: DESIGN.width, height: DESIGN.height });
  const [memory] = useState(() => new SlotMemory());
  const target = size ?? fit(measured);
  const layout: ClusterLayout = memory.layout(world, target, filter, lang);
  const handlers = useMemo(() => selectHandlers(onSelect), [onSelect]);
  const focus = focusSet(layout, selection ?? null);
  const is = (kind: Selection['kind'], name: string) => selection?.kind === kind && selection.name === name;
  const dim = (key: string) => focus !== undefined && !focus.has(key);
  const z = layout.zoom;
  const dark = new Set(layout.nodes.filter((n) => n.truth.physical === 'PoweredOff').map((n) => n.name));
  const fan = entries && cursor !== undefined ? fanOutFor(entries, cursor, world) : undefined;
  const name =
    label ?? (filter === 'all' ? t(lang, 'picture.name') : t(lang, 'picture.name.filtered', { kind: filter }));
  return (
    <ViewLangContext value={lang}>
      <div className="cp" ref={box} data-motion={motion} data-density={layout.density}>
        <svg
          className="cp-svg"
          width={layout.width * z}
          height={layout.height * z}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={name}
          aria-describedby={`${id}-desc`}
          data-testid="cluster.picture"
        >
          <desc id={`${id}-desc`}>{pictureSummary(lang, layout)}</desc>
          <defs>
            <CowClip id={`${id}-body`} />
            <pattern
              id={`${id}-hatch`}
              width={10}
              height={10}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line className="cp-hatch-line" x1={0} y1={0} x2={0} y2={10} />
            </pattern>
          </defs>
          <ControlPlane layout={layout} />
          {layout.nodes.map((n) => (
            <NodeLink key={n.name} node={n} />
          ))}
          <g role="list" aria-label={t(lang, 'picture.services')}>
            {layout.services.map((s) => (
              <ServiceBox key={s.name} service={s} selected={is('Service', s.name)} onSelect={handlers.Service} />
            ))}
          </g>
          <g
            role="list"
            aria-label={t(lang, 'picture.nodes')}
            style={{ ['--cp-hatch' as string]: `url(#${id}-hatch)` }}
          >
            {layout.nodes.map((n) => (
              <Pasture
                key={n.name}
                node={n}
                empty={!layout.pods.some((p) => p.node === n.name && !p.inPen)}
                selected={is('Node', n.name)}
                dimmed={false}
                onSelect={handlers.Node}
              />
            ))}
          </g>
          <Pen layout={layout} />
          <StorageLane layout={layout} />
          <BindingLinks links={layout.links} focus={focus} mode={layout.linkMode} />
          <StorageTitle layout={layout} />
          <g
            role="list"
            aria-label={filter === 'all' ? t(lang, 'picture.pods') : t(lang, 'picture.pods.filtered', { kind: filter })}
          >
            {layout.pods.map((p) => (
              <PodFigure
                key={p.key}
                pod={p}
                slot={layout.slot}
                density={layout.density}
                clipId={`${id}-body`}
                selected={!p.ghost && is('Pod', p.name)}
                dimmed={dim(p.key)}
                onDark={!p.inPen && dark.has(p.node ?? '')}
                {...(handlers.Pod ? { onSelect: handlers.Pod } : {})}
              />
            ))}
          </g>
          <Alerts layout={layout} />
          {highlight && <Highlights layout={layout} items={highlight} />}
          {fan && <FanOut fan={fan} layout={layout} id={`${id}-fan`} />}
          <g role="list" aria-label={t(lang, 'picture.storage')}>
            {layout.claims.map((c) => (
              <Claim
                key={c.name}
                item={c}
                compact={layout.storageMode === 'compact'}
                selected={is('PersistentVolumeClaim', c.name)}
                dimmed={dim(c.name)}
                onSelect={handlers.PersistentVolumeClaim}
              />
            ))}
            {layout.volumes.map((v) => (
              <Volume
                key={v.name}
                item={v}
                compact={layout.storageMode === 'compact'}
                selected={is('PersistentVolume', v.name)}
                dimmed={dim(v.name)}
                onSelect={handlers.PersistentVolume}
              />
            ))}
          </g>
        </svg>
      </div>
    </ViewLangContext>
  );
}

/** A container with no height of its own (auto) reports a sliver: assume a 16:9 box instead. */
function fit(s: Size): Size {
  return s.height < 200 ? { width: s.width, height: Math.round((s.width * 9) / 16) } : s;
}

type Handler = ((name: string) => void) | undefined;

function selectHandlers(onSelect: ClusterPictureProps['onSelect']): Record<Selection['kind'], Handler> {
  const make = (kind: Selection['kind']): Handler => (onSelect ? (name) => onSelect({ kind, name }) : undefined);
  return {
    Pod: make('Pod'),
    Node: make('Node'),
    StatefulSet: make('StatefulSet'),
    ReplicaSet: make('ReplicaSet'),
    PersistentVolumeClaim: make('PersistentVolumeClaim'),
    PersistentVolume: make('PersistentVolume'),
    Service: make('Service'),
  };
}

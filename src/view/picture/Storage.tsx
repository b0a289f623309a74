// The storage lane: claims (boxes) over the volumes they are bound to (cylinders), the data each
// volume holds, and the binding lines pod → claim → volume. A claim whose pod is gone after a
// scale-down stays, dimmed, "waiting for web-3".
import { memo, type CSSProperties } from 'react';
import type { ClaimPlace, ClusterLayout, LinkPlace, VolumePlace } from '../layout/clusterLayout.ts';
import { onActivate } from './activate.ts';
import { StateBadge } from './icons.tsx';
import { claimLabel, volumeLabel } from './labels.ts';
import { fitText, shortVolumeName } from './geometry.ts';
import { t } from '../../i18n/index.ts';
import { useViewLang } from '../hooks/useViewLang.ts';

interface LinksProps {
  links: LinkPlace[];
  focus: Set<string> | undefined;
  /** 'focus': too many lines to follow, so only the selection's are drawn. */
  mode: 'all' | 'focus';
}

function BindingLinksImpl({ links, focus, mode }: LinksProps) {
  return (
    <g className="cp-links" aria-hidden="true">
      {links.map((l) => {
        const lit = focus === undefined || (focus.has(l.from) && focus.has(l.to));
        if (mode === 'focus' && (focus === undefined || !lit)) return null;
        return (
          <path
            key={l.key}
            className={`cp-link cp-link-${l.kind}${lit ? '' : ' is-dimmed'}${focus && lit ? ' is-lit' : ''}`}
            d={l.d}
            style={{ d: `path('${l.d}')` } as CSSProperties}
          />
        );
      })}
    </g>
  );
}

interface ItemProps<T> {
  item: T;
  /** Compact cells hold a claim (top half) and its volume (bottom half) in one box. */
  compact?: boolean;
  selected: boolean;
  dimmed: boolean;
  onSelect?: (name: string) => void;
}

function ClaimImpl({ item: c, compact, selected, dimmed, onSelect }: ItemProps<ClaimPlace>) {
  const { x, y, width, height } = c.box;
  const select = () => onSelect?.(c.name);
  const lang = useViewLang();
  const state = c.terminating ? 'Terminating' : c.phase;
  const line2 = `${state}${c.capacity ? ` · ${c.capacity}` : ''}`;
  const line3 = c.waitingFor
    ? t(lang, 'picture.claim.waiting', { pod: c.waitingFor })
    : c.usedBy.length === 1
      ? t(lang, 'picture.claim.usedBy', { pod: c.usedBy[0]! })
      : c.usedBy.length
        ? t(lang, 'picture.claim.usedByN', { n: c.usedBy.length })
        : t(lang, 'picture.claim.unused');
  const kind = c.terminating ? 'terminating' : c.phase === 'Bound' ? 'ready' : 'pending';
  const classes = [
    'cp-claim',
    c.waitingFor ? 'is-waiting' : '',
    selected ? 'is-selected' : '',
    dimmed ? 'is-dimmed' : '',
  ];
  return (
    <g className={classes.join(' ')} role="listitem" data-testid={`pvc.${c.name}`}>
      <g
        {...(onSelect
          ? { role: 'button', tabIndex: 0, onClick: select, onKeyDown: onActivate(select) }
          : { role: 'img' })}
        aria-label={claimLabel(lang, c)}
        aria-current={selected ? 'true' : undefined}
      >
        <rect className="cp-claim-box" x={x} y={y} width={width} height={height} rx={7} />
        <rect className="cp-focus" x={x - 3} y={y - 3} width={width + 6} height={height + 6} rx={9} />
        {compact ? (
          <>
            <g transform={`translate(${x + 12} ${y + height / 2}) scale(0.55)`}>
              <StateBadge kind={c.waitingFor ? 'pending' : kind} />
            </g>
            <text className="cp-claim-name cp-compact-name" x={x + 22} y={y + height / 2 + 4.5}>
              {fitText(c.name, 12.5, width - 26)}
            </text>
          </>
        ) : (
          <ClaimText c={c} x={x} y={y} width={width} kind={kind} line2={line2} line3={line3} />
        )}
      </g>
    </g>
  );
}

interface ClaimTextProps {
  c: ClaimPlace;
  x: number;
  y: number;
  width: number;
  kind: 'terminating' | 'ready' | 'pending';
  line2: string;
  line3: string;
}

function ClaimText({ c, x, y, width, kind, line2, line3 }: ClaimTextProps) {
  return (
    <>
      <text className="cp-claim-name" x={x + width / 2} y={y + 18}>
        {fitText(c.name, 13.5, width - 10)}
      </text>
      <g transform={`translate(${x + 14} ${y + 33}) scale(0.62)`}>
        <StateBadge kind={kind} />
      </g>
      <text className="cp-claim-state" x={x + 26} y={y + 37.5}>
        {fitText(line2, 12.5, width - 32)}
      </text>
      <text className="cp-claim-use" x={x + width / 2} y={y + 54}>
        {fitText(line3, 12, width - 8)}
      </text>
    </>
  );
}

function VolumeImpl({ item: v, compact, selected, dimmed, onSelect }: ItemProps<VolumePlace>) {
  const { x, y, width, height } = v.box;
  const ry = 7;
  const select = () => onSelect?.(v.name);
  const lang = useViewLang();
  const classes = ['cp-volume', selected ? 'is-selected' : '', dimmed ? 'is-dimmed' : ''];
  const body = `M${x},${y + ry} V${y + height - ry} A${width / 2},${ry} 0 0 0 ${x + width},${y + height - ry} V${y + ry}`;
  return (
    <g className={classes.join(' ')} role="listitem" data-testid={`pv.${v.name}`}>
      <g
        {...(onSelect
          ? { role: 'button', tabIndex: 0, onClick: select, onKeyDown: onActivate(select) }
          : { role: 'img' })}
        aria-label={volumeLabel(lang, v)}
        aria-current={selected ? 'true' : undefined}
      >
        {compact ? (
          <CompactVolume v={v} x={x} y={y} width={width} height={height} />
        ) : (
          <path className="cp-volume-body" d={`${body} A${width / 2},${ry} 0 0 0 ${x},${y + ry} Z`} />
        )}
        <rect className="cp-focus" x={x - 3} y={y - 3} width={width + 6} height={height + 6} rx={9} />
        {!compact && <FullVolumeText v={v} x={x} y={y} width={width} ry={ry} />}
      </g>
    </g>
  );
}

interface VolumeTextProps {
  v: VolumePlace;
  x: number;
  y: number;
  width: number;
}

function CompactVolume({ v, x, y, width, height }: VolumeTextProps & { height: number }) {
  const text = v.data ? (v.data.text ? `“${v.data.text}”` : v.data.file) : shortVolumeName(v.name);
  const cy = y + height / 2;
  return (
    <>
      <rect className="cp-volume-cell" x={x} y={y} width={width} height={height} rx={7} />
      {/* In absolute coordinates: a transform per cell would be another paint chunk each. */}
      <g className="cp-mini-cylinder">
        <path d={`M${x + 6},${cy - 4} V${cy + 4} A6,2.5 0 0 0 ${x + 18},${cy + 4} V${cy - 4}`} />
        <ellipse cx={x + 12} cy={cy - 4} rx={6} ry={2.5} />
      </g>
      <text
        className={v.data ? 'cp-data-text cp-compact-name' : 'cp-volume-name cp-compact-name'}
        x={x + 22}
        y={y + height / 2 + 4.5}
      >
        {fitText(text, 12, width - 26)}
      </text>
    </>
  );
}

function FullVolumeText({ v, x, y, width, ry }: VolumeTextProps & { ry: number }) {
  const lang = useViewLang();
  return (
    <>
      <ellipse className="cp-volume-top" cx={x + width / 2} cy={y + ry} rx={width / 2} ry={ry} />
      <text className="cp-volume-name" x={x + width / 2} y={y + 28}>
        {fitText(shortVolumeName(v.name), 12.5, width - 10)}
      </text>
      <text className="cp-volume-cap" x={x + width / 2} y={y + 43}>
        {`${v.capacity} · ${v.phase}`}
      </text>
      {v.data ? (
        <g>
          <rect className="cp-data" x={x + 6} y={y + 48} width={width - 12} height={16} rx={3} />
          <text className="cp-data-text" x={x + width / 2} y={y + 60}>
            {fitText(v.data.text ? `“${v.data.text}”` : v.data.file, 12, width - 16)}
          </text>
        </g>
      ) : (
        <text className="cp-data-empty" x={x + width / 2} y={y + 59}>
          {t(lang, 'picture.volume.empty')}
        </text>
      )}
    </>
  );
}

export function StorageLane({ layout }: { layout: ClusterLayout }) {
  const lane = layout.storage;
  const lang = useViewLang();
  const empty = !layout.claims.length && !layout.volumes.length;
  return (
    <g className="cp-lane" aria-hidden="true">
      <rect className="cp-lane-bg" x={lane.x} y={lane.y} width={lane.width} height={lane.height} rx={12} />
      {empty && (
        <text className="cp-empty-text" x={lane.x + lane.width / 2} y={lane.y + lane.height / 2 + 5}>
          {t(lang, 'picture.storage.empty')}
        </text>
      )}
    </g>
  );
}

/** Drawn after the binding lines, with a halo, so lines pass behind it. */
export function StorageTitle({ layout }: { layout: ClusterLayout }) {
  const lane = layout.storage;
  const lang = useViewLang();
  const hint = layout.linkMode === 'focus' ? ` · ${t(lang, 'picture.storage.focusHint')}` : '';
  return (
    <text className="cp-lane-title" x={lane.x + 10} y={lane.y + 16} aria-hidden="true">
      {`${t(lang, 'picture.storage.title')}${hint}`}
    </text>
  );
}

// The layout is recomputed on every change, so its places are fresh objects each time; with a few
// hundred claims, volumes and lines, redrawing only those whose content changed keeps a step cheap.
const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function sameItem<T>(a: ItemProps<T>, b: ItemProps<T>): boolean {
  return (
    a.compact === b.compact &&
    a.selected === b.selected &&
    a.dimmed === b.dimmed &&
    a.onSelect === b.onSelect &&
    sameJson(a.item, b.item)
  );
}

export const Claim = memo(ClaimImpl, sameItem<ClaimPlace>);
export const Volume = memo(VolumeImpl, sameItem<VolumePlace>);
export const BindingLinks = memo(
  BindingLinksImpl,
  (a, b) =>
    a.mode === b.mode &&
    sameJson(a.links, b.links) &&
    (a.focus === b.focus || sameJson(a.focus && [...a.focus].sort(), b.focus && [...b.focus].sort())),
);

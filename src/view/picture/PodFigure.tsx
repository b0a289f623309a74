// One pod in its slot: the cow, its state badge, its ear tag with the name, and (when there is
// room) kubectl's STATUS and a note. The group moves with a CSS transform, keyed by the pod's
// name, so a recreated web-1 walks to its new pasture instead of popping up.
import { memo } from 'react';
import type { Density, PodPlace, SlotSize } from '../layout/clusterLayout.ts';
import { monoWidth } from '../layout/clusterLayout.ts';
import type { PodKind } from '../layout/podState.ts';
import { onActivate } from './activate.ts';
import { Cow, type CowStyle } from './Cow.tsx';
import { COW, fitMono, fitText } from './geometry.ts';
import { StateBadge } from './icons.tsx';
import { lookNote, lookStatus, podLabel } from './labels.ts';
import { useViewLang } from '../hooks/useViewLang.ts';

const COW_STYLE: Record<PodKind, CowStyle> = {
  pending: 'outline',
  creating: 'faint',
  running: 'solid',
  ready: 'solid',
  terminating: 'faint',
  imageError: 'faint',
  unknown: 'solid',
  failed: 'faint',
  ghost: 'ghost',
};

const TAG = { full: [21, 15], compact: [19, 13.5], tiny: [17, 12] } as const;

interface Props {
  pod: PodPlace;
  slot: SlotSize;
  density: Density;
  clipId: string;
  selected: boolean;
  dimmed: boolean;
  /** The pod stands in a dark (powered-off) pasture: its text needs light ink. */
  onDark?: boolean;
  onSelect?: (name: string) => void;
}

function PodFigureImpl({ pod, slot, density, clipId, selected, dimmed, onDark, onSelect }: Props) {
  const s = slot.cow;
  const lang = useViewLang();
  const cowX = (slot.width - COW.width * s) / 2;
  const t = slot.text;
  const [tagH, tagFont] = TAG[density].map((v) => v * t) as [number, number];
  const maxTag = slot.width - 4;
  // Shrink the name before cutting it; cut cattle names from the left, their suffix is the point.
  const font = Math.max(11, Math.min(tagFont, (maxTag - 12) / (monoWidth(pod.name, 1) || 1)));
  const name = fitMono(pod.name, font, maxTag - 12, pod.markings.named ? 'end' : 'start');
  const tagW = Math.min(maxTag, monoWidth(name, font) + 14);
  const tagY = 6 + COW.height * s + 3;
  const select = () => onSelect?.(pod.name);
  const interactive = !pod.ghost && onSelect !== undefined;
  const statusY = tagY + tagH + 15 * t;
  const classes = ['cp-pod', `cp-pod-${pod.look.kind}`, selected ? 'is-selected' : '', dimmed ? 'is-dimmed' : ''];
  if (onDark) classes.push('on-dark');
  return (
    <g
      className={classes.join(' ')}
      style={{ transform: `translate(${pod.x}px, ${pod.y}px)` }}
      role="listitem"
      data-testid={pod.ghost ? `ghost.${pod.name}` : `pod.${pod.name}`}
      data-state={pod.look.kind}
    >
      <g
        className="cp-pod-inner"
        {...(interactive
          ? { role: 'button', tabIndex: 0, onClick: select, onKeyDown: onActivate(select) }
          : { role: 'img' })}
        aria-label={podLabel(lang, pod)}
        aria-current={selected ? 'true' : undefined}
      >
        <rect className="cp-hit" width={slot.width} height={slot.height} rx={10} />
        <rect className="cp-focus" x={1} y={1} width={slot.width - 2} height={slot.height - 2} rx={10} />
        <g className="cp-cow-box" style={{ transform: `translate(${cowX}px, 6px) scale(${s})` }}>
          <Cow markings={pod.markings} look={COW_STYLE[pod.look.kind]} clipId={clipId} simple={density === 'tiny'} />
        </g>
        <g transform={`translate(${cowX + (COW.width - 6) * s} ${6 + 4 * s}) scale(${density === 'full' ? t : 0.82})`}>
          <StateBadge kind={pod.look.kind} />
        </g>
        {/* Placed by coordinates, not a group transform: one paint chunk fewer per pod. */}
        <rect
          className={`cp-tag${pod.markings.named ? '' : ' cp-tag-anon'}${pod.ghost ? ' cp-tag-ghost' : ''}`}
          x={(slot.width - tagW) / 2}
          y={tagY}
          width={tagW}
          height={tagH}
          rx={5}
        />
        <text className="cp-tag-text" x={slot.width / 2} y={tagY + tagH / 2 + font * 0.36} style={{ fontSize: font }}>
          {name}
        </text>
        {density === 'full' && (
          <text className="cp-status" x={slot.width / 2} y={statusY} style={{ fontSize: 13 * t }}>
            {fitText(lookStatus(lang, pod.look), 13 * t, slot.width - 2)}
          </text>
        )}
        {density === 'full' && pod.look.note && (
          <text className="cp-note" x={slot.width / 2} y={statusY + 14 * t} style={{ fontSize: 12 * t }}>
            {fitText(lookNote(lang, pod.look), 12 * t, slot.width - 2)}
          </text>
        )}
      </g>
    </g>
  );
}

export const PodFigure = memo(
  PodFigureImpl,
  (a, b) =>
    a.slot === b.slot &&
    a.density === b.density &&
    a.clipId === b.clipId &&
    a.selected === b.selected &&
    a.dimmed === b.dimmed &&
    a.onDark === b.onDark &&
    a.onSelect === b.onSelect &&
    a.pod.x === b.pod.x &&
    a.pod.y === b.pod.y &&
    a.pod.inPen === b.pod.inPen &&
    a.pod.node === b.pod.node &&
    a.pod.look.kind === b.pod.look.kind &&
    a.pod.look.status === b.pod.look.status &&
    a.pod.look.note === b.pod.look.note &&
    a.pod.markings === b.pod.markings &&
    a.pod.claims.join() === b.pod.claims.join() &&
    a.pod.twinNode === b.pod.twinNode,
);

// The control plane, the bus and every node's link to it, and the pastures themselves. A cut-off
// node's link is drawn broken; a powered-off node is dark with a power sign; cordons and taints
// are signs on the fence.
import type { ClusterLayout, NodePlace } from '../layout/clusterLayout.ts';
import { textWidth } from '../layout/clusterLayout.ts';
import { onActivate } from './activate.ts';
import { NoEntry, NodeStatusIcon, PowerSign, TaintTag } from './icons.tsx';
import { nodeLabel } from './labels.ts';
import { BOLD, headerStatus, seconds, signs } from './geometry.ts';
import { t } from '../../i18n/index.ts';
import { useViewLang } from '../hooks/useViewLang.ts';

export function ControlPlane({ layout }: { layout: ClusterLayout }) {
  const lang = useViewLang();
  const { controlPlane: cp, bus } = layout;
  return (
    <g className="cp-control" aria-hidden="true">
      <line className="cp-bus" x1={bus.x1} x2={bus.x2} y1={bus.y} y2={bus.y} />
      {layout.rowBuses.map((b) => (
        <g key={b.y}>
          <line className="cp-bus" x1={b.x1} x2={b.x2} y1={b.y} y2={b.y} />
          <line className="cp-bus" x1={b.x1} x2={b.x1} y1={bus.y} y2={b.y} />
        </g>
      ))}
      {layout.rowBuses.length > 0 && (
        <line className="cp-bus" x1={layout.rowBuses[0]!.x1} x2={bus.x1} y1={bus.y} y2={bus.y} />
      )}
      <line className="cp-bus" x1={bus.x1} x2={bus.x1} y1={cp.y + cp.height} y2={bus.y} />
      <rect className="cp-control-box" x={cp.x} y={cp.y} width={cp.width} height={cp.height} rx={8} />
      <g transform={`translate(${cp.x + 20} ${cp.y + cp.height / 2})`} className="cp-control-icon">
        <rect x={-10} y={-11} width={20} height={22} rx={3} />
        <path d="M-6,-5 H6 M-6,0 H6 M-6,5 H6" />
      </g>
      <text className="cp-control-text" x={cp.x + 38} y={cp.y + cp.height / 2 + 5}>
        {t(lang, 'picture.controlPlane')}
      </text>
    </g>
  );
}

export function NodeLink({ node }: { node: NodePlace }) {
  const lang = useViewLang();
  const { x, y1, y2 } = node.link;
  const physical = node.truth.physical;
  if (physical === 'Connected')
    return <line className="cp-link-node" x1={x} x2={x} y1={y1} y2={y2} aria-hidden="true" />;
  const mid = (y1 + y2) / 2;
  const what = physical === 'Partitioned' ? t(lang, 'picture.link.cutOff') : t(lang, 'picture.link.off');
  const long =
    node.silentFor !== undefined
      ? `${what} · ${t(lang, 'picture.link.noHeartbeat', { time: seconds(node.silentFor) })}`
      : what;
  // The label must not reach the next pasture's link.
  const label = textWidth(long, 13) * 1.1 + 14 <= node.box.width - 20 ? long : what;
  return (
    <g className={`cp-link-broken cp-link-${physical}`} aria-hidden="true">
      <line x1={x} x2={x} y1={y1} y2={mid - 5} />
      <line x1={x} x2={x} y1={mid + 5} y2={y2} />
      <path
        className="cp-break"
        d={`M${x - 9},${mid - 2} l4,-5 l4,5 l4,-5 l4,5 M${x - 9},${mid + 6} l4,-5 l4,5 l4,-5 l4,5`}
      />
      <text className="cp-break-text" x={x + 14} y={mid + 5}>
        {label}
      </text>
    </g>
  );
}

interface PastureProps {
  node: NodePlace;
  /** No pods stand here: say so, so an empty field reads as room, not as a glitch. */
  empty?: boolean;
  selected: boolean;
  dimmed: boolean;
  onSelect?: (name: string) => void;
}

export function Pasture({ node, empty, selected, dimmed, onSelect }: PastureProps) {
  const { box, body } = node;
  const off = node.truth.physical === 'PoweredOff';
  const select = () => onSelect?.(node.name);
  const lang = useViewLang();
  const classes = [
    'cp-node',
    off ? 'is-off' : '',
    node.ready ? 'is-ready' : 'is-notready',
    selected ? 'is-selected' : '',
  ];
  const statusText = headerStatus(node);
  const statusW = textWidth(statusText, 14) * BOLD + 30;
  // A narrow pasture has no room beside the name: the status leads the sign row instead.
  const inline = statusW + textWidth(node.name, 17) * BOLD + 24 <= box.width;
  const statusAt = inline
    ? { x: box.x + box.width - statusW, y: box.y + 16 }
    : { x: box.x + 12 + 8, y: box.y + 32 + 12 };
  const signY = box.y + 32 + 12;
  return (
    <g className={[...classes, dimmed ? 'is-dimmed' : ''].join(' ')} role="listitem" data-testid={`node.${node.name}`}>
      <g
        className="cp-node-inner"
        {...(onSelect
          ? { role: 'button', tabIndex: 0, onClick: select, onKeyDown: onActivate(select) }
          : { role: 'img' })}
        aria-label={nodeLabel(lang, node)}
        aria-current={selected ? 'true' : undefined}
      >
        <rect className="cp-field" x={box.x} y={box.y} width={box.width} height={box.height} rx={14} />
        {!node.ready && !off && (
          <rect className="cp-field-hatch" x={body.x} y={body.y} width={body.width} height={body.height} rx={10} />
        )}
        <rect className="cp-focus" x={box.x - 3} y={box.y - 3} width={box.width + 6} height={box.height + 6} rx={16} />
        <text className="cp-node-name" x={box.x + 12} y={box.y + 22}>
          {node.name}
        </text>

        <g transform={`translate(${statusAt.x} ${statusAt.y})`}>
          <g transform="scale(0.8)">
            <NodeStatusIcon ready={node.ready} />
          </g>
          <text className="cp-node-status" x={14} y={5}>
            {statusText}
          </text>
        </g>
        {signs(node, inline ? 0 : statusW, t(lang, 'picture.poweredOff')).map((sign) => (
          <g key={sign.key} transform={`translate(${sign.x} ${signY})`}>
            {sign.kind === 'cordon' ? (
              <NoEntry />
            ) : sign.kind === 'power' ? (
              <PowerSign />
            ) : (
              <TaintTag width={sign.width} />
            )}
            <text className={sign.kind === 'taint' ? 'cp-sign-text cp-taint-text' : 'cp-sign-text'} x={13} y={4.5}>
              {sign.text}
            </text>
          </g>
        ))}
        {empty && !off && (
          <text className="cp-empty-text" x={box.x + box.width / 2} y={body.y + body.height / 2}>
            {t(lang, 'picture.noPods')}
          </text>
        )}
      </g>
    </g>
  );
}

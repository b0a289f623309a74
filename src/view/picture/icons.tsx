// Small state icons, drawn centred on (0, 0) in a 22×22 box. Each state has its own shape, so the
// picture reads in greyscale and for colour-blind students; colour only repeats what shape says.
import type { PodKind } from '../layout/podState.ts';

export function StateBadge({ kind }: { kind: PodKind }) {
  switch (kind) {
    case 'ready':
      return (
        <g className="cp-badge cp-badge-ready">
          <circle r={11} className="cp-badge-disc" />
          <path d="M-5.5,0.5 L-1.5,4.5 L5.5,-4" className="cp-badge-mark" />
        </g>
      );
    case 'running':
      return (
        <g className="cp-badge cp-badge-running">
          <circle r={11} className="cp-badge-bg" />
          <circle r={7} className="cp-badge-ring" />
        </g>
      );
    case 'pending':
      return (
        <g className="cp-badge cp-badge-pending">
          <circle r={11} className="cp-badge-bg" />
          <path d="M-5,-6.5 H5 L0,0 L5,6.5 H-5 L0,0 Z" className="cp-badge-glyph" />
        </g>
      );
    case 'creating':
      return (
        <g className="cp-badge cp-badge-creating">
          <circle r={11} className="cp-badge-disc" />
          <path d="M-6,-3 L0,-6.5 L6,-3 L6,4 L0,7 L-6,4 Z M-6,-3 L0,0.5 L6,-3 M0,0.5 V7" className="cp-badge-line" />
        </g>
      );
    case 'terminating':
      return (
        <g className="cp-badge cp-badge-terminating">
          <circle r={11} className="cp-badge-disc" />
          <rect x={-4.5} y={-4.5} width={9} height={9} rx={1} className="cp-badge-fill" />
        </g>
      );
    case 'imageError':
      return (
        <g className="cp-badge cp-badge-error">
          <path d="M0,-11 L11.5,9 H-11.5 Z" className="cp-badge-disc" />
          <path d="M0,-4 V3" className="cp-badge-line" />
          <circle cy={6} r={1.4} className="cp-badge-fill" />
        </g>
      );
    case 'unknown':
      return (
        <g className="cp-badge cp-badge-unknown">
          <circle r={11} className="cp-badge-disc" />
          <text y={5} textAnchor="middle" className="cp-badge-text">
            ?
          </text>
        </g>
      );
    case 'failed':
      return (
        <g className="cp-badge cp-badge-failed">
          <circle r={11} className="cp-badge-disc" />
          <path d="M-4.5,-4.5 L4.5,4.5 M4.5,-4.5 L-4.5,4.5" className="cp-badge-line" />
        </g>
      );
    case 'ghost':
      return (
        <g className="cp-badge cp-badge-ghost">
          <path d="M-7,9 V-2 A7,7 0 0 1 7,-2 V9 L4.5,6.5 L2.3,9 L0,6.5 L-2.3,9 L-4.5,6.5 Z" className="cp-badge-disc" />
          <circle cx={-2.6} cy={-1.5} r={1.4} className="cp-badge-fill" />
          <circle cx={2.6} cy={-1.5} r={1.4} className="cp-badge-fill" />
        </g>
      );
  }
}

/** A red "no entry" disc: the node is cordoned. */
export function NoEntry() {
  return (
    <g className="cp-noentry" aria-hidden="true">
      <circle r={8.5} />
      <rect x={-5} y={-1.6} width={10} height={3.2} />
    </g>
  );
}

/** A luggage-tag shape for a taint, `width` wide. */
export function TaintTag({ width }: { width: number }) {
  return (
    <g className="cp-taint-tag" aria-hidden="true">
      <path d={`M0,0 L8,-9 H${width} V9 H8 Z`} />
      <circle cx={7} cy={0} r={2} className="cp-taint-hole" />
    </g>
  );
}

/** ⏻: the node is powered off. */
export function PowerIcon() {
  return (
    <g className="cp-power" aria-hidden="true">
      <path d="M-4.6,-4.6 A6.5,6.5 0 1 0 4.6,-4.6" />
      <path d="M0,-8 V-1" />
    </g>
  );
}

/** ⏻ on a dark disc: a sign on the fence of a powered-off node. */
export function PowerSign() {
  return (
    <g className="cp-power-sign" aria-hidden="true">
      <circle r={9} />
      <g transform="scale(0.85)">
        <PowerIcon />
      </g>
    </g>
  );
}

/** A warning triangle, for alerts. */
export function WarningIcon() {
  return (
    <g className="cp-warning" aria-hidden="true">
      <path d="M0,-10 L10.5,8 H-10.5 Z" className="cp-warning-bg" />
      <path d="M0,-3.5 V2.5" className="cp-warning-mark" />
      <circle cy={5.2} r={1.3} className="cp-warning-dot" />
    </g>
  );
}

/** Node status icon in a pasture header: a check when Ready, otherwise a question mark. */
export function NodeStatusIcon({ ready }: { ready: boolean }) {
  return <StateBadge kind={ready ? 'ready' : 'unknown'} />;
}

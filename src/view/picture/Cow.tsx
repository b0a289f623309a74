// The cow glyph, facing right in an 80×56 box. Named cows wear their coat and spots; anonymous
// cattle share one plain coat. `style` says how solid the cow is: an outline while Pending, faint
// while its containers are created, see-through and dashed for a ghost.
import { memo } from 'react';
import type { Markings } from '../layout/markings.ts';
import { BODY } from './geometry.ts';

export type CowStyle = 'solid' | 'outline' | 'faint' | 'ghost';

interface CowProps {
  markings: Markings;
  look: CowStyle;
  /** The id of the picture's body clip path. */
  clipId: string;
  /**
   * Draw the few shapes that still read at a small size (about 40 px wide when 200 pods share the
   * picture): a third of the elements, so a step repaints far less.
   */
  simple?: boolean;
}

/** Four legs in one path: the small cow's legs cost one element, not eight. */
const LEGS = [14, 24, 48, 57].map((x) => `M${x},38 h6.5 v14 h-6.5 z`).join(' ');

function SimpleCow({ markings, look, clipId }: CowProps) {
  const { coat, spots } = markings;
  const fill = look === 'outline' ? 'none' : coat.body;
  return (
    <g className={`cp-cow cp-cow-${look}`}>
      <path className="cp-cow-leg" d={LEGS} style={{ fill }} />
      <rect className="cp-cow-body" {...BODY} style={{ fill }} />
      {look !== 'outline' && <Spots spots={spots} color={coat.spot} clipId={clipId} />}
      <path className="cp-cow-horn" d="M63,8 q-3,-6 1,-7 M75,8 q3,-6 -1,-7" />
      <rect className="cp-cow-head" x={60} y={6} width={17} height={23} rx={7} style={{ fill }} />
      <ellipse className="cp-cow-muzzle" cx={69.5} cy={26} rx={8.5} ry={6} />
      <circle className="cp-cow-eye" cx={70} cy={14} r={2} />
    </g>
  );
}

function Spots({ spots, color, clipId }: { spots: Markings['spots']; color: string; clipId: string }) {
  return (
    <g clipPath={`url(#${clipId})`} className="cp-cow-spots">
      <path d={spotsPath(spots)} style={{ fill: color }} />
    </g>
  );
}

/**
 * Every spot as two arcs in one path: an arc's x-axis rotation turns the ellipse, so the spots
 * need neither an element nor a transform each (each transform is another paint chunk).
 */
function spotsPath(spots: Markings['spots']): string {
  return spots
    .map((s) => {
      const cx = BODY.x + s.cx * BODY.width;
      const cy = BODY.y + s.cy * BODY.height;
      const rx = s.rx * BODY.width;
      const ry = s.ry * BODY.height;
      const a = (s.rotate * Math.PI) / 180;
      const dx = rx * Math.cos(a);
      const dy = rx * Math.sin(a);
      const arc = `A${r3(rx)},${r3(ry)} ${s.rotate} 1 0`;
      return `M${r3(cx + dx)},${r3(cy + dy)} ${arc} ${r3(cx - dx)},${r3(cy - dy)} ${arc} ${r3(cx + dx)},${r3(cy + dy)}Z`;
    })
    .join('');
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;

export const Cow = memo(function Cow({ markings, look, clipId, simple }: CowProps) {
  if (simple) return <SimpleCow markings={markings} look={look} clipId={clipId} />;
  const { coat, spots } = markings;
  const fill = look === 'outline' ? 'none' : coat.body;
  return (
    <g className={`cp-cow cp-cow-${look}`}>
      <path className="cp-cow-tail" d="M9,22 C2,24 2,34 3,40" />
      <path className="cp-cow-tuft" d="M3,38 l-2.5,6 l3,-1 l1,2.5 z" />
      {[14, 24, 48, 57].map((x) => (
        <g key={x}>
          <rect className="cp-cow-leg" x={x} y={38} width={6.5} height={14} rx={2} style={{ fill }} />
          <rect className="cp-cow-hoof" x={x} y={49} width={6.5} height={4} rx={1.2} />
        </g>
      ))}
      <rect className="cp-cow-body" {...BODY} style={{ fill }} />
      {look !== 'outline' && <Spots spots={spots} color={coat.spot} clipId={clipId} />}
      <ellipse className="cp-cow-udder" cx={40} cy={45} rx={6} ry={3.4} />
      <path className="cp-cow-horn" d="M63,8 q-3,-6 1,-7 M75,8 q3,-6 -1,-7" />
      <ellipse className="cp-cow-ear" cx={58} cy={11} rx={5} ry={2.6} transform="rotate(-20 58 11)" style={{ fill }} />
      <rect className="cp-cow-head" x={60} y={6} width={17} height={23} rx={7} style={{ fill }} />
      <ellipse className="cp-cow-muzzle" cx={69.5} cy={26} rx={8.5} ry={6} />
      <circle className="cp-cow-nostril" cx={66.5} cy={26.5} r={1.1} />
      <circle className="cp-cow-nostril" cx={72.5} cy={26.5} r={1.1} />
      <circle className="cp-cow-eye" cx={70} cy={14} r={2} />
    </g>
  );
});

/** The clip path that keeps spots on the body; render once per picture inside `<defs>`. */
export function CowClip({ id }: { id: string }) {
  return (
    <clipPath id={id} clipPathUnits="userSpaceOnUse">
      <rect {...BODY} />
    </clipPath>
  );
}

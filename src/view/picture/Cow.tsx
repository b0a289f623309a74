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
}

export const Cow = memo(function Cow({ markings, look, clipId }: CowProps) {
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
      {look !== 'outline' && (
        <g clipPath={`url(#${clipId})`} className="cp-cow-spots">
          {spots.map((s, i) => (
            <ellipse
              key={i}
              cx={BODY.x + s.cx * BODY.width}
              cy={BODY.y + s.cy * BODY.height}
              rx={s.rx * BODY.width}
              ry={s.ry * BODY.height}
              transform={`rotate(${s.rotate} ${BODY.x + s.cx * BODY.width} ${BODY.y + s.cy * BODY.height})`}
              style={{ fill: coat.spot }}
            />
          ))}
        </g>
      )}
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

// A DNS SRV answer or the peers app's request, drawn as arrows fanning out from the headless
// Service (or the answering pod) to every Ready endpoint. Animated by CSS only with motion 'full'.
import type { ClusterLayout } from '../layout/clusterLayout.ts';
import { describeFanOut, type FanOut as FanOutData } from '../layout/fanOut.ts';
import { t } from '../../i18n/index.ts';
import { useViewLang } from '../hooks/useViewLang.ts';

interface Point {
  x: number;
  y: number;
}

export function FanOut({ fan, layout, id }: { fan: FanOutData; layout: ClusterLayout; id: string }) {
  const lang = useViewLang();
  const podAt = (name: string): Point | undefined => {
    const p = layout.pods.find((q) => q.name === name && !q.ghost);
    return p && { x: p.x + layout.slot.width / 2, y: p.y + layout.slot.height / 2 };
  };
  let from: Point | undefined;
  if (fan.from.kind === 'Service') {
    const s = layout.services.find((q) => q.name === fan.from.name);
    from = s && { x: s.box.x + s.box.width / 2, y: s.box.y + s.box.height };
  } else from = podAt(fan.from.name);
  if (!from) return null;
  const start = from;
  const targets = fan.to
    .filter((name) => !(fan.kind === 'peers' && name === fan.from.name))
    .flatMap((name) => {
      const at = podAt(name);
      return at ? [{ name, at }] : [];
    });
  if (targets.length === 0) return null;
  const label = fan.kind === 'srv' ? t(lang, 'fan.srvLabel') : 'GET /data';
  const description = describeFanOut(lang, fan);
  return (
    <g
      className={`cp-fanout cp-fanout-${fan.kind}`}
      data-testid="fanout"
      data-kind={fan.kind}
      role="img"
      aria-label={description}
    >
      <title>{description}</title>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={6} markerHeight={6} orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="cp-fanout-head" />
        </marker>
      </defs>
      {targets.map(({ name, at }) => {
        // Stop short of the pod's centre so the head stays visible on the cow.
        const dx = at.x - start.x;
        const dy = at.y - start.y;
        const len = Math.hypot(dx, dy) || 1;
        const k = Math.max(0, (len - 18) / len);
        const end = { x: start.x + dx * k, y: start.y + dy * k };
        return (
          <g key={name} data-testid={`fanout.${name}`}>
            <line
              className="cp-fanout-line"
              x1={start.x}
              y1={start.y}
              x2={end.x}
              y2={end.y}
              markerEnd={`url(#${id}-arrow)`}
            />
            <text
              className="cp-fanout-label"
              x={(start.x + end.x) / 2}
              y={(start.y + end.y) / 2 - 4}
              textAnchor="middle"
            >
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

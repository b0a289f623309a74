// The headless Services (with their endpoints as chips), the pen for pods no node will take,
// and the ghost alerts that point at the at-most-one violation.
import type { ClusterLayout, ServicePlace } from '../layout/clusterLayout.ts';
import { onActivate } from './activate.ts';
import { StateBadge, WarningIcon } from './icons.tsx';
import { serviceLabel } from './labels.ts';
import { fitText } from './geometry.ts';
import { render, t } from '../../i18n/index.ts';
import { useViewLang } from '../hooks/useViewLang.ts';

interface ServiceProps {
  service: ServicePlace;
  selected: boolean;
  onSelect?: (name: string) => void;
}

export function ServiceBox({ service: s, selected, onSelect }: ServiceProps) {
  const { x, y, width, height } = s.box;
  const select = () => onSelect?.(s.name);
  const lang = useViewLang();
  return (
    <g className={`cp-service${selected ? ' is-selected' : ''}`} role="listitem" data-testid={`svc.${s.name}`}>
      <g
        {...(onSelect
          ? { role: 'button', tabIndex: 0, onClick: select, onKeyDown: onActivate(select) }
          : { role: 'img' })}
        aria-label={serviceLabel(lang, s)}
        aria-current={selected ? 'true' : undefined}
      >
        <rect className="cp-service-box" x={x} y={y} width={width} height={height} rx={9} />
        <rect className="cp-focus" x={x - 3} y={y - 3} width={width + 6} height={height + 6} rx={11} />
        <text className="cp-service-title" x={x + 10} y={y + 17}>
          {fitText(`Service ${s.name}`, 14.5, width - 90)}
          <tspan className="cp-service-kind" dx={8}>
            {s.headless ? t(lang, 'picture.headless') : s.clusterIP}
          </tspan>
        </text>
        {s.chips.length === 0 && (
          <text className="cp-chip-none" x={x + 10} y={y + 38}>
            {t(lang, 'picture.noEndpoints')}
          </text>
        )}
        {s.chips.map((c) => (
          <g
            key={c.name}
            transform={`translate(${x + c.x} ${y + 25})`}
            className={`cp-chip${c.ready ? '' : ' is-notready'}`}
          >
            <rect width={c.width} height={18} rx={9} />
            <g transform="translate(10 9) scale(0.55)">
              <StateBadge kind={c.ready ? 'ready' : 'running'} />
            </g>
            <text x={20} y={13.5}>
              {c.name}
            </text>
          </g>
        ))}
        {s.more > 0 && (
          <text className="cp-chip-more" x={x + width - 50} y={y + 38}>
            +{s.more}
          </text>
        )}
      </g>
    </g>
  );
}

export function Pen({ layout }: { layout: ClusterLayout }) {
  const pen = layout.pen;
  const lang = useViewLang();
  if (!pen) return null;
  const { box } = pen;
  return (
    <g className="cp-pen" aria-hidden="true" data-testid="pen">
      <rect className="cp-pen-box" x={box.x} y={box.y} width={box.width} height={box.height} rx={12} />
      <text className="cp-pen-title" x={box.x + 12} y={box.y + 19}>
        {fitText(
          pen.message ? t(lang, 'picture.pen.message', { message: pen.message }) : t(lang, 'picture.pen'),
          14,
          box.width - 24,
        )}
      </text>
    </g>
  );
}

export function Alerts({ layout }: { layout: ClusterLayout }) {
  const lang = useViewLang();
  if (!layout.alerts.length) return null;
  return (
    <g className="cp-alerts" role="list" aria-label={t(lang, 'picture.warnings')}>
      {layout.alerts.map((a) => {
        const { x, y, width, height } = a.box;
        const tx = Math.min(Math.max(a.target.x, x + 20), x + width - 20);
        return (
          <g
            key={a.podKey}
            role="listitem"
            aria-label={render(lang, a.text)}
            className={`cp-alert cp-alert-${a.kind}`}
            data-testid="alert"
          >
            <path className="cp-alert-leader" d={`M${tx},${y} L${a.target.x},${a.target.y}`} aria-hidden="true" />
            <rect className="cp-alert-box" x={x} y={y} width={width} height={height} rx={8} />
            <g transform={`translate(${x + 18} ${y + 18})`}>
              <WarningIcon />
            </g>
            <text className="cp-alert-text" aria-hidden="true">
              {a.lines.map((line, i) => (
                <tspan key={i} x={x + 36} y={y + 22 + i * 18}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}

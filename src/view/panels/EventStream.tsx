import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatClock } from '../format.ts';
import { useLab, useLabState, useWorld } from '../hooks/lab.ts';
import { eventRows, watchRows, type EventFilter, type WatchRow } from '../stream.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useT, type T } from '../hooks/useT.ts';

type Tab = 'watch' | 'events' | 'dns';

const TAB_LABELS: Record<Tab, MessageKey> = {
  watch: 'stream.tab.watch',
  events: 'stream.tab.events',
  dns: 'stream.tab.dns',
};

const MARK: Partial<Record<WatchRow['what'], string>> = {
  created: '+',
  ready: '✓',
  'not-ready': '!',
  terminating: '×',
  deleted: '−',
  'node-not-ready': '!',
  'node-ready': '✓',
};

/** A scroll box that stays at its bottom when new rows come, unless the reader scrolled up. */
function StickyBox({ dep, label, children }: { dep: unknown; label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  useLayoutEffect(() => {
    // Scrolled in the next frame, just before it is drawn: reading scrollHeight now would force a
    // layout of the whole page in the middle of every step, and the frame lays it out anyway.
    const frame = requestAnimationFrame(() => {
      const el = ref.current;
      if (el && stick.current) el.scrollTop = el.scrollHeight;
    });
    return () => cancelAnimationFrame(frame);
  }, [dep]);
  const onScroll = () => {
    const el = ref.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
  };
  return (
    <div
      className="stream-box"
      ref={ref}
      onScroll={onScroll}
      data-scrolls
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}

/** One watch row. A marker's row never changes (stream.ts caches it), so it renders once. */
const WatchLine = memo(function WatchLine({ r, t }: { r: WatchRow; t: T }) {
  return (
    <tr className={`row-${r.what}`}>
      <td className="num">{formatClock(r.at, true)}</td>
      <td>
        <span className="mark" aria-hidden="true">
          {MARK[r.what] ?? '·'}
        </span>
        {r.kind === 'node' ? `node/${r.name}` : r.name}
      </td>
      <td>{r.ready}</td>
      <td className="status">{r.status === 'deleted' ? t('stream.deleted') : r.status}</td>
      <td className="wide-only">{r.restarts}</td>
      <td>{r.node}</td>
    </tr>
  );
});

function Watch() {
  const lab = useLab();
  const cursor = useLabState((s) => s.cursor);
  const version = useLabState((s) => s.version);
  const t = useT();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- markers grow with the version
  const rows = useMemo(() => watchRows(lab.timeline(), cursor), [lab, cursor, version]);
  return (
    <StickyBox dep={rows.length ? rows.at(-1)!.key : ''} label={t('stream.watch.label')}>
      {rows.length === 0 ? (
        <p className="hint">{t('stream.watch.empty')}</p>
      ) : (
        <table className="stream" data-testid="stream.watch">
          <thead>
            <tr>
              <th scope="col">{t('stream.col.time')}</th>
              <th scope="col">{t('stream.col.name')}</th>
              <th scope="col">{t('stream.col.ready')}</th>
              <th scope="col">{t('stream.col.status')}</th>
              <th scope="col" className="wide-only">
                {t('stream.col.restarts')}
              </th>
              <th scope="col">{t('stream.col.node')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <WatchLine key={r.key} r={r} t={t} />
            ))}
          </tbody>
        </table>
      )}
    </StickyBox>
  );
}

function Events() {
  const world = useWorld();
  const [filter, setFilter] = useState<EventFilter>('all');
  const t = useT();
  const rows = eventRows(world, filter);
  return (
    <>
      <label className="stream-filter">
        <input
          type="checkbox"
          checked={filter === 'workloads'}
          onChange={(e) => setFilter(e.target.checked ? 'workloads' : 'all')}
        />{' '}
        {t('stream.events.onlyWorkloads')}
      </label>
      <StickyBox dep={rows.length ? rows.at(-1)!.key + rows.length : ''} label={t('stream.tab.events')}>
        {rows.length === 0 ? (
          <p className="hint">{t('stream.events.empty')}</p>
        ) : (
          <ol className="event-list" data-testid="stream.events">
            {rows.map((e) => (
              <li key={e.key} className={e.type === 'Warning' ? 'event is-warning' : 'event'}>
                <div className="event-head">
                  <span className="num">{formatClock(e.at, true)}</span>
                  {e.type === 'Warning' ? (
                    <span className="event-type">
                      <span aria-hidden="true">⚠ </span>Warning
                    </span>
                  ) : (
                    <span className="sr-only">Normal</span>
                  )}
                  <strong>{e.reason}</strong>
                  <span className="event-object">{e.object}</span>
                  {e.count > 1 && <span className="muted">×{e.count}</span>}
                </div>
                <p className="event-message">{e.message}</p>
              </li>
            ))}
          </ol>
        )}
      </StickyBox>
    </>
  );
}

/**
 * The `kubectl get pods -w`-like stream and the Events as tabs (both stop at the cursor), plus
 * the DNS panel as a third tab when one is given.
 */
export function EventStream({ dns }: { dns?: ReactNode }) {
  const [tab, setTab] = useState<Tab>('watch');
  const t = useT();
  const tabs: Tab[] = dns ? ['watch', 'events', 'dns'] : ['watch', 'events'];
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!;
    setTab(next);
    document.getElementById(`stream-tab-${next}`)?.focus();
  };
  return (
    <section className="panel events" aria-labelledby="stream-heading">
      <div className="panel-head">
        <h2 id="stream-heading">{t('app.sidebar.stream')}</h2>
        <div className="tabs" role="tablist" aria-label={t('stream.tabs')} onKeyDown={onKey}>
          {tabs.map((k) => (
            <button
              key={k}
              id={`stream-tab-${k}`}
              type="button"
              role="tab"
              aria-selected={tab === k}
              aria-controls="stream-panel"
              tabIndex={tab === k ? 0 : -1}
              className="tab"
              data-testid={`stream.tab.${k}`}
              onClick={() => setTab(k)}
            >
              {t(TAB_LABELS[k])}
            </button>
          ))}
        </div>
      </div>
      <div id="stream-panel" role="tabpanel" aria-labelledby={`stream-tab-${tab}`} className="panel-body stream-panel">
        {tab === 'watch' ? (
          <Watch />
        ) : tab === 'events' ? (
          <Events />
        ) : (
          <div className="stream-box" data-scrolls>
            {dns}
          </div>
        )}
      </div>
    </section>
  );
}

import { useMemo } from 'react';
import type { Selection } from '../../store/lab.ts';
import { useLab, useLabState, useWorld } from '../hooks/lab.ts';
import { Icon } from '../Icon.tsx';
import { readScene, type PictureFilter, type ScenePod } from '../layout/scene.ts';
import { render } from '../../i18n/index.ts';
import { useT } from '../hooks/useT.ts';
import { LINK_WORDS, lookNote, lookStatus } from '../picture/labels.ts';

const KIND_ICON: Record<ScenePod['look']['kind'], string> = {
  pending: '…',
  creating: '◌',
  running: '○',
  ready: '●',
  terminating: '×',
  imageError: '⚠',
  unknown: '?',
  failed: '!',
  ghost: '',
};

function NameButton({ sel, label }: { sel: Selection; label?: string }) {
  const lab = useLab();
  const selected = useLabState((s) => s.selection?.kind === sel.kind && s.selection.name === sel.name);
  return (
    <button type="button" className="link" aria-pressed={selected} onClick={() => lab.select(selected ? null : sel)}>
      {label ?? sel.name}
    </button>
  );
}

/**
 * The cluster as tables: the text alternative to the picture (same scene, so they always agree),
 * and the picture's stand-in on a screen reader or in the table view.
 */
export function ClusterTable({ filter = 'all', caption }: { filter?: PictureFilter; caption?: string }) {
  const world = useWorld();
  const t = useT();
  const lang = useLabState((s) => s.lang);
  // The world at the head is one object that changes in place: the version says when.
  const version = useLabState((s) => s.version);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  const scene = useMemo(() => readScene(world, filter), [world, filter, version]);
  const podsOn = (node: string) => scene.pods.filter((p) => p.node === node && !p.ghost).length;
  const suffix = filter === 'all' ? '' : `-${filter}`;
  return (
    <div className="cluster-table" data-testid={`cluster.table${suffix}`}>
      {caption && <h3 className="table-title">{caption}</h3>}
      {scene.alerts.map((a) => (
        <p key={a.podKey} className="callout callout-danger" data-testid="table.alert">
          <Icon name="ghost" size={14} /> {render(lang, a.text)}
        </p>
      ))}
      <table className="grid">
        <caption>{t('table.pods')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.col.pod')}</th>
            <th scope="col">{t('table.col.status')}</th>
            <th scope="col">{t('table.col.node')}</th>
            <th scope="col">{t('table.col.claim')}</th>
            <th scope="col" className="wide-only">
              IP
            </th>
          </tr>
        </thead>
        <tbody>
          {scene.pods.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {t('table.noPods')}
              </td>
            </tr>
          )}
          {scene.pods.map((p) => (
            <tr key={p.key} data-testid={`table.pod.${p.name}${p.ghost ? '.ghost' : ''}`} data-state={p.look.kind}>
              <th scope="row">
                {p.ghost ? t('table.ghostName', { pod: p.name }) : <NameButton sel={{ kind: 'Pod', name: p.name }} />}
                <span className="owner"> {p.owner.kind === 'None' ? '' : `${p.owner.kind} ${p.owner.name ?? ''}`}</span>
              </th>
              <td className={`state state-${p.look.kind}`}>
                <span className="state-icon" aria-hidden="true">
                  {p.ghost ? <Icon name="ghost" size={13} /> : KIND_ICON[p.look.kind]}
                </span>
                {lookStatus(lang, p.look)}
                {p.look.note && <span className="note"> · {lookNote(lang, p.look)}</span>}
              </td>
              <td>{p.node ?? '—'}</td>
              <td>{p.claims.join(', ') || '—'}</td>
              <td className="wide-only">{p.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="grid">
        <caption>{t('table.nodes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.col.node')}</th>
            <th scope="col">{t('table.col.apiStatus')}</th>
            <th scope="col">{t('table.col.really')}</th>
            <th scope="col">{t('table.col.taints')}</th>
            <th scope="col">{t('table.col.pods')}</th>
          </tr>
        </thead>
        <tbody>
          {scene.nodes.map((n) => (
            <tr key={n.name} data-testid={`table.node.${n.name}`} data-state={n.ready ? 'ready' : 'not-ready'}>
              <th scope="row">{n.inApi ? <NameButton sel={{ kind: 'Node', name: n.name }} /> : n.name}</th>
              <td className={n.ready ? 'state state-ready' : 'state state-unknown'}>
                <span className="state-icon" aria-hidden="true">
                  {n.ready ? '●' : '?'}
                </span>
                {n.status}
              </td>
              <td>{t(LINK_WORDS[n.truth.physical])}</td>
              <td>{n.taints.map((t) => t.label).join('; ') || '—'}</td>
              <td className="num">{podsOn(n.name)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {scene.claims.length > 0 && (
        <table className="grid">
          <caption>{t('table.claims')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.col.claim')}</th>
              <th scope="col">{t('table.col.status')}</th>
              <th scope="col">{t('table.col.volume')}</th>
              <th scope="col">{t('table.col.data')}</th>
            </tr>
          </thead>
          <tbody>
            {scene.claims.map((c) => {
              const vol = scene.volumes.find((v) => v.name === c.volume);
              return (
                <tr key={c.name} data-testid={`table.claim.${c.name}`}>
                  <th scope="row">
                    <NameButton sel={{ kind: 'PersistentVolumeClaim', name: c.name }} />
                  </th>
                  <td>
                    {c.terminating ? 'Terminating' : c.phase}
                    {c.waitingFor && <span className="note"> · {t('table.waitingFor', { pod: c.waitingFor })}</span>}
                  </td>
                  <td>{c.volume ?? '—'}</td>
                  <td>{vol?.data ? `${vol.data.file}: ${vol.data.text}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

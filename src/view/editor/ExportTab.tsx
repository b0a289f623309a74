// Export: the sandbox's objects as a YAML `List` a real cluster accepts with `kubectl apply -f`,
// to download or copy; what was left out, and why, is listed.
import { useMemo, useState } from 'react';
import { useLabState, useWorld } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';
import { exportSandbox } from './manifests.ts';

export const EXPORT_FILE = 'statefulset-lab.yaml';

export function ExportTab() {
  const t = useT();
  const world = useWorld();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  // The export is recomputed when the timeline or cursor moves, not on every render.
  const version = useLabState((s) => s.version);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const result = useMemo(() => exportSandbox(world), [world, version]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([result.yaml], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = EXPORT_FILE;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = () => {
    navigator.clipboard.writeText(result.yaml).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );
  };

  return (
    <div className="export-tab">
      <p className="edit-help">{t('editor.export.intro', { command: `kubectl apply -f ${EXPORT_FILE}` })}</p>
      <div className="edit-actions">
        <button type="button" className="btn btn-primary" onClick={download} data-testid="editor.export.download">
          {t('editor.export.download')}
        </button>
        <button type="button" className="btn" onClick={copy} data-testid="editor.export.copy">
          {t('editor.export.copy')}
        </button>
        <span role="status" className="edit-status">
          {copied === 'ok' ? t('editor.export.copied') : copied === 'failed' ? t('editor.export.copyFailed') : ''}
        </span>
      </div>
      <pre className="export-yaml" tabIndex={0} aria-label={t('editor.export.yaml')} data-testid="editor.export.yaml">
        {result.yaml}
      </pre>
      {result.omitted.length > 0 && (
        <section aria-label={t('editor.export.omitted')}>
          <h3>{t('editor.export.omitted')}</h3>
          <ul className="report-list">
            {result.omitted.map((o) => (
              <li key={`${o.kind}/${o.name}`}>
                <code>
                  {o.kind}/{o.name}
                </code>
                : {o.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.notes.length > 0 && (
        <section aria-label={t('editor.export.notes')}>
          <h3>{t('editor.export.notes')}</h3>
          <ul className="report-list">
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

// Import: paste, choose or drop the output of `kubectl get nodes,statefulsets,pods,pvc,pv,services
// -o yaml` from a real cluster; the lab rebuilds that state as a new timeline and the student goes
// on simulating from it. Whatever it does not model is listed, never silently dropped.
import { useId, useState, type DragEvent } from 'react';
import { useLab } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';
import { importDump, type ImportOutcome } from './manifests.ts';

export const DUMP_COMMAND = 'kubectl get nodes,statefulsets,pods,pvc,pv,services -o yaml';

type Report = Exclude<ImportOutcome, { ok: true }> | Omit<Extract<ImportOutcome, { ok: true }>, 'timeline'>;

export function ImportTab() {
  const t = useT();
  const lab = useLab();
  const id = useId();
  const [text, setText] = useState('');
  const [source, setSource] = useState('import.yaml');
  const [dragging, setDragging] = useState(false);
  const [report, setReport] = useState<Report | null>(null);

  const load = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    setSource(file.name);
    setReport(null);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void load(e.dataTransfer.files[0]);
  };

  const run = () => {
    // When the dump was taken: now, by the student's clock (ages and timestamps go on from it).
    const r = importDump(text, Date.now(), source);
    if (r.ok) {
      lab.adopt(r.timeline);
      const { timeline: _adopted, ...rest } = r;
      setReport(rest);
    } else setReport(r);
  };

  return (
    <div
      className={`import-tab${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="editor.import"
    >
      <p className="edit-help">{t('editor.import.intro')}</p>
      <pre className="import-command">
        <code>{DUMP_COMMAND}</code>
      </pre>
      <label htmlFor={`${id}-text`}>{t('editor.import.paste')}</label>
      <textarea
        id={`${id}-text`}
        className="import-text"
        value={text}
        spellCheck={false}
        wrap="off"
        onChange={(e) => {
          setText(e.target.value);
          setSource('import.yaml');
        }}
        data-testid="editor.import.text"
      />
      <div className="edit-actions">
        <label className="btn file-pick" htmlFor={`${id}-file`}>
          {t('editor.import.choose')}
        </label>
        <input
          id={`${id}-file`}
          className="sr-only"
          type="file"
          accept=".yaml,.yml,.json,.txt,application/yaml,application/json,text/plain"
          onChange={(e) => void load(e.target.files?.[0])}
          data-testid="editor.import.file"
        />
        <span className="edit-help">{t('editor.import.drop')}</span>
        <button
          type="button"
          className="btn btn-primary"
          onClick={run}
          disabled={!text.trim()}
          data-testid="editor.import.run"
        >
          {t('editor.import.run')}
        </button>
      </div>
      {report && !report.ok && (
        <p className="edit-outcome is-error" role="alert" data-testid="editor.import.error">
          <code>{report.error}</code>
        </p>
      )}
      {report?.ok && (
        <div className="import-report" data-testid="editor.import.report">
          <p className="edit-outcome is-ok" role="status">
            {t('editor.import.done', { pods: report.pods })}
          </p>
          {report.skipped.length > 0 && (
            <section aria-label={t('editor.import.skipped')}>
              <h3>{t('editor.import.skipped')}</h3>
              <ul className="report-list">
                {report.skipped.map((s) => (
                  <li key={`${s.namespace ?? ''}/${s.kind}/${s.name}`}>
                    <code>
                      {s.kind}/{s.namespace ? `${s.namespace}/` : ''}
                      {s.name}
                    </code>
                    : {s.reason}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.dropped.length > 0 && (
            <section aria-label={t('editor.import.dropped')}>
              <h3>{t('editor.import.dropped')}</h3>
              <ul className="report-list">
                {report.dropped.map((d) => (
                  <li key={`${d.kind}/${d.name}`}>
                    <code>
                      {d.kind}/{d.name}
                    </code>
                    : {d.fields.join(', ')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {report.notes.length > 0 && (
            <section aria-label={t('editor.import.notes')}>
              <h3>{t('editor.import.notes')}</h3>
              <ul className="report-list">
                {report.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { Action } from './useAction.ts';
import { useT } from '../hooks/useT.ts';

/** A button that runs a command; hovering or focusing it previews the command. */
export function ActionButton({
  action,
  command,
  children,
  danger,
  disabled,
  testId,
}: {
  action: Action;
  command: string | string[];
  children: ReactNode;
  danger?: boolean;
  disabled?: boolean;
  testId?: string;
}) {
  const text = typeof command === 'string' ? command : command.join(' && ');
  return (
    <button
      type="button"
      className={`btn btn-small${danger ? ' btn-danger' : ''}`}
      disabled={disabled}
      data-testid={testId}
      data-command={text}
      onClick={() => action.run(command)}
      onMouseEnter={() => action.setPreview(text)}
      onMouseLeave={() => action.setPreview(null)}
      onFocus={() => action.setPreview(text)}
      onBlur={() => action.setPreview(null)}
    >
      {children}
    </button>
  );
}

/** The command a button would run, then how the last one went. */
export function ActionFeedback({ action, compact }: { action: Action; compact?: boolean }) {
  const { preview, result } = action;
  const t = useT();
  if (compact && !result) return null;
  return (
    <div className="action-feedback">
      <p className="action-preview" aria-hidden="true" hidden={compact}>
        {preview ? (
          <>
            <span className="muted">{t('action.runs')} </span>
            <code>{preview}</code>
          </>
        ) : (
          <span className="muted">{t('action.eachButton')}</span>
        )}
      </p>
      {result && (
        <pre className={result.ok ? 'action-result is-ok' : 'action-result is-error'} data-testid="inspector.result">
          <span aria-hidden="true">{result.ok ? '✓ ' : '✗ '}</span>
          <span className="sr-only">{result.ok ? t('action.done') : t('action.failed')} </span>
          {result.text || (result.ok ? t('action.done') : t('action.failed'))}
        </pre>
      )}
    </div>
  );
}

/** Key facts as a description list. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ActionGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="action-group" role="group" aria-label={label}>
      <span className="action-group-label" aria-hidden="true">
        {label}
      </span>
      <div className="action-group-buttons">{children}</div>
    </div>
  );
}

// The header's classroom buttons: presenter mode, the presenter window, Share and Embed.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLab, useLabState } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';
import { useClassroom, useClassroomState } from './context.ts';
import { embedSnippet, pageBase } from './snippet.ts';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A modal dialog with one text to copy: the share link or the embed snippet. */
function CopyDialog({
  id,
  title,
  help,
  label,
  text,
  copied,
  multiline,
  dialogRef,
}: {
  id: string;
  title: string;
  help: string;
  label: string;
  text: string;
  copied: string;
  multiline?: boolean;
  dialogRef: React.RefObject<HTMLDialogElement | null>;
}) {
  const t = useT();
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const onCopy = async () => {
    const ok = await copy(text);
    setStatus(ok ? copied : t('classroom.share.copyFailed'));
    if (!ok) field.current?.select();
  };
  return (
    <dialog
      ref={dialogRef}
      className="classroom-dialog"
      aria-labelledby={`${id}-title`}
      data-testid={`${id}.dialog`}
      onClose={() => setStatus('')}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{help}</p>
      <label htmlFor={`${id}-text`}>{label}</label>
      {multiline ? (
        <textarea ref={field} id={`${id}-text`} readOnly value={text} rows={3} data-testid={`${id}.text`} />
      ) : (
        <input ref={field} id={`${id}-text`} type="text" readOnly value={text} data-testid={`${id}.text`} />
      )}
      <p className="classroom-dialog-status" role="status" data-testid={`${id}.status`}>
        {status}
      </p>
      <div className="classroom-dialog-buttons">
        <button type="button" className="btn btn-primary" onClick={() => void onCopy()} data-testid={`${id}.copy`}>
          {t('classroom.copy')}
        </button>
        <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
          {t('classroom.close')}
        </button>
      </div>
    </dialog>
  );
}

export function ClassroomTools() {
  const lab = useLab();
  const classroom = useClassroom();
  const presenting = useClassroomState((s) => s.presenting);
  const lang = useLabState((s) => s.lang);
  const t = useT();
  const share = useRef<HTMLDialogElement>(null);
  const embed = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState('');
  const [snippet, setSnippet] = useState({ text: '', where: '' });
  const menu = useRef<HTMLDetailsElement>(null);
  /** Closes the menu, then acts (a dialog opened from inside a closed <details> would not show). */
  const act = (f: () => void | Promise<void>) => {
    if (menu.current) menu.current.open = false;
    void f();
  };

  const openShare = async () => {
    const url = await classroom.shareUrl(pageBase());
    // The dialog opens with its text in place, never empty for a moment.
    flushSync(() => setLink(url));
    share.current?.showModal();
  };
  const openEmbed = async () => {
    const made = await embedSnippet(classroom, lab, lang);
    flushSync(() => setSnippet(made));
    embed.current?.showModal();
  };
  const openNotes = () => {
    const url = `${pageBase()}?presenter-notes=1&lang=${lang}${classroom.params.id ? `&id=${classroom.params.id}` : ''}`;
    window.open(url, 'statefulset-lab-notes', 'popup,width=720,height=560');
  };

  return (
    <div className="classroom-tools">
      {/* One menu, so the header still fits one row on a 1024-pixel projector. */}
      <details ref={menu} className="shortcuts classroom-menu">
        <summary data-testid="classroom.menu">{t('classroom.tools')}</summary>
        <div className="shortcuts-body classroom-menu-body" role="group" aria-label={t('classroom.tools')}>
          <button
            type="button"
            className="toggle"
            aria-pressed={presenting}
            onClick={() => act(() => classroom.setPresenting(!presenting))}
            aria-describedby="classroom-present-help"
            data-testid="classroom.present"
          >
            {t('classroom.present')}
          </button>
          <p id="classroom-present-help" className="classroom-menu-help">
            {t('classroom.present.help')}
          </p>
          <button type="button" className="btn" onClick={() => act(openNotes)} data-testid="classroom.notes">
            {t('classroom.notes.open')}
          </button>
          <button type="button" className="btn" onClick={() => act(openShare)} data-testid="classroom.share">
            {t('classroom.share')}
          </button>
          <button type="button" className="btn" onClick={() => act(openEmbed)} data-testid="classroom.embed">
            {t('classroom.embed')}
          </button>
        </div>
      </details>
      <CopyDialog
        id="share"
        dialogRef={share}
        title={t('classroom.share.title')}
        help={t('classroom.share.help')}
        label={t('classroom.share.link')}
        text={link}
        copied={t('classroom.share.copied')}
      />
      <CopyDialog
        id="embed"
        dialogRef={embed}
        title={t('classroom.embed.title')}
        help={t('classroom.embed.help', { where: snippet.where })}
        label={t('classroom.embed.snippet')}
        text={snippet.text}
        copied={t('classroom.embed.copied')}
        multiline
      />
    </div>
  );
}

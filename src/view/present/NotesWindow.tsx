// The presenter window (`?presenter-notes=1`, opened from the lab's "Speaker notes" button): the
// current step's notes and what comes next, large, with buttons that drive the lab window over
// the BroadcastChannel. It shows only what the lab window sends.
import { useEffect, useRef, useState } from 'react';
import { channelName, parseNotes, type NotesPayload, type NotesRequest } from '../../embed/channel.ts';
import { useT } from '../hooks/useT.ts';
import { useClassroom } from './context.ts';

export function NotesWindow() {
  const classroom = useClassroom();
  const t = useT();
  const [notes, setNotes] = useState<NotesPayload | undefined>();
  const channel = useRef<BroadcastChannel | null>(null);
  const ns = classroom.namespace;

  useEffect(() => {
    document.title = t('classroom.notes.title');
  }, [t]);

  useEffect(() => {
    if (!ns || typeof BroadcastChannel === 'undefined') return;
    const c = new BroadcastChannel(channelName(ns));
    channel.current = c;
    c.onmessage = (e: MessageEvent) => {
      const n = parseNotes(e.data);
      if (n) setNotes(n);
    };
    c.postMessage({ type: 'hello' } satisfies NotesRequest);
    return () => {
      channel.current = null;
      c.close();
    };
  }, [ns]);

  const send = (action: 'next' | 'previous' | 'blank') =>
    channel.current?.postMessage({ type: 'do', action } satisfies NotesRequest);

  // The clicker works here too, so the instructor can keep this window in front.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
      if (e.target instanceof Element && e.target.closest('button')) return;
      const action =
        e.key === 'ArrowRight' || e.key === 'PageDown' || (e.key === ' ' && !e.shiftKey)
          ? 'next'
          : e.key === 'ArrowLeft' || e.key === 'PageUp' || e.key === ' '
            ? 'previous'
            : e.key === '.' || e.key === 'b' || e.key === 'B'
              ? 'blank'
              : undefined;
      if (!action) return;
      e.preventDefault();
      channel.current?.postMessage({ type: 'do', action } satisfies NotesRequest);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main className="notes-window" data-testid="notes.window">
      <h1 className="notes-heading">{t('classroom.notes.title')}</h1>
      {notes ? (
        <article className="notes-body" aria-live="polite">
          {notes.position && (
            <p className="notes-position" data-testid="notes.position">
              {notes.position}
            </p>
          )}
          <h2 className="notes-title" data-testid="notes.title">
            {notes.title}
          </h2>
          {notes.text && (
            <p className="notes-text" data-testid="notes.text">
              {notes.text}
            </p>
          )}
          {notes.next && (
            <p className="notes-next" data-testid="notes.next">
              {notes.next}
            </p>
          )}
        </article>
      ) : (
        <p className="notes-waiting">{t('classroom.notes.waiting')}</p>
      )}
      <div className="notes-controls" role="group" aria-label={t('classroom.notes.controls')}>
        <button type="button" className="btn" onClick={() => send('previous')}>
          {t('classroom.notes.previous')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => send('next')} data-testid="notes.nextButton">
          {t('classroom.notes.next')}
        </button>
        <button type="button" className="btn" onClick={() => send('blank')}>
          {t(notes?.blanked ? 'classroom.notes.unblank' : 'classroom.notes.blank')}
        </button>
      </div>
    </main>
  );
}

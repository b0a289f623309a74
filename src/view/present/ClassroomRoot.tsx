// Around the lab's shell: provides the classroom, marks the page for presenter and embed styles,
// runs the embed's bridge and the presenter window's channel, and shows what lies on top (the
// blank screen, a notice about the link) or instead (a deferred embed's start button, the
// presenter window).
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import type { Classroom } from '../../embed/classroom.ts';
import { PANELS } from '../../embed/params.ts';
import { useLab } from '../hooks/lab.ts';
import { useT } from '../hooks/useT.ts';
import { ClassroomContext, useClassroom, useClassroomState } from './context.ts';
import { useEmbedBridge } from './useEmbedBridge.ts';
import { usePresenterChannel } from './usePresenterChannel.ts';
import './present.css';

// Only the presenter's second window needs it.
const NotesWindow = lazy(() => import('./NotesWindow.tsx').then((m) => ({ default: m.NotesWindow })));

function useRootMarks(classroom: Classroom) {
  const presenting = useClassroomState((s) => s.presenting);
  const { embed, readOnly, panels } = classroom.params;
  useEffect(() => {
    const d = document.documentElement.dataset;
    if (presenting) d.present = '';
    else delete d.present;
  }, [presenting]);
  useEffect(() => {
    const d = document.documentElement.dataset;
    if (embed) d.embed = '';
    if (readOnly) d.readOnly = '';
    const hidden = panels ? PANELS.filter((p) => !panels.includes(p)) : [];
    if (hidden.length) d.hide = hidden.join(' ');
  }, [embed, readOnly, panels]);
}

function Notice() {
  const classroom = useClassroom();
  const notice = useClassroomState((s) => s.notice);
  const t = useT();
  if (!notice) return null;
  return (
    <div className="classroom-notice" role="alert" data-testid="classroom.notice">
      <p>{t(notice.key, notice.params)}</p>
      <button type="button" className="btn btn-small" onClick={classroom.dismissNotice}>
        {t('classroom.notice.dismiss')}
      </button>
    </div>
  );
}

function Blank() {
  const classroom = useClassroom();
  const blanked = useClassroomState((s) => s.blanked);
  const t = useT();
  if (!blanked) return null;
  return (
    <div className="classroom-blank" data-testid="classroom.blank" onClick={classroom.toggleBlank}>
      <p className="sr-only" role="status">
        {t('classroom.blanked')}
      </p>
    </div>
  );
}

function Deferred() {
  const classroom = useClassroom();
  const t = useT();
  return (
    <main className="classroom-poster" data-testid="classroom.poster">
      <h1>{t('classroom.embed.heading')}</h1>
      <p>{t('classroom.defer.about')}</p>
      <button type="button" className="btn btn-primary classroom-start" onClick={classroom.start}>
        {t('classroom.defer.start')}
      </button>
    </main>
  );
}

function Live({ children }: { children: ReactNode }) {
  const lab = useLab();
  const classroom = useClassroom();
  const started = useClassroomState((s) => s.started);
  const t = useT();
  useRootMarks(classroom);
  useEmbedBridge(lab, classroom);
  usePresenterChannel(lab, classroom);
  if (classroom.params.notesWindow)
    return (
      <Suspense fallback={null}>
        <NotesWindow />
      </Suspense>
    );
  if (!started) return <Deferred />;
  return (
    <>
      {classroom.params.embed && (
        // The site's header is gone in an embed; its name stays for screen readers.
        <header className="sr-only">
          <h1>{t('classroom.embed.heading')}</h1>
        </header>
      )}
      <Notice />
      {children}
      <Blank />
    </>
  );
}

export function ClassroomRoot({ classroom, children }: { classroom: Classroom; children: ReactNode }) {
  return (
    <ClassroomContext value={classroom}>
      <Live>{children}</Live>
    </ClassroomContext>
  );
}

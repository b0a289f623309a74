// The course menu: the ten lessons with the student's progress, a way back to the sandbox and
// "forget my progress". A modal <dialog>: focus stays inside, Escape closes it.
import { useEffect, useRef, useState } from 'react';
import { COURSE_INDEX } from '../../lessons/course-index.ts';
import type { LessonProgress } from '../../lessons/progress.ts';
import { LESSON_UI } from '../../lessons/ui-keys.ts';
import { useT, type T } from '../hooks/useT.ts';
import { useCourse, useCourseState } from './context.ts';
import { Notice } from './Notice.tsx';
import './lesson.css';

function progressText(t: T, p: LessonProgress | undefined, steps: number): string {
  if (!p) return t('ui.lesson.progress.none');
  if (p.finished) return t('ui.lesson.progress.finished');
  return t('ui.lesson.progress.started', { n: Math.min(p.step + 1, steps), total: steps });
}

export function CourseMenu() {
  const course = useCourse();
  const t = useT();
  const open = useCourseState((s) => s.menuOpen);
  const progress = useCourseState((s) => s.progress);
  const current = useCourseState((s) => s.lessonId);
  const dialog = useRef<HTMLDialogElement>(null);
  const [forgotten, setForgotten] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="course-menu"
      aria-labelledby="course-menu-title"
      onClose={() => {
        course.setMenu(false);
        setForgotten(false);
      }}
      data-testid="course.menu"
    >
      <div className="course-menu-head">
        <h2 id="course-menu-title">{t('ui.lesson.menuTitle')}</h2>
        <button type="button" className="btn btn-small" onClick={() => course.setMenu(false)}>
          {t('ui.lesson.closeMenu')}
        </button>
      </div>
      <p className="course-menu-intro">{t('ui.lesson.menuIntro')}</p>
      <Notice />
      <ol className="course-list">
        {COURSE_INDEX.map((l) => {
          const p = progress[l.id];
          const state = !p ? 'none' : p.finished ? 'done' : 'started';
          return (
            <li key={l.id} className="course-item" data-state={state} aria-current={current === l.id || undefined}>
              <button
                type="button"
                className="course-open"
                onClick={() => void course.open(l.id)}
                aria-describedby={`course-${l.id}-state course-${l.id}-summary`}
                data-testid={`course.open.${l.id}`}
              >
                <span className="course-number">{l.number}</span>
                <span className="course-title">{t(l.title)}</span>
              </button>
              <span className="course-state" id={`course-${l.id}-state`} data-testid={`course.state.${l.id}`}>
                <span aria-hidden="true">{state === 'done' ? '✓ ' : state === 'started' ? '◐ ' : '○ '}</span>
                {progressText(t, p, l.steps)}
              </span>
              <span className="course-summary" id={`course-${l.id}-summary`}>
                {t(l.summary)}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="course-menu-foot">
        <button
          type="button"
          className="btn"
          onClick={() => {
            course.close();
            course.setMenu(false);
          }}
          data-testid="course.sandbox"
        >
          {t('ui.lesson.sandbox')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            course.forgetProgress();
            setForgotten(true);
          }}
          data-testid="course.forget"
        >
          {t(LESSON_UI.resetProgress)}
        </button>
        <p role="status" className="lesson-muted">
          {forgotten ? t('ui.lesson.progressForgotten') : t(LESSON_UI.progressSaved)}
        </p>
      </div>
    </dialog>
  );
}

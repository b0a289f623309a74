// A message for the student from the course (a broken link), until dismissed.
import { render } from '../../i18n/index.ts';
import { useLang, useT } from '../hooks/useT.ts';
import { useCourse, useCourseState } from './context.ts';

export function Notice() {
  const course = useCourse();
  const notice = useCourseState((s) => s.notice);
  const lang = useLang();
  const t = useT();
  return (
    <div role="status" data-testid="lesson.notice-slot">
      {notice && (
        <div className="lesson-notice" data-testid="lesson.notice">
          <p>{render(lang, notice)}</p>
          <button type="button" className="btn btn-small" onClick={() => course.dismissNotice()}>
            {t('ui.lesson.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

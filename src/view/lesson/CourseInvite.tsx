// The obvious way in on a first visit: a strip under the header offering lesson 1 and the menu.
// Gone once a lesson is opened or the invitation is dismissed (remembered in the browser).
import { useT } from '../hooks/useT.ts';
import { useCourse, useCourseState } from './context.ts';
import './lesson.css';

export function CourseInvite() {
  const course = useCourse();
  const t = useT();
  const invite = useCourseState((s) => s.invite);
  const status = useCourseState((s) => s.status);
  if (!invite || status !== 'closed') return null;
  return (
    <section className="course-invite" aria-label={t('ui.lesson.course')} data-testid="course.invite">
      <p>{t('ui.lesson.invite')}</p>
      <button
        type="button"
        className="btn btn-primary"
        onClick={() => void course.open('cattle-vs-cows', 0)}
        data-testid="course.invite.start"
      >
        {t('ui.lesson.inviteStart')}
      </button>
      <button type="button" className="btn" onClick={() => course.setMenu(true)}>
        {t('ui.lesson.inviteBrowse')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => course.dismissInvite()}>
        {t('ui.lesson.dismiss')}
      </button>
    </section>
  );
}

// The lesson panel's place while a lesson (or its panel's code) is loading.
import { useT } from '../hooks/useT.ts';

export function LessonLoading() {
  const t = useT();
  return (
    <section className="panel lesson" aria-label={t('ui.lesson.panel')}>
      <p className="lesson-loading" role="status">
        {t('ui.lesson.loading')}
      </p>
    </section>
  );
}

// The header's way into the course menu.
import { LESSON_UI } from '../../lessons/ui-keys.ts';
import { useT } from '../hooks/useT.ts';
import { useCourse, useCourseState } from './context.ts';

export function CourseButton() {
  const course = useCourse();
  const t = useT();
  const open = useCourseState((s) => s.menuOpen);
  return (
    <button
      type="button"
      className="btn"
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => course.setMenu(true)}
      data-testid="course.button"
    >
      {t(LESSON_UI.course)}
    </button>
  );
}

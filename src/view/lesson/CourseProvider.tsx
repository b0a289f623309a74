// Lesson mode for the shell: the course by context, the terminal locked while a prediction
// waits, the step's objects highlighted, and the lesson panel in the sidebar's place.
import type { ReactNode } from 'react';
import { LESSON_UI } from '../../lessons/ui-keys.ts';
import type { Course } from '../../store/course.ts';
import { TerminalLockContext } from '../terminal/lock.ts';
import { useT } from '../hooks/useT.ts';
import { CourseContext, useCourseState, useInLesson } from './context.ts';
import { LessonPanel } from './LessonPanel.tsx';

function Lock({ children }: { children: ReactNode }) {
  const t = useT();
  const locked = useCourseState((s) => s.locked);
  return <TerminalLockContext value={locked ? t(LESSON_UI.predictLocked) : null}>{children}</TerminalLockContext>;
}

export function CourseProvider({ course, children }: { course: Course; children: ReactNode }) {
  return (
    <CourseContext value={course}>
      <Lock>{children}</Lock>
    </CourseContext>
  );
}

/** The lesson panel while a lesson is open, else whatever the sandbox shows there. */
export function LessonSide({ sandbox }: { sandbox: ReactNode }) {
  return useInLesson() ? <LessonPanel /> : sandbox;
}

// Lesson mode for the shell: the course by context, the terminal locked while a prediction
// waits, and the lesson panel in the sidebar's place. The panel and the course menu load on
// first use, so the sandbox's first load carries neither.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { LESSON_UI } from '../../lessons/ui-keys.ts';
import type { Course } from '../../store/course.ts';
import { TerminalLockContext } from '../terminal/lock.ts';
import { useT } from '../hooks/useT.ts';
import { CourseContext, useCourseState, useInLesson } from './context.ts';
import { LessonLoading } from './LessonLoading.tsx';

const LessonPanel = lazy(() => import('./LessonPanel.tsx').then((m) => ({ default: m.LessonPanel })));
const Menu = lazy(() => import('./CourseMenu.tsx').then((m) => ({ default: m.CourseMenu })));

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
  return useInLesson() ? (
    <Suspense fallback={<LessonLoading />}>
      <LessonPanel />
    </Suspense>
  ) : (
    sandbox
  );
}

/** The course menu, mounted the first time it opens. */
export function CourseMenu() {
  const open = useCourseState((s) => s.menuOpen);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <Menu />
    </Suspense>
  ) : null;
}

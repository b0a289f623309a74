// The page's course, handed down by context like the lab (tests and embeds build their own).
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Course, CourseState } from '../../store/course.ts';
import type { Selection } from '../../store/lab.ts';

export const CourseContext = createContext<Course | null>(null);

export function useCourse(): Course {
  const course = useContext(CourseContext);
  if (!course) throw new Error('StatefulSet Lab: a course view was rendered outside <CourseContext>');
  return course;
}

/** One slice of the course's state; use atomic selectors. */
export function useCourseState<T>(selector: (s: CourseState) => T): T {
  return useStore(useCourse().store, selector);
}

/** Whether a lesson is open (or opening). */
export function useInLesson(): boolean {
  return useCourseState((s) => s.status !== 'closed');
}

/** The current step's objects, for the picture's `highlight`. */
export function useLessonHighlights(): readonly Selection[] | undefined {
  const course = useCourse();
  const revision = useCourseState((s) => s.revision);
  const open = useCourseState((s) => s.status === 'open');
  // The run is mutable: `revision` says when its highlights may have changed.
  return useMemo(() => (open ? course.run()?.highlights() : undefined), [course, open, revision]);
}

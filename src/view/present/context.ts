// The classroom (src/embed/classroom.ts) handed down like the lab, so views work with any one.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Classroom, ClassroomState } from '../../embed/classroom.ts';

export const ClassroomContext = createContext<Classroom | null>(null);

export function useClassroom(): Classroom {
  const c = useContext(ClassroomContext);
  if (!c) throw new Error('StatefulSet Lab: a classroom view was rendered outside <ClassroomContext>');
  return c;
}

export function useClassroomState<T>(selector: (s: ClassroomState) => T): T {
  return useStore(useClassroom().store, selector);
}

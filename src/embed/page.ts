// The page's one classroom, around the page's one lab, from the page's URL.
import { lab } from '../app/lab.ts';
import { createClassroom } from './classroom.ts';
import { parseClassroomParams } from './params.ts';
import type { KeyValueStorage } from './storage.ts';

function localStore(): KeyValueStorage | undefined {
  try {
    // Sandboxed frames and some private modes throw on merely reading `localStorage`.
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export const classroom = createClassroom(
  lab,
  parseClassroomParams(typeof location === 'undefined' ? '' : location.search),
  {
    storage: localStore(),
    clearHash: () => history.replaceState(null, '', location.pathname + location.search),
  },
);

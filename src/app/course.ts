// The page's one course, bound to the page's lab; a `?lesson=…&step=…` link opens at that step.
import { createCourse } from '../store/course.ts';
import { lab } from './lab.ts';

export const course = createCourse(lab);

if (typeof location !== 'undefined') void course.openFromLink(location.search);

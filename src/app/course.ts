// The page's one course, bound to the page's lab; a `?lesson=…&step=…` link opens at that step.
import { createCourse } from '../store/course.ts';
import { lab } from './lab.ts';

export const course = createCourse(lab);

if (typeof location !== 'undefined') {
  // A link to a scenario (`?preset=`) came for that scenario: no invitation to the course then.
  if (new URLSearchParams(location.search).has('preset')) course.store.setState({ invite: false });
  void course.openFromLink(location.search);
}

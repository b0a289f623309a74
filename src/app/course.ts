// The page's one course, bound to the page's lab and kept in the classroom's storage namespace (an
// embed's progress stays its own); a `?lesson=…&step=…` link opens at that step.
import { classroom } from '../embed/page.ts';
import { createCourse } from '../store/course.ts';
import { lab } from './lab.ts';

export const course = createCourse(lab, {
  storage: classroom.storage,
  ...(classroom.namespace ? { namespace: classroom.namespace } : {}),
});
void classroom.attachCourse(course);

if (typeof location !== 'undefined') {
  // A link to a scenario (`?preset=`) or an embed came for what it shows: no invitation to the course then.
  const q = new URLSearchParams(location.search);
  if (q.has('preset') || classroom.params.embed) course.store.setState({ invite: false });
  void course.openFromLink(location.search);
}

// The English table of the app shell, loaded before the first paint; with the course's text
// (en-course.ts, loaded on demand) it is the source of truth for every message key (types.ts).
// Each part lives in strings/en/; a part added here must be added to zh-CN.ts too.
import { enUi } from './strings/en/ui.ts';
import { enRobust } from './strings/en/robust.ts';
import { enClassroom } from './strings/en/classroom.ts';
import { enLessonUi } from './strings/en/lesson-ui.ts';
import { enEditor } from './strings/en/editor.ts';
import { enApp } from './strings/en/app.ts';
import { enPanels } from './strings/en/panels.ts';
import { enInspector } from './strings/en/inspector.ts';
import { enPicture } from './strings/en/picture.ts';

export const en = {
  ...enUi,
  ...enRobust,
  ...enClassroom,
  ...enLessonUi,
  ...enEditor,
  ...enApp,
  ...enPanels,
  ...enInspector,
  ...enPicture,
} as const;

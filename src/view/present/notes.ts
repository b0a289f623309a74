// Speaker notes as text in the lab's language: a lesson step's title, text and what comes next,
// or, in the sandbox, the clock and the last command.
import { t, type Lang } from '../../i18n/index.ts';
import type { Lab } from '../../store/lab.ts';
import type { NotesPayload } from '../../embed/channel.ts';
import type { Stepper } from '../../embed/stepper.ts';
import { formatClock } from '../format.ts';

export function notesFor(lab: Lab, stepper: Stepper, lang: Lang, blanked: boolean): NotesPayload {
  const p = stepper.current();
  const n = stepper.kind === 'lesson' ? stepper.notes?.() : undefined;
  if (n) {
    const params = n.params ?? {};
    return {
      type: 'notes',
      title: t(lang, n.title, params),
      ...(n.text ? { text: t(lang, n.text, params) } : {}),
      next: n.next
        ? t(lang, 'classroom.notes.upNext', { title: t(lang, n.next, params) })
        : t(lang, 'classroom.notes.last'),
      ...(p.stepCount ? { position: t(lang, 'ui.lesson.stepOf', { n: p.step + 1, total: p.stepCount }) } : {}),
      blanked,
    };
  }
  const { cursor } = lab.store.getState();
  const last = lab
    .timeline()
    .entries.filter((e) => e.at <= cursor)
    .at(-1);
  const time = formatClock(cursor, true);
  return {
    type: 'notes',
    title: t(lang, 'classroom.sandbox.title'),
    text: last
      ? t(lang, 'classroom.sandbox.at', { time, command: last.line })
      : t(lang, 'classroom.sandbox.atStart', { time }),
    next: t(lang, 'classroom.notes.upNext', { title: t(lang, 'classroom.sandbox.next') }),
    position: time,
    blanked,
  };
}

// English: the lesson panel, the course menu and the first-visit invitation (src/view/lesson).
export const enLessonUi = {
  'ui.lesson.panel': 'Lesson',
  'ui.lesson.loading': 'Loading the lesson…',
  'ui.lesson.badLesson':
    'The link asks for a lesson called “{lesson}”, which the course does not have. Pick one below.',
  'ui.lesson.badStep':
    'The link asks for step “{step}”, which this lesson does not have (it has {total} steps). The lesson starts from step 1.',
  'ui.lesson.dismiss': 'Dismiss',
  'ui.lesson.menuTitle': 'The StatefulSet course',
  'ui.lesson.menuIntro':
    'Ten short lessons, no Kubernetes experience needed. Each runs on its own simulated cluster; the sandbox stays as you left it.',
  'ui.lesson.closeMenu': 'Close',
  'ui.lesson.sandbox': 'Free play (sandbox)',
  'ui.lesson.leave': 'Leave the lesson',
  'ui.lesson.progress.none': 'Not started',
  'ui.lesson.progress.started': 'In progress: step {n} of {total}',
  'ui.lesson.progress.finished': 'Done',
  'ui.lesson.progressForgotten': 'Your progress is forgotten.',
  'ui.lesson.invite': 'New to Kubernetes? Learn StatefulSets in ten short lessons, right here in the lab.',
  'ui.lesson.inviteStart': 'Start lesson 1',
  'ui.lesson.inviteBrowse': 'See all lessons',
  'ui.lesson.commandsToRun': 'This step runs:',
  'ui.lesson.commandsRan': 'Done: the output is in the terminal, and the picture shows the result.',
  'ui.lesson.tryCommand': 'Click the command to run it, or type it in the terminal:',
  'ui.lesson.yourPrediction': 'Your prediction',
  'ui.lesson.whatHappened': 'What happened',
  'ui.lesson.solution': 'Solution',
  'ui.lesson.watching':
    'The lab checks your goal whenever the cluster changes. Time here moves only when you press Play or Skip, or while a command waits (kubectl rollout status, kubectl wait). Check tells you what is still missing.',
  'ui.lesson.remember': 'Remember',
  'ui.lesson.completeText': 'You finished lesson {n}: {title}.',
  'ui.lesson.courseComplete': 'That was the last lesson of the course. Well done!',
  'ui.lesson.finish': 'Finish the lesson',
  'ui.lesson.highlighted': 'Highlighted in the picture: {objects}',
  'ui.lesson.stepStatus': 'This step: {status}',
} as const;

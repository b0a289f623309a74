// Presenter mode's keys for useShortcuts: step through the stepper, blank, full screen.
import { useCallback } from 'react';
import type { PresenterAction, PresenterKeys } from '../hooks/useShortcuts.ts';
import { useClassroom, useClassroomState } from './context.ts';

export function toggleFullscreen(): void {
  const done = () => undefined;
  if (document.fullscreenElement) document.exitFullscreen().catch(done);
  else document.documentElement.requestFullscreen?.().catch(done);
}

export function usePresenterKeys(): PresenterKeys {
  const classroom = useClassroom();
  const presenting = useClassroomState((s) => s.presenting);
  const run = useCallback(
    (action: PresenterAction) => {
      if (action === 'next') classroom.stepper.next();
      else if (action === 'previous') classroom.stepper.previous();
      else if (action === 'blank') classroom.toggleBlank();
      else toggleFullscreen();
    },
    [classroom],
  );
  return { presenting, run };
}

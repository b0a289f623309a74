// The one requestAnimationFrame loop: while playing it advances the lab by wall time at the
// chosen speed; while a skip plays as a time-lapse it moves the cursor along. It only runs
// while one of the two is going, so an idle page draws nothing.
import { useEffect } from 'react';
import type { Lab, LabState } from '../../store/lab.ts';

/** How long a time-lapse of `ms` virtual milliseconds lasts on screen. */
export function lapseDuration(ms: number): number {
  const seconds = Math.max(1, ms / 1000);
  return Math.min(1600, 450 + 160 * Math.log2(seconds));
}

const easeInOut = (x: number) => (x < 0.5 ? 2 * x * x : 1 - (-2 * x + 2) ** 2 / 2);

/** Longest wall-clock step the loop takes (after a background tab, say). */
const MAX_FRAME_MS = 100;

export function usePlaybackLoop(lab: Lab): void {
  useEffect(() => {
    let raf = 0;
    let last = 0;
    let lapseStart = 0;
    const busy = (s: LabState) => s.playing || s.fastForward !== null;

    const frame = (now: number) => {
      raf = 0;
      const s = lab.store.getState();
      if (s.fastForward) {
        if (!lapseStart) lapseStart = now;
        if (s.motion !== 'full') lab.finishFastForward();
        else
          lab.fastForwardTo(
            easeInOut(Math.min(1, (now - lapseStart) / lapseDuration(s.fastForward.to - s.fastForward.from))),
          );
      } else {
        lapseStart = 0;
        if (s.playing && last) lab.tick(Math.min(MAX_FRAME_MS, now - last));
      }
      last = now;
      if (busy(lab.store.getState())) raf = requestAnimationFrame(frame);
      else last = 0;
    };

    const wake = (s: LabState, prev: LabState) => {
      if (s.fastForward !== prev.fastForward) lapseStart = 0;
      if (busy(s) && !raf) raf = requestAnimationFrame(frame);
    };
    const unsubscribe = lab.store.subscribe(wake);
    if (busy(lab.store.getState())) raf = requestAnimationFrame(frame);
    return () => {
      unsubscribe();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [lab]);
}

// Keys for the time controls, on the whole page: Space (or K, or a presenter remote's ".") plays
// and pauses, ←/→ (or a clicker's PageUp/PageDown) step, Shift+→ skips to the next interesting
// moment. Keys typed into the terminal, a select or a widget with its own arrow keys stay theirs.
// In presenter mode a clicker drives the stepper (src/embed/stepper.ts): →, PageDown and Space go
// to the next step (a lesson's, or the sandbox's next change), ←, PageUp and Shift+Space back;
// `.` or B blank the screen (what a clicker's blank button sends), F toggles full screen.
import { useEffect } from 'react';
import type { Lab } from '../../store/lab.ts';

export type ShortcutAction = 'toggle' | 'back' | 'forward' | 'skip' | PresenterAction;
export type PresenterAction = 'next' | 'previous' | 'blank' | 'fullscreen';

/** What presenter mode adds: whether it is on, and what its keys do. */
export interface PresenterKeys {
  presenting: boolean;
  run: (action: PresenterAction) => void;
}

/** Elements whose own keys win: text entry, selects, and widgets that use arrows. */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="tab"], [role="radio"], [role="slider"]';
/** Elements that Space activates. */
const ACTIVATED_BY_SPACE = 'button, summary, a[href], [role="button"], input';
/** Scroll containers whose PageUp/PageDown scroll them. */
const SCROLLS = '[data-scrolls]';

export function shortcutFor(
  key: string,
  mods: { shift: boolean; ctrl: boolean; alt: boolean; meta: boolean },
  target: Element | null,
  presenting = false,
): ShortcutAction | undefined {
  if (mods.ctrl || mods.alt || mods.meta) return undefined;
  const inside = (sel: string) => !!target?.closest?.(sel);
  if (presenting) {
    const action = presenterKey(key, mods.shift, inside);
    if (action !== null) return action;
  }
  const scrubber = inside('[data-scrubber]');
  if (key === ' ' || key === 'k' || key === 'K' || key === '.') {
    if (key === ' ' && inside(ACTIVATED_BY_SPACE) && !scrubber) return undefined;
    if (inside(OWN_KEYS) && !scrubber) return undefined;
    return 'toggle';
  }
  if (inside(OWN_KEYS)) return undefined;
  switch (key) {
    case 'ArrowRight':
      return mods.shift ? 'skip' : 'forward';
    case 'ArrowLeft':
      return 'back';
    case 'PageDown':
      return inside(SCROLLS) ? undefined : 'forward';
    case 'PageUp':
      return inside(SCROLLS) ? undefined : 'back';
    default:
      return undefined;
  }
}

/** A presenter key's action; `null` when the key isn't one (then the usual keys apply). */
function presenterKey(
  key: string,
  shift: boolean,
  inside: (sel: string) => boolean,
): ShortcutAction | undefined | null {
  const own = inside(OWN_KEYS) && !inside('[data-scrubber]');
  switch (key) {
    case ' ':
      if (own || inside(ACTIVATED_BY_SPACE)) return undefined;
      return shift ? 'previous' : 'next';
    // A clicker sends PageUp/PageDown and is not a scrolling device: in presenter mode they step
    // even when focus sits in a scrolling panel (stepping moves focus into the lesson's).
    case 'ArrowRight':
    case 'PageDown':
      if (own) return undefined;
      return shift ? 'skip' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      if (own) return undefined;
      return 'previous';
    case '.':
    case 'b':
    case 'B':
      return own ? undefined : 'blank';
    case 'f':
    case 'F':
      return own ? undefined : 'fullscreen';
    default:
      return null;
  }
}

export function useShortcuts(lab: Lab, skip: () => void, presenter?: PresenterKeys): void {
  const presenting = presenter?.presenting ?? false;
  const runPresenter = presenter?.run;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action = shortcutFor(
        e.key,
        { shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey },
        e.target instanceof Element ? e.target : null,
        presenting,
      );
      if (!action) return;
      e.preventDefault();
      if (action === 'next' || action === 'previous' || action === 'blank' || action === 'fullscreen')
        runPresenter?.(action);
      else if (action === 'toggle') lab.togglePlay();
      else if (action === 'back') lab.stepBack();
      else if (action === 'forward') lab.stepAhead();
      else skip();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lab, skip, presenting, runPresenter]);
}

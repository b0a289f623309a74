// Keys for the time controls, on the whole page: Space (or K, or a presenter remote's ".") plays
// and pauses, ←/→ (or a clicker's PageUp/PageDown) step, Shift+→ skips to the next interesting
// moment. Keys typed into the terminal, a select or a widget with its own arrow keys stay theirs.
import { useEffect } from 'react';
import type { Lab } from '../../store/lab.ts';

export type ShortcutAction = 'toggle' | 'back' | 'forward' | 'skip';

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
): ShortcutAction | undefined {
  if (mods.ctrl || mods.alt || mods.meta) return undefined;
  const inside = (sel: string) => !!target?.closest?.(sel);
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

export function useShortcuts(lab: Lab, skip: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const action = shortcutFor(
        e.key,
        { shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey },
        e.target instanceof Element ? e.target : null,
      );
      if (!action) return;
      e.preventDefault();
      if (action === 'toggle') lab.togglePlay();
      else if (action === 'back') lab.stepBack();
      else if (action === 'forward') lab.stepAhead();
      else skip();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lab, skip]);
}

// Keyboard activation for SVG buttons: Enter or Space acts like a click.
import type { KeyboardEvent } from 'react';

export function onActivate(action: () => void) {
  return (e: KeyboardEvent<SVGElement>) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
      e.preventDefault();
      action();
    }
  };
}

/** Shortens `text` to at most `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

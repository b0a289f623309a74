// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shortcutFor } from './useShortcuts.ts';

const none = { shift: false, ctrl: false, alt: false, meta: false };

function el(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('keyboard shortcuts', () => {
  it('plays, steps and skips from the page', () => {
    const body = document.body;
    expect(shortcutFor(' ', none, body)).toBe('toggle');
    expect(shortcutFor('.', none, body)).toBe('toggle');
    expect(shortcutFor('ArrowRight', none, body)).toBe('forward');
    expect(shortcutFor('ArrowRight', { ...none, shift: true }, body)).toBe('skip');
    expect(shortcutFor('ArrowLeft', none, body)).toBe('back');
    expect(shortcutFor('PageDown', none, body)).toBe('forward');
    expect(shortcutFor('ArrowRight', { ...none, ctrl: true }, body)).toBeUndefined();
  });

  it('leaves the terminal, selects and buttons their own keys', () => {
    const input = el('<form><input type="text" id="t"></form>', '#t');
    expect(shortcutFor(' ', none, input)).toBeUndefined();
    expect(shortcutFor('ArrowLeft', none, input)).toBeUndefined();
    const button = el('<button id="b">Delete</button>', '#b');
    expect(shortcutFor(' ', none, button)).toBeUndefined();
    expect(shortcutFor('ArrowRight', none, button)).toBe('forward');
    const select = el('<select id="s"><option>1</option></select>', '#s');
    expect(shortcutFor('ArrowRight', none, select)).toBeUndefined();
    const scroll = el('<div data-scrolls tabindex="0"><p id="p">x</p></div>', '#p');
    expect(shortcutFor('PageDown', none, scroll)).toBeUndefined();
  });

  it('lets Space play from the scrubber, whose arrows seek', () => {
    const range = el('<div data-scrubber><input type="range" id="r"></div>', '#r');
    expect(shortcutFor(' ', none, range)).toBe('toggle');
    expect(shortcutFor('ArrowRight', none, range)).toBeUndefined();
  });
});

// @vitest-environment jsdom
// Presenter keys (useShortcuts with presenter mode on) and the presenter window's messages.
import { describe, expect, it } from 'vitest';
import { parseNotes, parseRequest } from '../../embed/channel.ts';
import { shortcutFor } from '../hooks/useShortcuts.ts';

const none = { shift: false, ctrl: false, alt: false, meta: false };
const shift = { ...none, shift: true };

function el(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('presenter keys', () => {
  it('a clicker steps, blanks and goes full screen', () => {
    const body = document.body;
    for (const k of ['PageDown', 'ArrowRight', ' ']) expect(shortcutFor(k, none, body, true)).toBe('next');
    for (const k of ['PageUp', 'ArrowLeft']) expect(shortcutFor(k, none, body, true)).toBe('previous');
    expect(shortcutFor(' ', shift, body, true)).toBe('previous');
    for (const k of ['.', 'b', 'B']) expect(shortcutFor(k, none, body, true)).toBe('blank');
    for (const k of ['f', 'F']) expect(shortcutFor(k, none, body, true)).toBe('fullscreen');
    expect(shortcutFor('k', none, body, true)).toBe('toggle');
    expect(shortcutFor('ArrowRight', shift, body, true)).toBe('skip');
  });

  it('outside presenter mode the usual keys hold', () => {
    const body = document.body;
    expect(shortcutFor(' ', none, body)).toBe('toggle');
    expect(shortcutFor('.', none, body)).toBe('toggle');
    expect(shortcutFor('PageDown', none, body)).toBe('forward');
    expect(shortcutFor('b', none, body)).toBeUndefined();
    expect(shortcutFor('f', none, body)).toBeUndefined();
  });

  it('keys typed into the terminal stay there', () => {
    const input = el('<form><input type="text" id="t"></form>', '#t');
    for (const k of ['b', 'f', '.', ' ', 'ArrowLeft', 'ArrowRight', 'PageDown'])
      expect(shortcutFor(k, none, input, true)).toBeUndefined();
    const button = el('<button id="b">Share</button>', '#b');
    expect(shortcutFor(' ', none, button, true)).toBeUndefined();
    expect(shortcutFor('PageDown', none, button, true)).toBe('next');
    // A clicker's PageDown steps even from inside a scrolling panel (outside presenter mode it scrolls).
    const scroller = el('<div data-scrolls><p id="p">x</p></div>', '#p');
    expect(shortcutFor('PageDown', none, scroller, true)).toBe('next');
    expect(shortcutFor('PageUp', none, scroller, true)).toBe('previous');
    expect(shortcutFor('PageDown', none, scroller, false)).toBeUndefined();
    expect(shortcutFor('ArrowRight', { ...none, ctrl: true }, document.body, true)).toBeUndefined();
  });
});

describe('presenter window messages', () => {
  it('are checked by shape', () => {
    expect(parseNotes({ type: 'notes', title: 'Sandbox', blanked: false, text: 'At 0:00' })).toEqual({
      type: 'notes',
      title: 'Sandbox',
      blanked: false,
      text: 'At 0:00',
    });
    expect(parseNotes({ type: 'notes', title: 3, blanked: false })).toBeUndefined();
    expect(parseNotes({ type: 'notes', title: 'x', blanked: false, next: {} })).toBeUndefined();
    expect(parseNotes(null)).toBeUndefined();
    expect(parseRequest({ type: 'do', action: 'next' })).toEqual({ type: 'do', action: 'next' });
    expect(parseRequest({ type: 'do', action: 'rm -rf' })).toBeUndefined();
    expect(parseRequest({ type: 'hello' })).toEqual({ type: 'hello' });
  });
});

import { describe, expect, it } from 'vitest';
import { deckActionFor, slideIndexAfter, type DeckKey, type KeyTarget } from './deck-keys';

const press = (key: string, extra: Partial<DeckKey> = {}): DeckKey => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: 'slide',
  ...extra,
});
const kind = (key: string, extra: Partial<DeckKey> = {}) => deckActionFor(press(key, extra))?.kind ?? null;

describe('deckActionFor', () => {
  it('moves forward with →, PageDown and Space, back with ←, PageUp and Shift+Space', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => kind(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => kind(k))).toEqual(['previous', 'previous']);
    expect(kind(' ', { shiftKey: true })).toBe('previous');
  });

  it('jumps with Home and End, and F5 restarts instead of reloading', () => {
    expect(kind('Home')).toBe('first');
    expect(kind('End')).toBe('last');
    expect(kind('F5')).toBe('first');
  });

  it('goes to slide n with the number keys, 0 being the tenth', () => {
    expect(deckActionFor(press('1'))).toEqual({ kind: 'go', index: 0 });
    expect(deckActionFor(press('9'))).toEqual({ kind: 'go', index: 8 });
    expect(deckActionFor(press('0'))).toEqual({ kind: 'go', index: 9 });
  });

  it('toggles the sliders with S and leaves with Esc', () => {
    expect(kind('s')).toBe('toggle-sliders');
    expect(kind('S', { shiftKey: true })).toBe('toggle-sliders');
    expect(kind('Escape')).toBe('exit');
  });

  it('opens the list of slides to reorder, show or hide with A', () => {
    expect(kind('a')).toBe('toggle-arrange');
    expect(kind('A', { shiftKey: true })).toBe('toggle-arrange');
  });

  it('leaves every key but Esc to a focused slider or field', () => {
    const inField = { target: 'field' as KeyTarget };
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'Home', ' ', '5', 's']) {
      expect(kind(key, inField), key).toBeNull();
    }
    expect(kind('Escape', inField)).toBe('exit');
  });

  it('lets Space press a focused button, while the arrows still change slides', () => {
    expect(kind(' ', { target: 'button' })).toBeNull();
    expect(kind('ArrowRight', { target: 'button' })).toBe('next');
  });

  it('leaves chords and other keys to the browser', () => {
    expect(kind('ArrowRight', { altKey: true })).toBeNull();
    expect(kind('1', { ctrlKey: true })).toBeNull();
    expect(kind('Escape', { metaKey: true })).toBeNull();
    expect(kind('x')).toBeNull();
    expect(kind('Enter')).toBeNull();
  });
});

describe('slideIndexAfter', () => {
  it('stops at both ends instead of wrapping', () => {
    expect(slideIndexAfter(10, 11, { kind: 'next' })).toBe(10);
    expect(slideIndexAfter(0, 11, { kind: 'previous' })).toBe(0);
    expect(slideIndexAfter(4, 11, { kind: 'next' })).toBe(5);
    expect(slideIndexAfter(4, 11, { kind: 'previous' })).toBe(3);
  });

  it('jumps to the first and last slides', () => {
    expect(slideIndexAfter(4, 11, { kind: 'first' })).toBe(0);
    expect(slideIndexAfter(4, 11, { kind: 'last' })).toBe(10);
  });

  it('clamps a number key past the end to the last slide', () => {
    expect(slideIndexAfter(0, 11, { kind: 'go', index: 9 })).toBe(9);
    expect(slideIndexAfter(0, 5, { kind: 'go', index: 9 })).toBe(4);
  });

  it('stays at 0 in an empty deck', () => {
    expect(slideIndexAfter(0, 0, { kind: 'next' })).toBe(0);
  });
});

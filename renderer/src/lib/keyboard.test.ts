import { describe, expect, it } from 'vitest';
import { resolveShortcut, shortcutFor, type KeyLike } from './keyboard';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetIsEditable: false,
  ...extra,
});

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(key(']'))).toBe('next-service');
    expect(shortcutFor(key('j'))).toBe('next-service');
    expect(shortcutFor(key('['))).toBe('previous-service');
    expect(shortcutFor(key('/'))).toBe('focus-search');
    expect(shortcutFor(key('g'))).toBe('go-catalog');
    expect(shortcutFor(key('ArrowDown', { altKey: true }))).toBe('next-service');
  });

  it('never steals a key typed into a field', () => {
    expect(shortcutFor(key(']', { targetIsEditable: true }))).toBeNull();
    expect(shortcutFor(key('/', { targetIsEditable: true }))).toBeNull();
  });

  it('saves with Ctrl/Cmd+S and saves as with Shift, even from a field', () => {
    expect(shortcutFor(key('s', { ctrlKey: true, targetIsEditable: true }))).toBe('save-profile');
    expect(shortcutFor(key('S', { metaKey: true, shiftKey: true }))).toBe('save-profile-as');
  });

  it('leaves other Ctrl/Cmd chords to the browser and the menus', () => {
    expect(shortcutFor(key(']', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('j', { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('s', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('runs the menu commands from their chords, in a field too', () => {
    const chords: [KeyLike, string][] = [
      [key('k', { ctrlKey: true, targetIsEditable: true }), 'command-palette'],
      [key('K', { metaKey: true }), 'command-palette'],
      [key('n', { ctrlKey: true }), 'new-profile'],
      [key('o', { metaKey: true }), 'open-profile'],
      [key('e', { ctrlKey: true }), 'export-diagram'],
      [key('E', { ctrlKey: true, shiftKey: true }), 'export-all'],
      [key('C', { ctrlKey: true, shiftKey: true }), 'copy-diagram'],
      [key('b', { metaKey: true }), 'toggle-sliders'],
    ];
    for (const [event, action] of chords) expect(shortcutFor(event), action).toBe(action);
  });

  it('marks which keys are command accelerators, so the desktop menu can own them', () => {
    expect(resolveShortcut(key('s', { ctrlKey: true }))).toEqual({ action: 'save-profile', isAccelerator: true });
    expect(resolveShortcut(key('ArrowDown', { altKey: true }))).toEqual({
      action: 'next-service',
      isAccelerator: true,
    });
    expect(resolveShortcut(key(']'))).toEqual({ action: 'next-service', isAccelerator: false });
  });

  it('F5 starts the presentation, even from a field, while Ctrl/Alt+F5 stay the browser’s', () => {
    expect(shortcutFor(key('F5'))).toBe('present');
    expect(shortcutFor(key('F5', { targetIsEditable: true }))).toBe('present');
    expect(shortcutFor(key('F5', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('F5', { altKey: true }))).toBeNull();
  });

  it('Alt+arrows work even in a field, so search results can be stepped through', () => {
    expect(shortcutFor(key('ArrowUp', { altKey: true, targetIsEditable: true }))).toBe('previous-service');
  });
});

import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './keyboard';

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
    expect(shortcutFor(key('k', { metaKey: true }))).toBeNull();
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

import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS } from '../../../../electron/common/commands';
import { formatAccelerator, matchesAccelerator, platformOf } from './shortcut-text';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('formatAccelerator', () => {
  it('writes shortcuts with Apple’s symbols and order on macOS', () => {
    expect(formatAccelerator('CmdOrCtrl+K', 'mac')).toBe('⌘K');
    expect(formatAccelerator('CmdOrCtrl+Shift+S', 'mac')).toBe('⇧⌘S');
    expect(formatAccelerator('Alt+Down', 'mac')).toBe('⌥↓');
    expect(formatAccelerator('F5', 'mac')).toBe('F5');
  });

  it('writes them with words elsewhere', () => {
    expect(formatAccelerator('CmdOrCtrl+K', 'other')).toBe('Ctrl+K');
    expect(formatAccelerator('CmdOrCtrl+Shift+C', 'other')).toBe('Ctrl+Shift+C');
    expect(formatAccelerator('Alt+Up', 'other')).toBe('Alt+↑');
  });
});

describe('matchesAccelerator', () => {
  it('takes Ctrl or Cmd for CmdOrCtrl, and letters in either case', () => {
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { ctrl: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', press('S', { meta: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Shift+S', press('S', { ctrl: true, shift: true }))).toBe(true);
  });

  it('wants exactly the modifiers written', () => {
    expect(matchesAccelerator('CmdOrCtrl+S', press('S', { ctrl: true, shift: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+S', press('s'))).toBe(false);
    expect(matchesAccelerator('F5', press('F5', { ctrl: true }))).toBe(false);
    expect(matchesAccelerator('Alt+Down', press('ArrowDown', { alt: true }))).toBe(true);
  });

  it('every command accelerator is one a key press can match', () => {
    for (const id of COMMAND_IDS) {
      const accelerator = COMMANDS[id].accelerator;
      if (!accelerator) continue;
      const key = accelerator.split('+').at(-1)!;
      const event = press(
        key === 'Down' ? 'ArrowDown' : key === 'Up' ? 'ArrowUp' : key.length === 1 ? key.toLowerCase() : key,
        {
          ctrl: accelerator.includes('CmdOrCtrl'),
          shift: accelerator.includes('Shift'),
          alt: accelerator.includes('Alt'),
        },
      );
      expect(matchesAccelerator(accelerator, event), id).toBe(true);
    }
  });
});

describe('platformOf', () => {
  it('reads the platform from userAgentData, else navigator.platform', () => {
    expect(platformOf({ userAgentData: { platform: 'macOS' } })).toBe('mac');
    expect(platformOf({ platform: 'MacIntel' })).toBe('mac');
    expect(platformOf({ platform: 'Linux x86_64' })).toBe('other');
    expect(platformOf({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe('other');
  });
});

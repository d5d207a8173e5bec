/**
 * Electron accelerators (`CmdOrCtrl+Shift+S`) as the renderer needs them:
 * written the way each platform writes shortcuts, and matched against key
 * presses. Pure, so both are unit-tested.
 */

export type KeyPlatform = 'mac' | 'other';

interface Chord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const KEY_NAMES: Record<string, string> = { Down: 'ArrowDown', Up: 'ArrowUp', Left: 'ArrowLeft', Right: 'ArrowRight' };
const ARROWS: Record<string, string> = { Down: '↓', Up: '↑', Left: '←', Right: '→' };

function parse(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = parts.at(-1)!;
  const modifiers = new Set(parts.slice(0, -1));
  return {
    mod: modifiers.has('CmdOrCtrl') || modifiers.has('CommandOrControl'),
    shift: modifiers.has('Shift'),
    alt: modifiers.has('Alt') || modifiers.has('Option'),
    key,
  };
}

/** `⇧⌘S` on macOS (modifiers in Apple's order), `Ctrl+Shift+S` elsewhere. */
export function formatAccelerator(accelerator: string, platform: KeyPlatform): string {
  const chord = parse(accelerator);
  if (platform === 'mac') {
    const key = ARROWS[chord.key] ?? chord.key.toUpperCase();
    return `${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.mod ? '⌘' : ''}${key}`;
  }
  const key = ARROWS[chord.key] ?? chord.key.toUpperCase();
  return [chord.mod && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

export interface ChordKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Ctrl or Cmd stands for CmdOrCtrl on every platform, as the app's Ctrl/Cmd+S always has. */
export function matchesAccelerator(accelerator: string, event: ChordKey): boolean {
  const chord = parse(accelerator);
  if (chord.mod !== (event.ctrlKey || event.metaKey)) return false;
  if (chord.alt !== event.altKey || chord.shift !== (event.shiftKey ?? false)) return false;
  const wanted = KEY_NAMES[chord.key] ?? chord.key;
  return wanted.length === 1 ? event.key.toLowerCase() === wanted.toLowerCase() : event.key === wanted;
}

export function platformOf(navigatorLike: { platform?: string; userAgentData?: { platform?: string } }): KeyPlatform {
  const name = navigatorLike.userAgentData?.platform || navigatorLike.platform || '';
  return /mac/i.test(name) ? 'mac' : 'other';
}

import { COMMAND_IDS, COMMANDS, type CommandId } from '../../../electron/common/commands';
import { matchesAccelerator } from './commands/shortcut-text';

/** A command of the menu and palette, or one of the page's own keys. */
export type ShortcutAction = CommandId | 'focus-search' | 'go-catalog' | 'go-costs';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element that has focus: typing in a field must never navigate. */
  targetIsEditable: boolean;
}

export interface Shortcut {
  action: ShortcutAction;
  /** Pressed as a command's accelerator, which the desktop menu has too (see keyOwner). */
  isAccelerator: boolean;
}

/**
 * The app's global keys. Commands' accelerators (Ctrl/Cmd chords, Alt+↑/↓,
 * F5) work even from a field; single keys only when not typing. Pure, so
 * the table below is what is tested and documented.
 */
export function resolveShortcut(event: KeyLike): Shortcut | null {
  const command = COMMAND_IDS.find((id) => {
    const accelerator = COMMANDS[id].accelerator;
    return accelerator !== undefined && matchesAccelerator(accelerator, event);
  });
  if (command) return { action: command, isAccelerator: true };
  if (event.ctrlKey || event.metaKey || event.altKey || event.targetIsEditable) return null;
  const action = PAGE_KEYS[event.key];
  return action ? { action, isAccelerator: false } : null;
}

const PAGE_KEYS: Record<string, ShortcutAction> = {
  ']': 'next-service',
  j: 'next-service',
  '[': 'previous-service',
  k: 'previous-service',
  '/': 'focus-search',
  g: 'go-catalog',
  c: 'go-costs',
};

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  return resolveShortcut(event)?.action ?? null;
}

export const SHORTCUT_HELP: readonly { keys: string; action: string }[] = [
  { keys: '] or j, Alt+↓', action: 'Next service' },
  { keys: '[ or k, Alt+↑', action: 'Previous service' },
  { keys: '/', action: 'Focus the search box' },
  { keys: 'g', action: 'Back to the catalog' },
  { keys: 'c', action: 'Costs: sliders, breakdown and break-even' },
  { keys: 'Ctrl/Cmd+K', action: 'Command palette: every command, with its shortcut' },
  { keys: 'Ctrl/Cmd+N', action: 'New profile' },
  { keys: 'Ctrl/Cmd+O', action: 'Open a profile (the profiles list)' },
  { keys: 'Ctrl/Cmd+S', action: 'Save the profile' },
  { keys: 'Ctrl/Cmd+Shift+S', action: 'Save the profile as…' },
  { keys: 'Ctrl/Cmd+E', action: 'Export the diagram as PNG' },
  { keys: 'Ctrl/Cmd+Shift+C', action: 'Copy the diagram as PNG' },
  { keys: 'Ctrl/Cmd+Shift+E', action: 'Export all diagrams…' },
  { keys: 'Ctrl/Cmd+B', action: 'Show or hide the sliders (Costs page, presentation)' },
  { keys: 'F5', action: 'Present: full-screen slides (Esc leaves)' },
];

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

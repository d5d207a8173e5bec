export type ShortcutAction =
  | 'next-service'
  | 'previous-service'
  | 'focus-search'
  | 'go-catalog'
  | 'go-costs'
  | 'save-profile'
  | 'save-profile-as'
  | 'present';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element that has focus: typing in a field must never navigate. */
  targetIsEditable: boolean;
}

/** The app's global keys. Pure, so the table below is what is tested and documented. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey) {
    if (event.key.toLowerCase() === 's' && !event.altKey) return event.shiftKey ? 'save-profile-as' : 'save-profile';
    return null;
  }
  if (event.altKey) {
    if (event.key === 'ArrowDown') return 'next-service';
    if (event.key === 'ArrowUp') return 'previous-service';
    return null;
  }
  // Not typing, so it works from a field too; and it must not reload the app.
  if (event.key === 'F5') return 'present';
  if (event.targetIsEditable) return null;
  switch (event.key) {
    case ']':
    case 'j':
      return 'next-service';
    case '[':
    case 'k':
      return 'previous-service';
    case '/':
      return 'focus-search';
    case 'g':
      return 'go-catalog';
    case 'c':
      return 'go-costs';
    default:
      return null;
  }
}

export const SHORTCUT_HELP: readonly { keys: string; action: string }[] = [
  { keys: '] or j, Alt+↓', action: 'Next service' },
  { keys: '[ or k, Alt+↑', action: 'Previous service' },
  { keys: '/', action: 'Focus the search box' },
  { keys: 'g', action: 'Back to the catalog' },
  { keys: 'c', action: 'Costs: sliders, breakdown and break-even' },
  { keys: 'Ctrl/Cmd+S', action: 'Save the profile' },
  { keys: 'Ctrl/Cmd+Shift+S', action: 'Save the profile as…' },
  { keys: 'F5', action: 'Present: full-screen slides (Esc leaves)' },
];

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

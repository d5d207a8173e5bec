import { isEditableTarget } from '../keyboard';

export type NavigationAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  /** Zero-based; past the end means the last slide. */
  | { kind: 'go'; index: number };

export type DeckAction = NavigationAction | { kind: 'toggle-sliders' } | { kind: 'toggle-arrange' } | { kind: 'exit' };

/**
 * Where the key was pressed. A field (a slider, a typed value) owns every key
 * but Esc; a button owns Space, which presses it.
 */
export type KeyTarget = 'slide' | 'button' | 'field';

export interface DeckKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: KeyTarget;
}

const NEXT = { kind: 'next' } as const;
const PREVIOUS = { kind: 'previous' } as const;
const FIRST = { kind: 'first' } as const;

/** The presenter's keys, as in slide software; pure, so the table is what the tests read. */
export function deckActionFor(event: DeckKey): DeckAction | null {
  // Chords belong to the browser and the app menus.
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Escape') return { kind: 'exit' };
  if (event.target === 'field') return null;
  if (/^[0-9]$/.test(event.key)) {
    const digit = Number(event.key);
    return { kind: 'go', index: digit === 0 ? 9 : digit - 1 };
  }
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return NEXT;
    case 'ArrowLeft':
    case 'PageUp':
      return PREVIOUS;
    case ' ':
      if (event.target === 'button') return null;
      return event.shiftKey ? PREVIOUS : NEXT;
    // F5 again restarts, as in slide software, instead of reloading the app under the deck.
    case 'Home':
    case 'F5':
      return FIRST;
    case 'End':
      return { kind: 'last' };
    case 's':
    case 'S':
      return { kind: 'toggle-sliders' };
    case 'a':
    case 'A':
      return { kind: 'toggle-arrange' };
    default:
      return null;
  }
}

/** The slide an action lands on, always inside the deck. */
export function slideIndexAfter(current: number, count: number, action: NavigationAction): number {
  if (count <= 0) return 0;
  const last = count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  switch (action.kind) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'go':
      return clamp(action.index);
  }
}

export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (isEditableTarget(target)) return 'field';
  if (target instanceof Element && target.closest('button, a[href], summary, [role="button"]')) return 'button';
  return 'slide';
}

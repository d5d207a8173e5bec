import { getContext, setContext } from 'svelte';

/**
 * Whether the diagrams under a component are out of sight though laid out on
 * the page: the deck's neighbour slides, drawn (hidden) beside the one shown
 * so that → only reveals them. An IntersectionObserver cannot tell: a hidden
 * slide occupies the same box as the shown one.
 */
const OFFSTAGE = Symbol('offstage');

/** Called while a component initialises: the diagrams inside it ask `isOffstage` (read reactively). */
export function provideOffstage(isOffstage: () => boolean): void {
  setContext(OFFSTAGE, isOffstage);
}

/** Called while a diagram initialises: on a page with no deck around it, never offstage. */
export function offstageOf(): () => boolean {
  return getContext<(() => boolean) | undefined>(OFFSTAGE) ?? (() => false);
}

import type { Route } from './routes';

/**
 * Which page component a route shows. Two routes with the same identity keep
 * the page mounted (a comparison's other services, the kept Costs page); a
 * new identity replaces the page's DOM. Service pages are keyed by service.
 */
export function pageIdentity(route: Route): string {
  if (route.name === 'service') return `service:${route.id}`;
  if (route.name === 'diagram') return 'diagrams';
  return route.name;
}

interface FocusScope {
  contains(node: unknown): boolean;
}

interface Focusable {
  blur(): void;
}

/**
 * Blurs the focused element when the page it sits in is about to be replaced.
 * Chromium spends 3–6 ms removing a subtree that holds focus (measured on the
 * catalog → service click with the catalog's heading focused, as keyboard
 * users always have it after a navigation), in the click's own frame; a blur
 * first costs 0.1–0.3 ms and the removal then 0.2 ms. Focus goes where it went
 * anyway: the body, then the new page's heading.
 */
export function releaseFocusLeaving(
  previous: Route,
  next: Route,
  page: FocusScope,
  focused: (Focusable & object) | null,
): boolean {
  if (!focused || pageIdentity(previous) === pageIdentity(next) || !page.contains(focused)) return false;
  focused.blur();
  return true;
}

import { parseRoute, type Route } from './routes';

/** What of a click or a press decides whether the app routes it (a mouse or pointer event). */
export interface LinkEvent {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

interface Closest {
  closest(selector: string): { getAttribute(name: string): string | null } | null;
}

const hasClosest = (target: unknown): target is Closest =>
  typeof (target as Partial<Closest> | null)?.closest === 'function';

/**
 * The route a plain primary-button click (or press) on an in-app link (`#/…`) opens; null for
 * other buttons, a modifier key (new tab or window: the browser's to handle) or no such link.
 * The router routes by it, and a press builds a service page ahead by it (build-ahead.ts).
 */
export function inAppRouteOf(event: LinkEvent): Route | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  return inAppRouteAt(event.target);
}

/** The route of the in-app link (`#/…`) that is or holds the target; null when there is none. */
export function inAppRouteAt(target: EventTarget | null): Route | null {
  const anchor = hasClosest(target) ? target.closest('a[href^="#/"]') : null;
  return anchor ? parseRoute(anchor.getAttribute('href') ?? '#/') : null;
}

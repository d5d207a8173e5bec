import type { ServiceId } from '../../../electron/common/compute-options';
import { parseRoute } from './routes';

/** What of a `pointerdown` decides whether it opens a service page. */
export interface PressEvent {
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

/** The service a plain primary-button press on an in-app link would open; null for anything else. */
export function serviceAhead(event: PressEvent): ServiceId | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = hasClosest(event.target) ? event.target.closest('a[href^="#/"]') : null;
  if (!anchor) return null;
  const route = parseRoute(anchor.getAttribute('href') ?? '');
  return route.name === 'service' ? route.id : null;
}

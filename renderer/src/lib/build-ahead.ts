import type { ServiceId } from '../../../electron/common/compute-options';
import { inAppRouteAt, inAppRouteOf, type LinkEvent } from './in-app-link';
import type { Route } from './routes';

/** What of a `pointerdown` decides whether it opens a service page. */
export type PressEvent = LinkEvent;

/** What of a `focusin` decides whether Enter would open a service page. */
export interface FocusArrival {
  target: EventTarget | null;
  /** Focus came from the keyboard (`:focus-visible`): Tab, or a script after a key. */
  keyboard: boolean;
}

const serviceOf = (route: Route | null): ServiceId | null => (route?.name === 'service' ? route.id : null);

/** The service a plain primary-button press on an in-app link would open; null for anything else. */
export function servicePressedAhead(event: PressEvent): ServiceId | null {
  return serviceOf(inAppRouteOf(event));
}

/**
 * The service a link focused from the keyboard would open on Enter; null for anything else. A
 * mouse's focus is left to the press, which comes first and lasts only as long as the button.
 */
export function serviceFocusedAhead(focus: FocusArrival): ServiceId | null {
  return focus.keyboard ? serviceOf(inAppRouteAt(focus.target)) : null;
}

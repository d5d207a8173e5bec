import type { ServiceId } from '../../../electron/common/compute-options';
import { inAppRouteAt, inAppRouteOf, type LinkEvent } from './in-app-link';
import type { Route } from './routes';

/** What of a `focusin` decides whether Enter would open a service page. */
export interface FocusArrival {
  target: EventTarget | null;
  /** Focus came from the keyboard (`:focus-visible`): Tab, or a script after a key. */
  keyboard: boolean;
}

const serviceOf = (route: Route | null): ServiceId | null => (route?.name === 'service' ? route.id : null);

/** The service a plain primary-button press on an in-app link would open; null for anything else. */
export function servicePressedAhead(event: LinkEvent): ServiceId | null {
  return serviceOf(inAppRouteOf(event));
}

/**
 * The service a link focused from the keyboard would open on Enter; null for anything else. A
 * mouse's focus is left to the press, which comes first and lasts only as long as the button.
 */
export function serviceFocusedAhead(focus: FocusArrival): ServiceId | null {
  return focus.keyboard ? serviceOf(inAppRouteAt(focus.target)) : null;
}

/**
 * The service pages to have built, in document order: the one shown (if a service page is), then
 * the one a link is about to open. On a service page only a press builds ahead: a press lasts
 * 50–150 ms, while a focus may rest on a link for long, and two service pages can show the same
 * option's diagram (the same words and test ids, one of them hidden). The page shown stays first,
 * so the one built ahead, once shown, is not moved (a moved element is styled and laid out anew).
 */
export function serviceSlots(shown: Route, pressed: ServiceId | null, focused: ServiceId | null): ServiceId[] {
  const current = serviceOf(shown);
  const ahead = pressed ?? (current === null ? focused : null);
  return [...new Set([current, ahead])].filter((id) => id !== null);
}

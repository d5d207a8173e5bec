import type { ServiceId } from '../../../electron/common/compute-options';
import { inAppRouteOf, type LinkEvent } from './in-app-link';

/** What of a `pointerdown` decides whether it opens a service page. */
export type PressEvent = LinkEvent;

/** The service a plain primary-button press on an in-app link would open; null for anything else. */
export function serviceAhead(event: PressEvent): ServiceId | null {
  const route = inAppRouteOf(event);
  return route?.name === 'service' ? route.id : null;
}

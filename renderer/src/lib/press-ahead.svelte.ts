import type { ServiceId } from '../../../electron/common/compute-options';
import { serviceAhead, type PressEvent } from './press-ahead';

/**
 * The service page a mouse press on a link points at, while the button is down. App.svelte builds
 * that page then, hidden but laid out, so the click that follows only shows it. A user holds the
 * button for 50–150 ms; building and laying out a service page took most of the click's own frame
 * on these machines (issue 15, docs/performance.md). Keys, modified clicks and other buttons keep
 * the old path: the page is built on the click.
 */
class PressAhead {
  serviceId = $state<ServiceId | null>(null);

  press(event: PressEvent): void {
    this.serviceId = serviceAhead(event);
  }

  /** The button went up (the click, if any, has been handled) or the press became a drag or a scroll. */
  release(): void {
    this.serviceId = null;
  }
}

export const pressAhead = new PressAhead();

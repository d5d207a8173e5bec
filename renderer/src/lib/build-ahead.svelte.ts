import type { ServiceId } from '../../../electron/common/compute-options';
import { serviceFocusedAhead, servicePressedAhead } from './build-ahead';
import type { LinkEvent } from './in-app-link';

/**
 * How long keyboard focus rests on a link before its page is built: a deliberate Tab, then Enter,
 * takes longer; Tab held down (a repeat every ~33 ms) passes links without building each one.
 */
const FOCUS_REST_MS = 100;

/**
 * The service page a link is about to open, before its click: the link a mouse button is down on,
 * or the link keyboard focus rests on (which of them counts where: `serviceSlots` in
 * build-ahead.ts). App.svelte builds that page then, hidden but laid out, so
 * the click (the button's release, or Enter) only shows it. Building and laying out a service page
 * took most of the click's own frame on these machines (issue 15, docs/performance.md); a user
 * holds the button 50–150 ms, and a keyboard user's Enter comes well after the Tab. Modified
 * clicks, other buttons and clicks with no warning (a script's, a shortcut's) build on the click.
 */
class BuildAhead {
  #pressed = $state<ServiceId | null>(null);
  #focused = $state<ServiceId | null>(null);
  #focusRest: ReturnType<typeof setTimeout> | undefined;

  /** The service of the link a mouse button is down on. */
  get pressed(): ServiceId | null {
    return this.#pressed;
  }

  /** The service of the link keyboard focus has rested on. */
  get focused(): ServiceId | null {
    return this.#focused;
  }

  press(event: LinkEvent): void {
    this.#pressed = servicePressedAhead(event);
  }

  /** The button went up (the click, if any, has been handled) or the press became a drag or a scroll. */
  release(): void {
    this.#pressed = null;
  }

  focus(event: FocusEvent): void {
    this.blur();
    const target = event.target;
    const serviceId = serviceFocusedAhead({
      target,
      keyboard: target instanceof Element && target.matches(':focus-visible'),
    });
    if (serviceId !== null) this.#focusRest = setTimeout(() => (this.#focused = serviceId), FOCUS_REST_MS);
  }

  /** Focus left the link: after Enter, the route holds the page it opened; else the page goes. */
  blur(): void {
    clearTimeout(this.#focusRest);
    this.#focused = null;
  }
}

export const buildAhead = new BuildAhead();

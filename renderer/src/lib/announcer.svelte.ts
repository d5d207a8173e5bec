/**
 * One polite live region for the whole app. Screen readers hear what changed,
 * and e2e tests wait on the same words instead of on timers.
 */
class Announcer {
  message = $state('');

  say(message: string): void {
    this.message = message;
  }

  /**
   * Says it only while the element can be seen: a picture drawn behind what is on
   * screen (the deck's next slide, kept hidden) must not talk over what the user is on.
   * Returns whether it was said.
   */
  sayIfSeen(element: Element | undefined, message: string): boolean {
    if (!element?.checkVisibility({ visibilityProperty: true })) return false;
    this.say(message);
    return true;
  }
}

export const announcer = new Announcer();

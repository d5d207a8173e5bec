/**
 * One polite live region for the whole app. Screen readers hear what changed,
 * and e2e tests wait on the same words instead of on timers.
 */
class Announcer {
  message = $state('');

  say(message: string): void {
    this.message = message;
  }
}

export const announcer = new Announcer();

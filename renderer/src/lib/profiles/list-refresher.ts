/**
 * When the profiles list is fetched again, and when it need not be. With 10,000 profiles a list
 * is a 2.4 MB answer that takes the page ~100 ms to check and show, so a needless one is a
 * visible hitch (the profiles page scrolled at 53–58 frames/s while the lists its opens had asked
 * for kept arriving).
 *
 * - Asked for while a list is on its way, a refresh does not start a second beside it: one more
 *   follows it, shared by everyone who asked meanwhile (the one on its way may predate what they
 *   just changed).
 * - The profiles page, when shown, asks `refreshUnlessCurrent()`: nothing is fetched while the
 *   change follower's poll waits above the very counter the list was fetched at (or the list on
 *   its way was asked at: it waits for that one), since any change since would have answered
 *   that poll. When no poll waits (not started, the host restarting) it fetches, as before.
 */
export class ListRefresher {
  private inFlight: Promise<void> | null = null;
  private inFlightAskedAt: number | null = null;
  private next: Promise<void> | null = null;
  /** The change counter the follower's poll waits above; while it waits, the host's counter is this. */
  private waitingAbove: number | null = null;
  /** The counter known when the list shown was asked for (null: unknown). */
  private listedAt: number | null = null;

  constructor(private readonly load: () => Promise<void>) {}

  refresh(): Promise<void> {
    if (!this.inFlight) return this.start();
    this.next ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  refreshUnlessCurrent(): Promise<void> {
    const known = this.waitingAbove;
    if (known !== null && this.inFlight && this.inFlightAskedAt === known) return this.inFlight;
    if (known !== null && !this.inFlight && this.listedAt === known) return Promise.resolve();
    return this.refresh();
  }

  /** The change follower: its poll now waits above `counter`, or (null) none waits. */
  polling(counter: number | null): void {
    this.waitingAbove = counter;
  }

  private start(): Promise<void> {
    const askedAt = this.waitingAbove;
    const loading = this.load().then(() => {
      this.listedAt = askedAt;
    });
    this.inFlight = loading;
    this.inFlightAskedAt = askedAt;
    const settle = (): void => {
      if (this.inFlight === loading) this.inFlight = null;
    };
    loading.then(settle, settle);
    return loading;
  }
}

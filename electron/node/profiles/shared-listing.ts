/**
 * Listings of the profiles folder that callers share, so 10,000 files are not read twice at once.
 *
 * - A listing asked for while another is under way, with no change signalled since that one
 *   began, waits for it instead of scanning beside it (at a launch the app, its change follower
 *   and the profiles page each ask for the list within a few hundred milliseconds).
 * - `warmUp()` starts a listing at launch, while the window loads; its result is kept for the
 *   first listing asked for after it (the page's), again only if nothing changed since it began.
 *
 * A change is anything that bumps the store's counter: its own writes, at once, and the folder
 * watcher's events. Otherwise every listing reads the folder afresh, as before.
 */
export interface SharedListing<T> {
  take(): Promise<T>;
  warmUp(): void;
  /** Settles once no listing is under way (the store is closing). */
  idle(): Promise<void>;
}

interface Listing<T> {
  counter: number;
  result: Promise<T>;
  underWay: boolean;
  /** Kept, once done, for the next caller: the warm-up's, until someone has it. */
  keep: boolean;
}

export function createSharedListing<T>(scan: () => Promise<T>, changeCounter: () => number): SharedListing<T> {
  let latest: Listing<T> | null = null;

  function start(keep: boolean): Listing<T> {
    const listing: Listing<T> = { counter: changeCounter(), result: scan(), underWay: true, keep };
    latest = listing;
    const done = (): void => {
      listing.underWay = false;
      if (!listing.keep && latest === listing) latest = null;
    };
    listing.result.then(done, () => {
      // A failed listing is never handed on.
      listing.keep = false;
      done();
    });
    return listing;
  }

  return {
    take() {
      const listing = latest;
      if (listing && listing.counter === changeCounter() && (listing.underWay || listing.keep)) {
        listing.keep = false;
        if (!listing.underWay) latest = null;
        return listing.result;
      }
      return start(false).result;
    },
    warmUp() {
      if (!latest) start(true);
    },
    async idle() {
      await latest?.result.catch(() => undefined);
    },
  };
}

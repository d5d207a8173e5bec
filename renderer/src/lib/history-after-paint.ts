import { afterNextPaint } from './after-next-paint';

/** What the history writer uses of the window (the tests pass their own). */
export interface HistoryHost {
  history: Pick<History, 'pushState'>;
  location: Pick<Location, 'hash'>;
  afterNextPaint(callback: () => void): () => void;
}

/**
 * Writes an in-app navigation's history entry once the new page is painted,
 * not in the frame that shows it: in Chromium a same-document navigation
 * costs the main thread 1–3.5 ms (autofill reads the page's form controls on
 * each), a quarter of a page change's frame (issue 15, docs/performance.md).
 * The address lags the page by one frame; Back, Forward and a typed address
 * still see every entry, in order.
 */
export class HistoryAfterPaint {
  #pending: string[] = [];
  #cancel: (() => void) | null = null;

  constructor(
    private readonly host: HistoryHost = { history: window.history, location: window.location, afterNextPaint },
  ) {}

  /** The address once the entries not yet written are. */
  get href(): string {
    return this.#pending.at(-1) ?? this.host.location.hash;
  }

  push(href: string): void {
    if (href === this.href) return;
    this.#pending.push(href);
    this.#cancel ??= this.host.afterNextPaint(() => this.#write());
  }

  /** The user moved through history themselves (Back, Forward, a typed address): theirs wins. */
  drop(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#pending = [];
  }

  #write(): void {
    this.#cancel = null;
    for (const href of this.#pending.splice(0)) {
      if (href !== this.host.location.hash) this.host.history.pushState(null, '', href);
    }
  }
}

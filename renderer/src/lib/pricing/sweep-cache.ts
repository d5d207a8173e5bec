import type { Workload } from '../../../../electron/common/pricing';

/**
 * The break-even sweep prices every option at request rates of its own, so
 * the rate the user picked plays no part in it: moving the requests slider
 * only moves the "your workload" marker. The key is the workload without it.
 */
export function sweepKey(workload: Workload): string {
  return JSON.stringify({ ...workload, requestsPerMonth: 0 });
}

/** A reply worth keeping: anything but one the worker dropped as overtaken. */
export type SweepReply = { status: string };

/**
 * The last few sweeps asked for, by everything but the request rate, so
 * dragging the requests slider never re-runs the sweep, and going back to a
 * workload seen a moment ago (undo, a slider moved and back) reuses its
 * curves. A reply that failed or was superseded is forgotten, so the next
 * ask tries again.
 */
export class SweepCache<Reply extends SweepReply> {
  private readonly replies = new Map<string, Promise<Reply>>();

  constructor(
    private readonly ask: (workload: Workload) => Promise<Reply>,
    private readonly capacity = 8,
  ) {}

  get(workload: Workload): Promise<Reply> {
    const key = sweepKey(workload);
    const cached = this.replies.get(key);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.replies.delete(key);
      this.replies.set(key, cached);
      return cached;
    }
    const reply = this.ask(workload);
    this.replies.set(key, reply);
    if (this.replies.size > this.capacity) this.replies.delete(this.replies.keys().next().value as string);
    reply.then(
      (answer) => {
        if (answer.status !== 'done') this.forget(key, reply);
      },
      () => this.forget(key, reply),
    );
    return reply;
  }

  /** Prices changed under the curves (a book was imported or updated), or the worker restarted. */
  clear(): void {
    this.replies.clear();
  }

  private forget(key: string, reply: Promise<Reply>): void {
    if (this.replies.get(key) === reply) this.replies.delete(key);
  }
}

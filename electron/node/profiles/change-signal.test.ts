import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeSignal } from './change-signal';

/**
 * The renderer's long poll for profile changes ("anything after N?"). The
 * clock is the test's: a poll's timeout passes only when the test moves it,
 * so "answered at once" means answered before any time has passed.
 */

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets every promise callback that is ready run (setImmediate is not faked). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Follows a poll: `answer` is undefined until it has been answered. */
function follow(poll: Promise<number>): { readonly answer: number | undefined } {
  let answer: number | undefined;
  void poll.then((counter) => (answer = counter));
  return {
    get answer() {
      return answer;
    },
  };
}

describe('answering a poll', () => {
  it('answers at once, with the counter now, when something changed after the counter the poll holds', async () => {
    const signal = createChangeSignal();
    signal.bump();
    signal.bump();
    const poll = follow(signal.waitForChange(0, 60_000));
    await settled();
    expect(poll.answer).toBe(2);
    const older = follow(signal.waitForChange(-1, 60_000));
    await settled();
    expect(older.answer).toBe(2);
  });

  it('answers a counter that is not a number (NaN, ±Infinity) at once with the counter now', async () => {
    const signal = createChangeSignal();
    signal.bump();
    const polls = [NaN, Infinity, -Infinity].map((since) => follow(signal.waitForChange(since, 60_000)));
    await settled();
    expect(polls.map((poll) => poll.answer)).toEqual([1, 1, 1]);
  });

  it('holds a poll that is up to date until the next change, then answers every waiting poll with the new counter', async () => {
    const signal = createChangeSignal();
    signal.bump();
    const first = follow(signal.waitForChange(1, 60_000));
    const second = follow(signal.waitForChange(1, 30_000));
    await settled();
    expect([first.answer, second.answer]).toEqual([undefined, undefined]);
    signal.bump();
    await settled();
    expect([first.answer, second.answer]).toEqual([2, 2]);
    expect(signal.current).toBe(2);
  });

  it('answers a poll with nothing new with the same counter once its timeout has passed, not before', async () => {
    const signal = createChangeSignal();
    const poll = follow(signal.waitForChange(0, 5_000));
    vi.advanceTimersByTime(4_999);
    await settled();
    expect(poll.answer).toBeUndefined();
    vi.advanceTimersByTime(1);
    await settled();
    expect(poll.answer).toBe(0);
  });

  it('waits at most a minute, and answers a negative or non-number timeout at the next turn', async () => {
    const signal = createChangeSignal();
    const long = follow(signal.waitForChange(0, 3_600_000));
    const quick = [-5, NaN, Infinity].map((timeoutMs) => follow(signal.waitForChange(0, timeoutMs)));
    await settled();
    expect(quick.map((poll) => poll.answer)).toEqual([undefined, undefined, undefined]);
    vi.advanceTimersByTime(0);
    await settled();
    expect(quick.map((poll) => poll.answer)).toEqual([0, 0, 0]);
    vi.advanceTimersByTime(59_999);
    await settled();
    expect(long.answer).toBeUndefined();
    vi.advanceTimersByTime(1);
    await settled();
    expect(long.answer).toBe(0);
  });

  it('answers every waiting poll at once when the store closes, and leaves no timer behind', async () => {
    const signal = createChangeSignal();
    const polls = [follow(signal.waitForChange(0, 60_000)), follow(signal.waitForChange(0, 10_000))];
    expect(vi.getTimerCount()).toBe(2);
    signal.releaseAll();
    await settled();
    expect(polls.map((poll) => poll.answer)).toEqual([0, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Shared by the tests of the idle-time layout pass (what pauses it, what lets
 * it carry on): a stand-in for Mermaid that records which diagrams were laid
 * out, and an idle time that comes only when the test says so.
 */

/** The option ids laid out so far in this test, in order. */
export const drawn: string[] = [];

/**
 * The render-diagram module as these tests see it: a layout records its id and
 * is never cached. Each test file mocks `render-diagram` with it itself, since
 * `vi.mock` is hoisted per file:
 * `vi.mock('./render-diagram', async () => (await import('./testing/idle-pass-harness')).recordingRenderDiagram)`.
 */
export const recordingRenderDiagram = {
  renderDiagram: async (id: string) => {
    drawn.push(id);
    return { svg: '<svg/>', cached: false };
  },
  cachedDiagram: () => undefined,
};

let idle = new Map<number, () => void>();
let lastHandle = 0;

/**
 * Before each test: nothing drawn, and `requestIdleCallback` queues its
 * callback for `pageGoesIdle`. With `fakeTimers`, the test's timers run on a
 * fake clock, faked before the stub goes in: faked after, the clock would
 * replace the stub with an idle callback of its own.
 */
export function idlePassForEachTest({ fakeTimers = false } = {}): void {
  beforeEach(() => {
    if (fakeTimers) vi.useFakeTimers();
    drawn.length = 0;
    idle = new Map();
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idle.set(++lastHandle, callback);
      return lastHandle;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
  });
  afterEach(() => {
    if (fakeTimers) vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** One idle period: the callbacks queued so far run, then a turn of the timers (the fake clock's, when faked). */
export async function oneIdlePeriod(): Promise<void> {
  const due = [...idle.values()];
  idle.clear();
  for (const callback of due) callback();
  if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0);
  else await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Idle callbacks run when the test says the page is idle: ten idle periods,
 * so a pass that queues its next step gets it.
 */
export async function pageGoesIdle(): Promise<void> {
  for (let round = 0; round < 10; round++) await oneIdlePeriod();
}

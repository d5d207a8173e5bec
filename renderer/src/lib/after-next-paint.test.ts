import { describe, expect, it } from 'vitest';
import { afterNextPaint, type FrameHost } from './after-next-paint';

/** A display whose frames and timers run when the test says so, in the order a browser would. */
function fakeDisplay() {
  let nextHandle = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { callback: () => void; ms: number }>();
  const host: FrameHost = {
    requestAnimationFrame: (callback) => (frames.set(nextHandle, callback), nextHandle++),
    cancelAnimationFrame: (handle) => void frames.delete(handle),
    setTimeout: (callback, ms = 0) => (timers.set(nextHandle, { callback, ms }), nextHandle++) as never,
    clearTimeout: (handle) => void timers.delete(handle as unknown as number),
  };
  return {
    host,
    /** A frame: its animation callbacks, then (style, layout, paint) the tasks of 0 ms they posted. */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback();
    },
    /** Zero-delay tasks only: what runs between two frames. */
    tasks() {
      for (const [handle, timer] of [...timers]) {
        if (timer.ms > 0) continue;
        timers.delete(handle);
        timer.callback();
      }
    },
    /** Every timer, as when the fallback's time has passed. */
    allTimers() {
      for (const [handle, timer] of [...timers]) {
        timers.delete(handle);
        timer.callback();
      }
    },
    pending: () => frames.size + timers.size,
  };
}

describe('afterNextPaint', () => {
  it('runs after the next frame, not before it', () => {
    const display = fakeDisplay();
    const runs: string[] = [];
    afterNextPaint(() => runs.push('rest'), 100, display.host);
    display.tasks();
    expect(runs).toEqual([]);
    display.frame();
    expect(runs).toEqual([]);
    display.tasks();
    expect(runs).toEqual(['rest']);
    expect(display.pending()).toBe(0);
  });

  it('runs once, after its fallback, in a window that draws no frames, and not again when one comes', () => {
    const display = fakeDisplay();
    let runs = 0;
    afterNextPaint(() => runs++, 100, display.host);
    display.allTimers();
    expect(runs).toBe(1);
    display.frame();
    display.allTimers();
    expect(runs).toBe(1);
    expect(display.pending()).toBe(0);
  });

  it('never runs once cancelled', () => {
    const display = fakeDisplay();
    let runs = 0;
    const cancel = afterNextPaint(() => runs++, 100, display.host);
    display.frame();
    cancel();
    display.allTimers();
    expect(runs).toBe(0);
    expect(display.pending()).toBe(0);
  });
});

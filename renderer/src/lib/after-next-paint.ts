/** What `afterNextPaint` uses of the window (the tests pass their own). */
export interface FrameHost {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  setTimeout(callback: () => void, ms?: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout> | undefined): void;
}

/**
 * Runs `callback` once the next frame has been painted: in a task posted from that frame's
 * animation callbacks, which Chromium runs after the frame's style, layout, paint and commit,
 * so what the callback changes is drawn in the frame after. A window that draws no frames
 * (hidden, minimised) still runs it, after `fallbackMs`. Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100, host: FrameHost = window): () => void {
  let settled = false;
  let posted: ReturnType<typeof setTimeout> | undefined;
  const frame = host.requestAnimationFrame(() => {
    posted = host.setTimeout(run);
  });
  const fallback = host.setTimeout(run, fallbackMs);
  function stop(): void {
    settled = true;
    host.cancelAnimationFrame(frame);
    host.clearTimeout(posted);
    host.clearTimeout(fallback);
  }
  function run(): void {
    if (settled) return;
    stop();
    callback();
  }
  return stop;
}

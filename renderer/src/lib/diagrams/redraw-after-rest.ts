import { holdIdleLayouts } from './layout-hold';
import { WORKLOAD_SETTLE_MS } from './workload-settle';

/**
 * Asks for a diagram's redraw once the workload has rested and the page is
 * idle (or `idleWaitMs` has passed), so a re-layout never takes a slider's
 * frame. A picture on screen also holds background layouts until it has asked:
 * the drag's own hold goes in the same idle time, and a warm-up released first
 * would be laid out before the picture the user is looking at.
 * Returns the cancel, which lets go of the hold as well.
 */
export function redrawAfterRest(
  draw: () => void,
  { idleWaitMs, onScreen, settleMs = WORKLOAD_SETTLE_MS }: { idleWaitMs: number; onScreen: boolean; settleMs?: number },
): () => void {
  const release = onScreen ? holdIdleLayouts() : () => undefined;
  let idle: number | undefined;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(
      () => {
        idle = undefined;
        // Asked first, then released: the queue takes the visible job before any held one.
        draw();
        release();
      },
      { timeout: idleWaitMs },
    );
  }, settleMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    release();
  };
}

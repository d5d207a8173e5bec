import { holdIdleLayouts } from './idle-layouts';

/** A changed workload counts as rested once no slider has moved for this long. */
export const WORKLOAD_SETTLE_MS = 250;

/**
 * Returns what to call on every change of the workload: background layouts
 * (a few hundred ms of main thread each, the warm-ups of every option's and
 * the report's pictures) wait while the changes keep coming — a slider being
 * dragged — and carry on once the workload has rested, so none of them takes
 * the frames of a move. The hold goes in the first idle time after the rest,
 * not at the rest itself: a diagram on screen asks for its redraw at the rest
 * (see DiagramView), and so gets its layout before any background one.
 */
export function holdLayoutsWhileChanging(settleMs = WORKLOAD_SETTLE_MS): () => void {
  let release: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  return () => {
    release ??= holdIdleLayouts();
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    idle = undefined;
    timer = setTimeout(() => {
      idle = requestIdleCallback(() => {
        idle = undefined;
        release?.();
        release = null;
      });
    }, settleMs);
  };
}

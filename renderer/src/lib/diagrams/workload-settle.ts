import { holdIdleLayouts } from './idle-layouts';

/** A changed workload counts as rested once no slider has moved for this long. */
export const WORKLOAD_SETTLE_MS = 250;

/**
 * Returns what to call on every change of the workload: background layouts
 * (a few hundred ms of main thread each, the warm-ups of every option's and
 * the report's pictures) wait while the changes keep coming — a slider being
 * dragged — and carry on once the workload has rested, so none of them takes
 * the frames of a move.
 */
export function holdLayoutsWhileChanging(settleMs = WORKLOAD_SETTLE_MS): () => void {
  let release: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    release ??= holdIdleLayouts();
    clearTimeout(timer);
    timer = setTimeout(() => {
      release?.();
      release = null;
    }, settleMs);
  };
}

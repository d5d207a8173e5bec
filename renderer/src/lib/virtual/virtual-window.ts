/**
 * Which rows of a long list to put in the DOM: the ones on screen plus a few
 * either side, so 10,000 profiles cost as much to lay out as a screenful.
 * The rows not rendered are stood in for by padding of their estimated
 * height, so the scrollbar and the scroll position stay true.
 */
export interface WindowInput {
  count: number;
  /** Distance from one row's top to the next one's (height + gap), in px. */
  rowPitch: number;
  /** The list's top edge relative to the top of the viewport (negative once scrolled past). */
  listTop: number;
  viewportHeight: number;
  /** Rows rendered beyond each edge, so Tab and a fast wheel find the next row already there. */
  overscan: number;
}

export interface RowWindow {
  start: number;
  /** One past the last row rendered. */
  end: number;
  paddingBefore: number;
  paddingAfter: number;
}

/** Lists this short are rendered whole: nothing to gain, and every row stays findable by the page's own search. */
export const RENDER_ALL_BELOW = 200;

export function rowWindow({ count, rowPitch, listTop, viewportHeight, overscan }: WindowInput): RowWindow {
  if (count < RENDER_ALL_BELOW || !(rowPitch > 0)) return { start: 0, end: count, paddingBefore: 0, paddingAfter: 0 };
  const firstOnScreen = Math.floor(Math.max(0, -listTop) / rowPitch);
  const onScreen = Math.ceil(Math.max(0, viewportHeight) / rowPitch) + 1;
  const start = clamp(firstOnScreen - overscan, 0, count);
  const end = clamp(firstOnScreen + onScreen + overscan, start, count);
  return { start, end, paddingBefore: start * rowPitch, paddingAfter: (count - end) * rowPitch };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

import { describe, expect, it } from 'vitest';
import { RENDER_ALL_BELOW, rowWindow } from './virtual-window';

// 10,000 rows of 60 px (52 px + an 8 px gap) in an 800-px window.
const long = { count: 10_000, rowPitch: 60, viewportHeight: 800, overscan: 5 };

describe('virtual list window', () => {
  it('renders a screenful and a few rows either side, not 10,000', () => {
    const top = rowWindow({ ...long, listTop: 200 });
    // 800 / 60 → 14 rows on screen (+1 partly), 5 below; none above the first.
    expect(top).toEqual({ start: 0, end: 20, paddingBefore: 0, paddingAfter: 9_980 * 60 });
  });

  it('follows the scroll position and keeps the scroll height of every row', () => {
    // Scrolled 300,000 px past the list's top: row 5,000 is the first on screen.
    const middle = rowWindow({ ...long, listTop: -300_000 });
    expect(middle.start).toBe(4_995);
    expect(middle.end).toBe(5_020);
    expect(middle.paddingBefore + (middle.end - middle.start) * 60 + middle.paddingAfter).toBe(10_000 * 60);
  });

  it('stops at the last row', () => {
    const bottom = rowWindow({ ...long, listTop: -10_000 * 60 + 400 });
    expect(bottom.end).toBe(10_000);
    expect(bottom.paddingAfter).toBe(0);
  });

  it('renders a short list whole', () => {
    const count = RENDER_ALL_BELOW - 1;
    expect(rowWindow({ ...long, count, listTop: -5_000 })).toEqual({
      start: 0,
      end: count,
      paddingBefore: 0,
      paddingAfter: 0,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_SIDE_PX, planPngSize, sizingSuffix } from './export-size';

const diagram = { width: 1024.53125, height: 693 };

describe('planPngSize', () => {
  it('multiplies the natural size by the scale, rounding to whole pixels', () => {
    expect(planPngSize(diagram, { kind: 'scale', scale: 1 })).toEqual({ ok: true, width: 1025, height: 693, scale: 1 });
    expect(planPngSize(diagram, { kind: 'scale', scale: 2 })).toEqual({
      ok: true,
      width: 2049,
      height: 1386,
      scale: 2,
    });
    expect(planPngSize(diagram, { kind: 'scale', scale: 4 })).toMatchObject({ width: 4098, height: 2772 });
  });

  it('fits a target width exactly and keeps the aspect ratio', () => {
    const plan = planPngSize(diagram, { kind: 'width', widthPx: 1600 });
    expect(plan).toMatchObject({ ok: true, width: 1600, height: Math.round((693 * 1600) / 1024.53125) });
  });

  it('refuses a size over the cap and says how big it would have been', () => {
    const plan = planPngSize({ width: 5000, height: 1000 }, { kind: 'scale', scale: 4 });
    expect(plan).toEqual({
      ok: false,
      message: 'This PNG would be 20,000 × 4,000 px; the limit is 16,384 px a side. Choose a smaller scale.',
    });
  });

  it('accepts exactly the cap and refuses one pixel more', () => {
    expect(planPngSize({ width: 100, height: 50 }, { kind: 'width', widthPx: MAX_SIDE_PX }).ok).toBe(true);
    const over = planPngSize({ width: 100, height: 50 }, { kind: 'width', widthPx: MAX_SIDE_PX + 1 });
    expect(over).toMatchObject({ ok: false, message: expect.stringContaining('Choose a smaller width.') });
  });

  it('checks the height too: a tall diagram can exceed the cap at a modest width', () => {
    expect(planPngSize({ width: 100, height: 2000 }, { kind: 'width', widthPx: 1000 }).ok).toBe(false);
  });

  it('refuses widths that are not whole positive pixels, and empty diagrams', () => {
    for (const widthPx of [0, -5, 12.5, Number.NaN]) {
      expect(planPngSize(diagram, { kind: 'width', widthPx }).ok).toBe(false);
    }
    expect(planPngSize({ width: 0, height: 0 }, { kind: 'scale', scale: 2 }).ok).toBe(false);
  });
});

describe('sizingSuffix', () => {
  it('names the scale or the width', () => {
    expect(sizingSuffix({ kind: 'scale', scale: 3 })).toBe('@3x');
    expect(sizingSuffix({ kind: 'width', widthPx: 1600 })).toBe('-1600px');
  });
});

import { describe, expect, it } from 'vitest';
import { fitStage, STAGE } from './stage-fit';

describe('fitStage', () => {
  it('shows the stage 1:1 in a 1920×1080 window', () => {
    expect(fitStage({ width: 1920, height: 1080 })).toEqual({ scale: 1, left: 0, top: 0 });
  });

  it('letterboxes a taller window: full width, bars above and below', () => {
    const fit = fitStage({ width: 1280, height: 1024 });
    expect(fit.scale).toBeCloseTo(1280 / 1920);
    expect(fit.left).toBe(0);
    expect(fit.top).toBeCloseTo((1024 - 720) / 2);
  });

  it('pillarboxes a wider window: full height, bars left and right', () => {
    const fit = fitStage({ width: 2560, height: 1080 });
    expect(fit.scale).toBe(1);
    expect(fit.left).toBe((2560 - STAGE.width) / 2);
    expect(fit.top).toBe(0);
  });

  it('draws nothing until the window has been measured', () => {
    expect(fitStage({ width: 0, height: 800 }).scale).toBe(0);
  });
});

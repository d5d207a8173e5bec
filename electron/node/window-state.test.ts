import { describe, expect, it } from 'vitest';
import { fitToDisplays } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('fitToDisplays', () => {
  it('keeps a remembered position that is still on a display', () => {
    expect(fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop, external])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('drops the position when its monitor was unplugged, so the OS centres it', () => {
    expect(fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800, maximized: true }, [laptop])).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('shrinks a window larger than every display', () => {
    expect(fitToDisplays({ width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({
      width: 1440,
      height: 900,
      maximized: false,
    });
  });
});

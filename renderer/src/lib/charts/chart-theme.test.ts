import { describe, expect, it } from 'vitest';
import { COMPUTE_OPTION_IDS } from '../../../../electron/common/compute-options';
import { seriesStyle } from './chart-theme';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** --bg and --surface of the light and the dark theme in styles/app.css (Vitest blanks CSS imports). */
const THEME_BACKGROUNDS = ['#ffffff', '#f8f9fa', '#0f141a', '#171d25'];

describe('series palette', () => {
  it('gives every option its own colour', () => {
    const colours = COMPUTE_OPTION_IDS.map((id) => seriesStyle(id).color.toLowerCase());
    expect(new Set(colours).size).toBe(COMPUTE_OPTION_IDS.length);
  });

  it('keeps an option’s style whichever chart asks first, so a bar and its line always match', () => {
    const stylesAskedInOrder = (ids: readonly (typeof COMPUTE_OPTION_IDS)[number][]) =>
      Object.fromEntries(ids.map((id) => [id, seriesStyle(id)]));
    const forwards = stylesAskedInOrder(COMPUTE_OPTION_IDS);
    const backwards = stylesAskedInOrder([...COMPUTE_OPTION_IDS].reverse());
    expect(backwards).toEqual(forwards);
  });

  it('dashes ECS on EC2, which costs what EC2 costs, so both lines stay visible', () => {
    expect(seriesStyle('ecs-ec2').dash).not.toBeNull();
    expect(seriesStyle('ec2').dash).toBeNull();
  });

  it('stays readable (3:1) on the light and the dark theme', () => {
    for (const id of COMPUTE_OPTION_IDS) {
      for (const bg of THEME_BACKGROUNDS)
        expect(contrast(seriesStyle(id).color, bg), `${id} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
});

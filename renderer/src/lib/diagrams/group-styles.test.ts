import { describe, expect, it } from 'vitest';
import { diagramPalette } from './group-styles';

/** WCAG 2.x relative luminance and contrast ratio, from the definition (not from the code under test). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(['light', 'dark'] as const)('diagram colours in the %s theme', (theme) => {
  const palette = diagramPalette(theme);
  const fills = Object.values(palette.groups)
    .map((style) => style.fill)
    .filter((fill) => fill !== 'none');
  const grounds = [...palette.backgrounds, ...fills];

  it('group titles read at 4.5:1 or more on the diagram and on every tinted group', () => {
    for (const [kind, style] of Object.entries(palette.groups)) {
      for (const ground of grounds)
        expect(contrast(style.text, ground), `${kind} on ${ground}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('node labels and the largest-cost mark read at 4.5:1 or more wherever a node can sit', () => {
    for (const ground of grounds) {
      expect(contrast(palette.text, ground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(palette.largestCost, ground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps AWS’s own border colours for the network groups', () => {
    expect(palette.groups.region.stroke).toBe('#00A4A6');
    expect(palette.groups.vpc.stroke).toBe('#8C4FFF');
    expect(palette.groups['auto-scaling-group']).toMatchObject({ stroke: '#ED7100', dash: '8 4' });
    expect(palette.groups['public-subnet'].stroke).toBe('#7AA116');
  });
});

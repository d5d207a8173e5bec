import { describe, expect, it } from 'vitest';
import { fitDiagram, parseViewBox } from './diagram-fit';
import { MIN_TEXT_PX } from './slide-geometry';

// Drawn sizes of the catalog's diagrams, as Mermaid lays them out with the bundled font.
const CATALOG_DIAGRAMS = {
  lambda: { width: 1000, height: 334 },
  ec2: { width: 1189, height: 338 },
  'ecs-ec2': { width: 1025, height: 693 },
  fargate: { width: 1085, height: 425 },
  'eks-ec2': { width: 988, height: 771 },
  'eks-fargate': { width: 944, height: 581 },
  batch: { width: 1304, height: 454 },
  lightsail: { width: 838, height: 348 },
};
const MERMAID_LABEL_PX = 16;

describe('parseViewBox', () => {
  it('reads the width and height of the root svg, negative origin and all', () => {
    const svg =
      '<svg id="d1" width="100%" style="max-width: 999.95px;" viewBox="-8 -8 999.953125 334" role="img"><g/></svg>';
    expect(parseViewBox(svg)).toEqual({ width: 999.953125, height: 334 });
  });

  it('returns null for an svg without a usable viewBox', () => {
    expect(parseViewBox('<svg width="10"></svg>')).toBeNull();
    expect(parseViewBox('<svg viewBox="0 0 0 10"></svg>')).toBeNull();
  });
});

describe('fitDiagram', () => {
  it('puts wide diagrams above a row of facts and tall ones beside a column', () => {
    expect(fitDiagram(CATALOG_DIAGRAMS.batch).layout).toBe('wide');
    expect(fitDiagram(CATALOG_DIAGRAMS['eks-ec2']).layout).toBe('tall');
  });

  it('draws every catalog diagram large enough that its labels read at 18 px or more', () => {
    for (const [id, size] of Object.entries(CATALOG_DIAGRAMS)) {
      expect(fitDiagram(size).scale * MERMAID_LABEL_PX, id).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    }
  });

  it('defaults to the tall layout before the size is known', () => {
    expect(fitDiagram(null)).toEqual({ layout: 'tall', scale: 1 });
  });
});

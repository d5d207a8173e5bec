import { describe, expect, it } from 'vitest';
import { paletteFor } from './export-palette';
import { atPixelSize, buildSvgDocument, measureDocument, type DocumentParts } from './svg-document';
import { rootTag } from './svg-markup';
import { MERMAID_LIKE_SVG } from './svg-fixture.test-helper';
import { assertWellFormedXml } from './well-formed-xml.test-helper';

const FONT_CSS =
  "@font-face{font-family:'Inter';font-weight:400;src:url(data:font/woff2;base64,d09GMgABAAAA) format('woff2');}";

const parts: DocumentParts = {
  diagramSvg: MERMAID_LIKE_SVG,
  heading: 'Web servers & load balancer — $12.00 a month',
  footerLines: ['Untitled workload · us-east-1 · prices as of 2025-06-01', 'Compute Explorer 1.2.3'],
  palette: paletteFor('dark'),
  background: 'transparent',
  fontCss: FONT_CSS,
};

describe('buildSvgDocument', () => {
  it('is well-formed XML even though Mermaid writes &nbsp;', () => {
    const { svg } = buildSvgDocument(parts);
    expect(svg).not.toContain('&nbsp;');
    expect(() => assertWellFormedXml(svg)).not.toThrow();
  });

  it('carries the fonts, the icons, the escaped title and the footer', () => {
    const { svg } = buildSvgDocument(parts);
    expect(svg).toContain('@font-face');
    expect(svg).toContain('data:font/woff2;base64,');
    expect(svg).toContain('data-aws-icon="ec2-instance"');
    expect(svg).toContain('<title>Web servers &amp; load balancer — $12.00 a month</title>');
    expect(svg).toContain('Compute Explorer 1.2.3');
  });

  it('keeps the whole diagram: its viewBox, at natural size, inside margins', () => {
    const { svg, width, height } = buildSvgDocument(parts);
    expect(width).toBe(600.5 + 32);
    expect(height).toBeGreaterThan(300 + 40);
    const inner = rootTag(svg.slice(svg.indexOf('<svg', 1)))!;
    expect(inner).toContain('viewBox="0 0 600.5 300"');
    expect(inner).toContain('width="600.5"');
    expect(inner).toContain('height="300"');
    expect(inner).not.toContain('max-width');
  });

  it('paints a background only when asked for a solid one', () => {
    expect(buildSvgDocument(parts).svg).not.toContain('<rect width=');
    expect(buildSvgDocument({ ...parts, background: 'solid' }).svg).toContain('style="fill:#171d25"');
  });

  it('is shorter without a footer', () => {
    expect(buildSvgDocument({ ...parts, footerLines: [] }).height).toBeLessThan(buildSvgDocument(parts).height);
  });

  it('widens for a heading longer than the diagram instead of cutting it off', () => {
    const size = measureDocument({ width: 100, height: 100 }, 'x'.repeat(100), []);
    expect(size.width).toBeGreaterThan(100 * 16 * 0.5);
  });

  it('refuses a diagram with no viewBox', () => {
    expect(() => buildSvgDocument({ ...parts, diagramSvg: '<svg></svg>' })).toThrow(/viewBox/);
  });
});

describe('atPixelSize', () => {
  it('sets the pixel size on the outer element only', () => {
    const sized = atPixelSize(buildSvgDocument(parts).svg, { width: 1265, height: 800 });
    expect(rootTag(sized)).toMatch(/width="1265"/);
    expect(rootTag(sized)).toMatch(/preserveAspectRatio="none"/);
    expect(rootTag(sized.slice(sized.indexOf('<svg', 1)))).toContain('width="600.5"');
  });
});

import { describe, expect, it } from 'vitest';
import { addCostFootnotes } from './cost-footnotes';
import { paletteFor } from './export-palette';
import { readViewBox, toXmlText } from './svg-markup';
import { MERMAID_LIKE_SVG } from './svg-fixture.test-helper';
import { assertWellFormedXml } from './well-formed-xml.test-helper';

const palette = paletteFor('light');
const transfer = { label: 'Data transfer out', usd: 15 };

describe('addCostFootnotes', () => {
  it('lists a cost with no node under the picture and grows the viewBox to show it', () => {
    const svg = addCostFootnotes(MERMAID_LIKE_SVG, [transfer], palette);
    expect(svg).toContain('Also billed: Data transfer out $15.00 a month');
    // The fixture is 300 high: one 16 px line and 6 px of margin more.
    expect(readViewBox(svg)).toMatchObject({ width: 600.5, height: 322 });
  });

  it('leaves the SVG untouched when there is nothing to list or no viewBox', () => {
    expect(addCostFootnotes(MERMAID_LIKE_SVG, [], palette)).toBe(MERMAID_LIKE_SVG);
    expect(addCostFootnotes('<svg><g/></svg>', [transfer], palette)).toBe('<svg><g/></svg>');
  });

  it('escapes labels and stays well-formed XML', () => {
    const svg = addCostFootnotes(MERMAID_LIKE_SVG, [{ label: 'R&D <fee>', usd: 1 }], palette);
    expect(svg).toContain('R&amp;D &lt;fee&gt;');
    expect(() => assertWellFormedXml(toXmlText(svg))).not.toThrow();
  });
});

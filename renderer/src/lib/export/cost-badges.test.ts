import { describe, expect, it } from 'vitest';
import { addCostBadges, findIconNodes } from './cost-badges';
import { paletteFor } from './export-palette';
import { readViewBox, toXmlText } from './svg-markup';
import { MERMAID_LIKE_SVG } from './svg-fixture.test-helper';
import { assertWellFormedXml } from './well-formed-xml.test-helper';

const palette = paletteFor('light');
const ec2 = { service: 'EC2', icons: ['ec2', 'ec2-instance'], usd: 60, share: 0.6 };
const transfer = { service: 'Data transfer', icons: [], usd: 15, share: 0.15 };

describe('findIconNodes', () => {
  it('reads each icon node’s position and the bottom of its label', () => {
    expect(findIconNodes(MERMAID_LIKE_SVG)).toEqual([
      { icon: 'alb', x: 100, bottom: 144 },
      { icon: 'ec2-instance', x: 300, bottom: 152.8 },
      { icon: 'ec2-instance', x: 300, bottom: 284 },
      { icon: 'users', x: 500, bottom: 144 },
    ]);
  });

  it('finds nothing in an SVG without icon nodes', () => {
    expect(findIconNodes('<svg viewBox="0 0 10 10"><g class="node" transform="translate(1, 2)"></g></svg>')).toEqual(
      [],
    );
  });
});

describe('addCostBadges', () => {
  it('puts one badge under the first node of a matched service', () => {
    const { svg } = addCostBadges(MERMAID_LIKE_SVG, [ec2], palette);
    const badges = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
    expect(badges.map((m) => [m[1], m[3]])).toEqual([['300', 'EC2: $60.00 · 60%']]);
    expect(Number(badges[0]?.[2])).toBeGreaterThan(152.8);
  });

  it('lists a cost with no node as a footnote and grows the viewBox to show it', () => {
    const { svg, footnotes } = addCostBadges(MERMAID_LIKE_SVG, [ec2, transfer], palette);
    expect(footnotes).toEqual([transfer]);
    expect(svg).toContain('Also billed, Data transfer: $15.00 · 15%');
    expect(readViewBox(svg)!.height).toBeGreaterThan(300);
    expect(readViewBox(svg)!.width).toBe(600.5);
  });

  it('grows the viewBox when a badge falls below the bottom node', () => {
    const low = { ...ec2, icons: ['users'] };
    const tall = MERMAID_LIKE_SVG.replace('viewBox="0 0 600.5 300"', 'viewBox="0 0 600.5 150"');
    expect(readViewBox(addCostBadges(tall, [low], palette).svg)!.height).toBeGreaterThan(150);
  });

  it('leaves the SVG untouched when nothing matches or there are no costs', () => {
    expect(addCostBadges(MERMAID_LIKE_SVG, [], palette).svg).toBe(MERMAID_LIKE_SVG);
    expect(addCostBadges('<svg><g/></svg>', [ec2], palette).svg).toBe('<svg><g/></svg>');
  });

  it('escapes labels and stays well-formed XML', () => {
    const odd = { service: 'R&D <fee>', icons: ['alb'], usd: 1, share: 0.01 };
    const { svg } = addCostBadges(MERMAID_LIKE_SVG, [odd, transfer], palette);
    expect(svg).toContain('R&amp;D &lt;fee&gt;');
    expect(() => assertWellFormedXml(toXmlText(svg))).not.toThrow();
  });
});

import { formatUSD } from '../../../../electron/common/pricing/format';
import type { UnplacedCost } from '../diagrams/model/types';
import { EXPORT_FONT, type ExportPalette } from './export-palette';
import { appendToRoot, escapeXml, formatViewBox, readViewBox, setRootAttributes } from './svg-markup';

const FONT_PX = 11;
const LINE_HEIGHT = 16;

/** "Also billed: Data transfer out $0.90 a month" */
export function describeUnplaced(cost: UnplacedCost): string {
  return `Also billed: ${cost.label} ${formatUSD(cost.usd)} a month`;
}

/**
 * Lists the bill lines no node stands for (data transfer, say) under the
 * diagram, growing the viewBox to fit. A diagram whose viewBox cannot be read
 * is returned as is.
 */
export function addCostFootnotes(svg: string, costs: readonly UnplacedCost[], palette: ExportPalette): string {
  const box = readViewBox(svg);
  if (!box || costs.length === 0) return svg;
  const bottom = box.minY + box.height;
  const lines = costs.map(
    (cost, i) =>
      `<text class="cost-footnote" x="${box.minX + 8}" y="${bottom + LINE_HEIGHT * (i + 1)}" ` +
      `style="font:400 ${FONT_PX}px ${EXPORT_FONT};fill:${palette.muted}">${escapeXml(describeUnplaced(cost))}</text>`,
  );
  const grown = { ...box, height: box.height + LINE_HEIGHT * costs.length + 6 };
  return appendToRoot(
    setRootAttributes(svg, { viewBox: formatViewBox(grown) }),
    `<g class="cost-annotations">${lines.join('')}</g>`,
  );
}

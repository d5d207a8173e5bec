import { describeCost, type ServiceCost } from './cost-mapping';
import { EXPORT_FONT, type ExportPalette } from './export-palette';
import { appendToRoot, escapeXml, formatViewBox, readViewBox, setRootAttributes } from './svg-markup';

export interface IconNode {
  icon: string;
  /** Centre of the node, from its transform. */
  x: number;
  /** Lowest point of the node's icon and label. */
  bottom: number;
}

const NODE_START =
  /<g class="icon-shape\b[^"]*"[^>]*\btransform="translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)"[^>]*>/g;
/** Mermaid's invisible hit box around icon and label: `M-w -h L w -h L w h L -w h`. */
const HIT_BOX = /<path d="M[^"]*?(-?[\d.]+) L[^"]*" stroke="none" stroke-width="0" fill="transparent"/;
const DEFAULT_HALF_HEIGHT = 44;

/** Mermaid's icon nodes, in document order. Nodes without a readable position or icon are skipped. */
export function findIconNodes(svg: string): IconNode[] {
  const starts = [...svg.matchAll(NODE_START)];
  return starts.flatMap((match, i) => {
    const body = svg.slice(match.index + match[0].length, starts[i + 1]?.index ?? svg.length);
    const icon = /data-aws-icon="([^"]+)"/.exec(body)?.[1];
    const x = Number(match[1]);
    const y = Number(match[2]);
    if (!icon || !Number.isFinite(x) || !Number.isFinite(y)) return [];
    const halfHeight = Math.abs(Number(HIT_BOX.exec(body)?.[1] ?? DEFAULT_HALF_HEIGHT)) || DEFAULT_HALF_HEIGHT;
    return [{ icon, x, bottom: y + halfHeight }];
  });
}

const BADGE_FONT_PX = 11;
const BADGE_HEIGHT = 16;
const LINE_HEIGHT = 16;
/** Inter's average advance at 11 px, generous so the pill never clips its text. */
const CHAR_WIDTH = 6.2;

function badge(text: string, x: number, top: number, palette: ExportPalette): string {
  const width = text.length * CHAR_WIDTH + 12;
  return (
    `<g class="cost-badge"><rect x="${x - width / 2}" y="${top}" width="${width}" height="${BADGE_HEIGHT}" rx="8" ` +
    `style="fill:${palette.badgeFill};stroke:none"/><text x="${x}" y="${top + 12}" text-anchor="middle" ` +
    `style="font:600 ${BADGE_FONT_PX}px ${EXPORT_FONT};fill:${palette.badgeText}">${escapeXml(text)}</text></g>`
  );
}

export interface AnnotatedSvg {
  svg: string;
  /** Costs with no icon in this diagram, listed under it. */
  footnotes: ServiceCost[];
}

/**
 * Labels the first node of each service with its share of the bill and
 * lists what has no node (data transfer, say) under the diagram, growing the
 * viewBox to fit. A diagram whose viewBox cannot be read is returned as is.
 */
export function addCostBadges(svg: string, costs: readonly ServiceCost[], palette: ExportPalette): AnnotatedSvg {
  const box = readViewBox(svg);
  if (!box) return { svg, footnotes: [] };
  const nodes = findIconNodes(svg);
  const parts: string[] = [];
  const footnotes: ServiceCost[] = [];
  let bottom = box.minY + box.height;
  for (const cost of costs) {
    const node = nodes.find((candidate) => cost.icons.includes(candidate.icon));
    if (!node) {
      footnotes.push(cost);
      continue;
    }
    const top = node.bottom + 4;
    parts.push(badge(describeCost(cost), node.x, top, palette));
    bottom = Math.max(bottom, top + BADGE_HEIGHT + 4);
  }
  footnotes.forEach((cost, i) => {
    const baseline = bottom + LINE_HEIGHT * (i + 1);
    parts.push(
      `<text class="cost-footnote" x="${box.minX + 8}" y="${baseline}" ` +
        `style="font:400 ${BADGE_FONT_PX}px ${EXPORT_FONT};fill:${palette.muted}">` +
        `${escapeXml(`Also billed, ${describeCost(cost)}`)}</text>`,
    );
  });
  if (footnotes.length > 0) bottom += LINE_HEIGHT * footnotes.length + 6;
  if (parts.length === 0) return { svg, footnotes };
  const grown = { ...box, height: bottom - box.minY };
  const withBox = setRootAttributes(svg, { viewBox: formatViewBox(grown) });
  return { svg: appendToRoot(withBox, `<g class="cost-annotations">${parts.join('')}</g>`), footnotes };
}

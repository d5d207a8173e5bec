import { EXPORT_FONT, type ExportPalette } from './export-palette';
import type { Size } from './export-size';
import { escapeXml, formatViewBox, readViewBox, setRootAttributes, toXmlText } from './svg-markup';
import { SVG_PROVENANCE_ID } from '../../../../electron/common/export-reopen/read-export';

export type Background = 'transparent' | 'solid';

export interface DocumentParts {
  /** Mermaid's SVG text, possibly with cost badges. */
  diagramSvg: string;
  /** Heading above the diagram, e.g. its title and monthly cost. */
  heading: string;
  /** The diagram in words (its components and connections), written as <desc>. */
  description?: string;
  /** The provenance as JSON, kept in <metadata> so the workload can be reopened from the file. */
  provenanceJson?: string;
  /** Provenance lines under the diagram; empty for none. */
  footerLines: readonly string[];
  palette: ExportPalette;
  background: Background;
  /** @font-face rules with data: URLs, so the file needs nothing else. */
  fontCss: string;
}

export interface SvgDocument extends Size {
  svg: string;
}

const MARGIN = 16;
const HEADING_HEIGHT = 40;
const HEADING_PX = 16;
const FOOTER_PX = 11;
const FOOTER_LINE = 16;
/** Rough advance widths of Inter, generous, so that long text widens the picture instead of running off it. */
const AVERAGE_ADVANCE = 0.6;

function textWidth(text: string, px: number): number {
  return text.length * px * AVERAGE_ADVANCE;
}

/** Natural size of the export for a diagram and its text: the whole diagram plus margins, heading and footer. */
export function measureDocument(diagram: Size, heading: string, footerLines: readonly string[]): Size {
  const widest = Math.max(textWidth(heading, HEADING_PX), ...footerLines.map((line) => textWidth(line, FOOTER_PX)));
  const footer = footerLines.length > 0 ? FOOTER_LINE * footerLines.length + MARGIN : 0;
  return {
    width: Math.max(diagram.width, widest) + 2 * MARGIN,
    height: HEADING_HEIGHT + diagram.height + footer + MARGIN,
  };
}

function textElement(text: string, x: number, y: number, style: string): string {
  return `<text x="${x}" y="${y}" style="${style}">${escapeXml(text)}</text>`;
}

/**
 * One standalone SVG file: heading, the diagram at its natural size (never
 * cropped: the size comes from its viewBox), an optional provenance footer,
 * and the fonts it uses. It opens the same in any browser with no network.
 */
export function buildSvgDocument(parts: DocumentParts): SvgDocument {
  const box = readViewBox(parts.diagramSvg);
  if (!box) throw new Error('The diagram has no viewBox, so its size is unknown.');
  const { width, height } = measureDocument(box, parts.heading, parts.footerLines);
  const { palette } = parts;
  const inner = setRootAttributes(toXmlText(parts.diagramSvg), {
    width: String(box.width),
    height: String(box.height),
    x: String((width - box.width) / 2),
    y: String(HEADING_HEIGHT),
    style: null,
    viewBox: formatViewBox(box),
  });
  const footerTop = HEADING_HEIGHT + box.height + MARGIN;
  const footer = parts.footerLines.map((line, i) =>
    textElement(
      line,
      MARGIN,
      footerTop + FOOTER_LINE * i + FOOTER_PX,
      `font:400 ${FOOTER_PX}px ${EXPORT_FONT};fill:${palette.muted}`,
    ),
  );
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(parts.heading)}</title>`,
    parts.description ? `<desc>${escapeXml(parts.description)}</desc>` : '',
    parts.provenanceJson ? `<metadata id="${SVG_PROVENANCE_ID}">${escapeXml(parts.provenanceJson)}</metadata>` : '',
    `<style>${parts.fontCss}</style>`,
    parts.background === 'solid'
      ? `<rect width="${width}" height="${height}" style="fill:${palette.background}"/>`
      : '',
    textElement(parts.heading, MARGIN, 26, `font:600 ${HEADING_PX}px ${EXPORT_FONT};fill:${palette.text}`),
    inner,
    footer.length > 0 ? `<g class="provenance">${footer.join('')}</g>` : '',
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** The same document drawn at a pixel size: exact width and height, stretched by at most a rounding pixel. */
export function atPixelSize(svg: string, size: Size): string {
  return setRootAttributes(svg, {
    width: String(size.width),
    height: String(size.height),
    preserveAspectRatio: 'none',
  });
}

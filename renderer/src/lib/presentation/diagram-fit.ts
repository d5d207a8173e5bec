import { DIAGRAM_BOXES, DIAGRAM_FRAME, type DiagramLayout } from './slide-geometry';
import type { Size } from './stage-fit';

export interface DiagramFit {
  layout: DiagramLayout;
  /** How much the diagram is enlarged: Mermaid's 16 px labels render at 16 × scale. */
  scale: number;
}

/** Mermaid writes `viewBox="minX minY width height"` on the root <svg>. */
export function parseViewBox(svg: string): Size | null {
  const match = /<svg\b[^>]*?\sviewBox="\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/.exec(svg);
  if (!match) return null;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

function scaleIn(box: Size, diagram: Size): number {
  return Math.min((box.width - DIAGRAM_FRAME) / diagram.width, (box.height - DIAGRAM_FRAME) / diagram.height);
}

/** The layout that draws the diagram largest; tall until its size is known. */
export function fitDiagram(diagram: Size | null): DiagramFit {
  if (!diagram) return { layout: 'tall', scale: 1 };
  const tall = scaleIn(DIAGRAM_BOXES.tall, diagram);
  const wide = scaleIn(DIAGRAM_BOXES.wide, diagram);
  return wide > tall ? { layout: 'wide', scale: wide } : { layout: 'tall', scale: tall };
}

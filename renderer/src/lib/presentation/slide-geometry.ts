import type { Size } from './stage-fit';

/**
 * Where things sit on the 1920×1080 stage. The components read these numbers
 * (as CSS variables), so the legibility arithmetic below is about what is drawn.
 */
export const SLIDE = {
  paddingTop: 40,
  paddingX: 56,
  /** The slide's own content box; the band under it holds the counter and buttons. */
  content: { width: 1808, height: 952 },
  gap: 32,
} as const;

/** No text on a slide is smaller than this at 1920×1080, read from the back of a room. */
export const MIN_TEXT_PX = 18;

/** The charts draw their axis ticks at 11 px, so they are scaled until those read at 18 px or more. */
export const CHART_SCALE = 1.65;

/**
 * The two places a diagram can go. Tall diagrams sit left of a column with the
 * title, facts and cost; wide ones span the slide between the title and a row of facts.
 */
export const DIAGRAM_BOXES = {
  tall: { width: 1240, height: SLIDE.content.height },
  wide: { width: SLIDE.content.width, height: 580 },
} as const satisfies Record<string, Size>;

export type DiagramLayout = keyof typeof DIAGRAM_BOXES;

/** DiagramView's padding and border around the SVG. */
export const DIAGRAM_FRAME = 34;

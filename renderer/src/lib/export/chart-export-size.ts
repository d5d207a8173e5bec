import { CHART_SCALE, SLIDE } from '../presentation/slide-geometry';

/** An exported chart is as wide as the presentation deck draws it (before the deck's enlarging scale). */
export const CHART_EXPORT_WIDTH = Math.round(SLIDE.content.width / CHART_SCALE);

/** The export document's margin either side of the chart (svg-document.ts). */
const DOCUMENT_MARGIN = 16;

/** The chart's export document at 1×: the chart plus its margins. */
export const CHART_DOCUMENT_WIDTH = CHART_EXPORT_WIDTH + 2 * DOCUMENT_MARGIN;

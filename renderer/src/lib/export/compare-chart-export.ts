import type { PricedWorkload } from '../../../../electron/common/estimate/estimate-tables';
import { estimateFileBase } from '../../../../electron/common/estimate/estimate-files';
import type { CostComparisonRow } from '../../../../electron/common/estimate/compare-costs';
import { describeGroupedBars } from '../charts/grouped-bars-layout';
import type { Theme } from '../theme.svelte';
import { COMPARISON_CHART_HEADING, comparisonFooter, groupedBarsSvg } from './compare-chart-svg';
import { saveExport, type DeliveryOutcome } from './deliver';
import { paletteFor } from './export-palette';
import { appVersion } from './export-facts';
import { planPngSize } from './export-size';
import { addPngText } from './png-chunks';
import { rasterizeSvg } from './rasterize';
import { atPixelSize, buildSvgDocument } from './svg-document';

/**
 * The profile comparison's grouped bar chart as a PNG, with a footer naming
 * the app, the date and each profile's Region and price book, and the chart
 * in words in its text chunks.
 */

/** Draws the chart at twice its size (sharp on a slide) and hands it to the same delivery as every export. */
export async function exportComparisonChartPng(
  priced: readonly PricedWorkload[],
  rows: readonly CostComparisonRow[],
  theme: Theme,
): Promise<{ outcome: DeliveryOutcome; fileName: string }> {
  const names = priced.map((p) => p.name);
  const [{ INTER_FONT_CSS }, version] = await Promise.all([import('./embedded-fonts'), appVersion()]);
  const palette = paletteFor(theme);
  const description = describeGroupedBars(rows, names);
  const document = buildSvgDocument({
    diagramSvg: groupedBarsSvg(rows, names, theme),
    heading: COMPARISON_CHART_HEADING,
    description,
    footerLines: comparisonFooter(priced, version, new Date().toISOString()),
    palette,
    background: 'solid',
    fontCss: INTER_FONT_CSS,
  });
  const plan = planPngSize(document, { kind: 'scale', scale: 2 });
  if (!plan.ok) throw new Error(plan.message);
  const drawn = await rasterizeSvg(atPixelSize(document.svg, plan), plan, palette.background);
  const bytes = addPngText(new Uint8Array(await drawn.arrayBuffer()), {
    Title: COMPARISON_CHART_HEADING,
    Description: description,
    Software: `Compute Explorer ${version}`,
  });
  const fileName = `${estimateFileBase(names)}-chart.png`;
  return { outcome: await saveExport(fileName, new Blob([bytes], { type: 'image/png' })), fileName };
}

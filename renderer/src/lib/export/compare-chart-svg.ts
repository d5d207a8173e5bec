import type { CostComparisonRow } from '../../../../electron/common/estimate/compare-costs';
import type { PricedWorkload } from '../../../../electron/common/estimate/estimate-tables';
import { GROUPED_BARS, layoutGroupedBars, PROFILE_COLOURS } from '../charts/grouped-bars-layout';
import type { Theme } from '../theme.svelte';
import { CHART_EXPORT_WIDTH } from './chart-export-size';
import { EXPORT_FONT, paletteFor } from './export-palette';
import { escapeXml } from './svg-markup';

/**
 * The profile comparison's grouped bar chart as standalone SVG text: the
 * same layout as the on-screen chart, at the width the other chart exports
 * use, with the export theme's colours written out.
 */

export const COMPARISON_CHART_HEADING = 'Monthly cost by option in each profile';
const n = (value: number): number => Math.round(value * 100) / 100;

export function groupedBarsSvg(rows: readonly CostComparisonRow[], names: readonly string[], theme: Theme): string {
  const palette = paletteFor(theme);
  const border = theme === 'dark' ? '#2f3945' : '#d5dbdb';
  const width = CHART_EXPORT_WIDTH;
  const layout = layoutGroupedBars(rows, names, width);
  const G = GROUPED_BARS;
  const text = (content: string, x: number, y: number, attributes: string) =>
    `<text x="${n(x)}" y="${n(y)}" ${attributes}>${escapeXml(content)}</text>`;
  const body = layout.ticks.flatMap((tick) => [
    `<line x1="${n(tick.position)}" x2="${n(tick.position)}" y1="0" y2="${layout.axisY}" stroke="${border}"/>`,
    text(tick.label, tick.position, layout.axisY + 16, `text-anchor="middle" font-size="11" fill="${palette.muted}"`),
  ]);
  for (const group of layout.groups) {
    body.push(`<g transform="translate(0 ${group.y})">`);
    body.push(
      text(group.label, layout.plotLeft, G.labelBaseline, `font-size="13" font-weight="600" fill="${palette.text}"`),
    );
    for (const bar of group.bars) {
      if (bar.monthlyUSD !== null)
        body.push(
          `<rect x="${layout.plotLeft}" y="${bar.y}" width="${n(bar.width)}" height="${G.barHeight}" rx="2" fill="${PROFILE_COLOURS[bar.profile]}"/>`,
        );
      const ink = bar.monthlyUSD === null ? `font-style="italic" fill="${palette.muted}"` : `fill="${palette.text}"`;
      body.push(text(bar.text, layout.plotLeft + bar.width + 6, bar.y + G.barHeight - 3, `font-size="12" ${ink}`));
    }
    body.push('</g>');
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" font-family="${escapeXml(EXPORT_FONT)}">`,
    ...body,
    '</svg>',
  ].join('');
}

/** Under the chart: what made it, when, and which price book priced each profile. */
export function comparisonFooter(priced: readonly PricedWorkload[], version: string, exportedAt: string): string[] {
  return [
    `Compute Explorer ${version} · exported ${exportedAt} · USD per month`,
    ...priced.map((p) => {
      const book = p.result.priceBook;
      return `${p.name}: ${book.region} price book ${book.version}, prices as of ${book.asOf}`;
    }),
  ];
}

import type { BreakEvens, OptionResult, Sweep } from '../../../../electron/common/pricing';
import { formatCount, formatUSD } from '../../../../electron/common/pricing/format';
import { layoutBreakEven, type SeriesPath } from '../charts/break-even-layout';
import { seriesStyle } from '../charts/chart-theme';
import { COST_CHART, layoutCostChart, sortCostRows, wrapText } from '../charts/cost-layout';
import type { Theme } from '../theme.svelte';
import { CHART_EXPORT_WIDTH } from './chart-export-size';
import { EXPORT_FONT, paletteFor } from './export-palette';
import { escapeXml } from './svg-markup';

/**
 * The cost charts as standalone SVG text, drawn from the same layout code as
 * the on-screen charts (CostChart, BreakEvenChart) at the width the
 * presentation deck gives them, with the export theme's colours written out:
 * the app's CSS variables mean nothing inside a PNG or a file.
 */

const BREAK_EVEN_PLOT_HEIGHT = 340;
const LEGEND_COLUMNS = 4;
const LEGEND_ROW = 22;
const SENTENCE_LINE = 18;

interface ChartInk {
  text: string;
  muted: string;
  border: string;
  background: string;
}

/** The export palette plus the gridline colour, the app's --border in each theme. */
function inkFor(theme: Theme): ChartInk {
  const palette = paletteFor(theme);
  return {
    text: palette.text,
    muted: palette.muted,
    border: theme === 'dark' ? '#2f3945' : '#d5dbdb',
    background: palette.background,
  };
}

/** Two decimals are far below a pixel and keep the file small. */
const n = (value: number): number => Math.round(value * 100) / 100;

function text(content: string, x: number, y: number, attributes: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attributes}>${escapeXml(content)}</text>`;
}

function svgRoot(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}">`,
    ...body,
    '</svg>',
  ].join('');
}

/** Every option's monthly cost as a bar, cheapest first; the infeasible ones hatched, with the reason. */
export function costChartSvg(options: readonly OptionResult[], theme: Theme): string {
  const ink = inkFor(theme);
  const width = CHART_EXPORT_WIDTH;
  const layout = layoutCostChart(sortCostRows(options), width);
  const C = COST_CHART;
  const body = [
    '<defs><pattern id="cost-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">',
    `<line x1="0" y1="0" x2="0" y2="6" stroke-width="2" stroke="${ink.muted}" opacity="0.35"/></pattern></defs>`,
    ...layout.ticks.map((tick) =>
      text(tick.label, tick.position, layout.axisY + 16, `text-anchor="middle" font-size="11" fill="${ink.muted}"`),
    ),
  ];
  for (const row of layout.rows) {
    const parts: string[] = [];
    if (row.monthlyUSD !== null) {
      const bottom = row.y + row.height === layout.axisY ? row.height + 4 : row.height + 2;
      for (const tick of layout.ticks) {
        parts.push(
          `<line x1="${n(tick.position)}" x2="${n(tick.position)}" y1="${C.barTop - 3}" y2="${bottom}" stroke="${ink.border}"/>`,
        );
      }
    }
    parts.push(text(row.label, layout.plotLeft, C.labelBaseline, `font-size="13" fill="${ink.text}"`));
    const bar = `x="${layout.plotLeft}" y="${C.barTop}" width="${n(row.barWidth)}" height="${C.barHeight}" rx="2"`;
    if (row.monthlyUSD === null) {
      parts.push(`<rect ${bar} fill="url(#cost-hatch)" stroke="${ink.border}"/>`);
      parts.push(
        text(
          'Not feasible',
          layout.plotLeft + 8,
          C.barTop + 12,
          `font-size="12" font-style="italic" fill="${ink.muted}"`,
        ),
      );
      row.reasonLines.forEach((line, i) =>
        parts.push(
          text(
            line,
            layout.plotLeft,
            C.barTop + C.barHeight + 13 + i * C.reasonLineHeight,
            `font-size="12" fill="${ink.muted}"`,
          ),
        ),
      );
    } else {
      parts.push(`<rect ${bar} fill="${seriesStyle(row.id).color}"/>`);
      parts.push(
        text(
          formatUSD(row.monthlyUSD),
          layout.plotLeft + row.barWidth + 6,
          C.barTop + 12,
          `font-size="12" fill="${ink.text}"`,
        ),
      );
    }
    body.push(`<g transform="translate(0 ${n(row.y)})">${parts.join('')}</g>`);
  }
  return svgRoot(width, layout.height, body);
}

function legendSvg(series: readonly SeriesPath[], top: number, width: number, ink: ChartInk): string[] {
  const column = width / LEGEND_COLUMNS;
  return series.map((s, i) => {
    const x = (i % LEGEND_COLUMNS) * column + 8;
    const y = top + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW;
    const dash = s.style.dash ? ` stroke-dasharray="${s.style.dash}"` : '';
    const label = s.feasibleAnywhere ? s.label : `${s.label} (not feasible)`;
    return (
      `<line x1="${n(x)}" y1="${y}" x2="${n(x + 22)}" y2="${y}" stroke-width="2.5" stroke="${s.style.color}"${dash}/>` +
      text(label, x + 30, y + 4, `font-size="12" fill="${s.feasibleAnywhere ? ink.text : ink.muted}"`)
    );
  });
}

export interface BreakEvenChartInput {
  sweep: Sweep;
  breakEvens: BreakEvens;
  currentRequests: number;
  /** "requests/month", or "jobs/month" for a batch workload. */
  unit: string;
}

/** Cost against requests per month on log axes, the crossovers and "your workload", then a legend and the sentences. */
export function breakEvenChartSvg(input: BreakEvenChartInput, theme: Theme): string {
  const { sweep, breakEvens, currentRequests, unit } = input;
  const ink = inkFor(theme);
  const width = CHART_EXPORT_WIDTH;
  const height = BREAK_EVEN_PLOT_HEIGHT;
  const layout = layoutBreakEven(sweep, breakEvens, { width, height, axis: 'log', unit, currentRequests });
  const { plot } = layout;
  const small = (fill: string) => `font-size="11" fill="${fill}"`;
  const body: string[] = [];
  for (const tick of layout.yTicks) {
    body.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${n(tick.position)}" y2="${n(tick.position)}" stroke="${ink.border}"/>`,
    );
    body.push(text(tick.label, plot.left - 8, tick.position + 4, `text-anchor="end" ${small(ink.muted)}`));
  }
  for (const tick of layout.xTicks) {
    body.push(
      `<line x1="${n(tick.position)}" x2="${n(tick.position)}" y1="${plot.top}" y2="${plot.bottom}" stroke="${ink.border}"/>`,
    );
    body.push(text(tick.label, tick.position, plot.bottom + 16, `text-anchor="middle" ${small(ink.muted)}`));
  }
  const unitTitle = `${unit.charAt(0).toUpperCase()}${unit.slice(1)} (log scale)`;
  body.push(
    text(unitTitle, (plot.left + plot.right) / 2, height - 8, `text-anchor="middle" font-size="12" fill="${ink.text}"`),
  );
  body.push(
    `<text transform="translate(14 ${n((plot.top + plot.bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="${ink.text}">Monthly cost (USD, log scale)</text>`,
  );
  for (const s of layout.series) {
    if (!s.d) continue;
    const dash = s.style.dash ? ` stroke-dasharray="${s.style.dash}"` : '';
    body.push(
      `<path d="${s.d}" fill="none" stroke-width="2" stroke-linejoin="round" stroke="${s.style.color}"${dash}/>`,
    );
  }
  if (layout.currentX !== null) {
    const x = layout.currentX;
    const anchor = x < plot.left + 50 ? 'start' : x > plot.right - 50 ? 'end' : 'middle';
    body.push(
      `<line x1="${n(x)}" x2="${n(x)}" y1="${plot.top - 6}" y2="${plot.bottom}" stroke-width="1.5" stroke-dasharray="5 4" stroke="${ink.text}"/>`,
      text(
        `your workload · ${formatCount(currentRequests)}`,
        x,
        plot.top - 12,
        `text-anchor="${anchor}" font-size="12" font-weight="600" fill="${ink.text}"`,
      ),
    );
  }
  for (const c of layout.crossovers) {
    body.push(
      `<circle cx="${n(c.cx)}" cy="${n(c.cy)}" r="4.5" stroke-width="1.5" fill="${ink.background}" stroke="${ink.text}"/>`,
    );
    if (c.label) {
      const halo = `paint-order="stroke" stroke-width="3" stroke="${ink.background}"`;
      body.push(text(c.label, c.cx, c.cy - 9, `text-anchor="middle" ${small(ink.text)} ${halo}`));
    }
  }
  const legendTop = height + 14;
  body.push(...legendSvg(layout.series, legendTop, width, ink));
  const legendRows = Math.ceil(layout.series.length / LEGEND_COLUMNS);
  const sentencesTop = legendTop + legendRows * LEGEND_ROW + 8;
  const sentences =
    breakEvens.sentences.length > 0 ? breakEvens.sentences : ['No option overtakes another in this range.'];
  // A hanging indent: the bullet stands out, wrapped lines sit under the words.
  const lines = sentences.flatMap((sentence) =>
    wrapText(sentence, Math.floor((width - 40) / COST_CHART.charWidth)).map((line, i) =>
      i === 0 ? { x: 8, line: `• ${line}` } : { x: 20, line },
    ),
  );
  lines.forEach(({ x, line }, i) =>
    body.push(text(line, x, sentencesTop + 13 + i * SENTENCE_LINE, `font-size="13" fill="${ink.text}"`)),
  );
  return svgRoot(width, sentencesTop + lines.length * SENTENCE_LINE + 8, body);
}

import type { Workload } from '../../../../electron/common/pricing';
import type { BreakEvenReply } from '../pricing/pricing.svelte';
import { CHART_LABELS, type ChartKind } from './export-all-plan';
import { ExportRefused, type ComposedExport, type ExportFacts } from './export-diagram';
import { paletteFor } from './export-palette';
import type { ExportChoices } from './export-settings.svelte';
import { planPngSize, type Size } from './export-size';
import { breakEvenChartSvg, costChartSvg } from './chart-export-svg';
import { addPngText } from './png-chunks';
import { buildProvenance, footerLines, pngTextEntries, type Provenance } from './provenance';
import { rasterizeSvg } from './rasterize';
import { atPixelSize, buildSvgDocument } from './svg-document';

const HEADINGS: Record<ChartKind, string> = {
  comparison: 'Monthly cost by option',
  'break-even': 'Monthly cost as requests grow',
};

const DESCRIPTIONS: Record<ChartKind, string> = {
  comparison: 'Bar chart of every compute option’s monthly cost for the workload, cheapest first.',
  'break-even': 'Line chart of every compute option’s monthly cost against requests per month, with break-even points.',
};

export function unitOf(workload: Workload): string {
  return workload.kind === 'batch' ? 'jobs/month' : 'requests/month';
}

/**
 * The provenance of a chart: the same facts as a diagram's, but its subject
 * is every option at once. buildProvenance is written for one option's
 * diagram, so it gets a stand-in option whose fields are then replaced.
 */
function chartProvenance(chart: ChartKind, facts: ExportFacts): Provenance {
  const subject = { optionId: `${chart}-chart`, option: 'All compute options', title: HEADINGS[chart] };
  const base = buildProvenance({
    option: { id: 'lambda', label: subject.option },
    title: subject.title,
    profileName: facts.profileName,
    unsavedChanges: facts.unsavedChanges,
    priceBook: facts.priceBook,
    workload: facts.workload,
    monthlyUSD: null,
    appVersion: facts.appVersion,
    exportedAt: facts.now,
  });
  return { ...base, diagram: subject };
}

function chartSvg(chart: ChartKind, choices: ExportChoices, facts: ExportFacts, breakEven: BreakEvenReply | null) {
  if (chart === 'comparison') {
    if (!facts.pricing) throw new ExportRefused('The costs are not worked out yet, so there is no chart to export.');
    return costChartSvg(facts.pricing.options, choices.theme);
  }
  if (!breakEven)
    throw new ExportRefused('The break-even points are not worked out yet, so there is no chart to export.');
  const input = { ...breakEven, currentRequests: facts.workload.requestsPerMonth, unit: unitOf(facts.workload) };
  return breakEvenChartSvg(input, choices.theme);
}

/** The chart's export document, with heading and provenance footer as a diagram has them. */
export function composeChartExport(
  chart: ChartKind,
  choices: ExportChoices,
  facts: ExportFacts,
  breakEven: BreakEvenReply | null,
  fontCss = '',
): ComposedExport {
  const provenance = chartProvenance(chart, facts);
  const document = buildSvgDocument({
    diagramSvg: chartSvg(chart, choices, facts, breakEven),
    heading: HEADINGS[chart],
    footerLines: choices.footer ? footerLines(provenance) : [],
    palette: paletteFor(choices.theme),
    background: choices.background,
    fontCss,
  });
  return { document, provenance };
}

export interface ChartPng extends Size {
  bytes: Uint8Array<ArrayBuffer>;
}

/** A chart as PNG at the user's size, background and theme, carrying the same text metadata as a diagram. */
export async function exportChartPng(
  chart: ChartKind,
  choices: ExportChoices,
  facts: ExportFacts,
  breakEven: BreakEvenReply | null,
): Promise<ChartPng> {
  const { INTER_FONT_CSS } = await import('./embedded-fonts');
  const { document, provenance } = composeChartExport(chart, choices, facts, breakEven, INTER_FONT_CSS);
  const plan = planPngSize(document, choices.sizing);
  if (!plan.ok) throw new ExportRefused(plan.message);
  const background = choices.background === 'solid' ? paletteFor(choices.theme).background : null;
  const drawn = await rasterizeSvg(atPixelSize(document.svg, plan), plan, background);
  const entries = {
    ...pngTextEntries(provenance, DESCRIPTIONS[chart]),
    Source: `Compute Explorer ${CHART_LABELS[chart].toLowerCase()}`,
  };
  return {
    bytes: addPngText(new Uint8Array(await drawn.arrayBuffer()), entries),
    width: plan.width,
    height: plan.height,
  };
}

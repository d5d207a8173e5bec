import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, evaluate, findBreakEvens, sweepRequests } from '../../../../electron/common/pricing';
import { CHART_DOCUMENT_WIDTH, CHART_EXPORT_WIDTH } from './chart-export-size';
import { breakEvenChartSvg, costChartSvg } from './chart-export-svg';
import { composeChartExport } from './chart-export';
import type { ExportFacts } from './export-diagram';
import type { ExportChoices } from './export-settings.svelte';
import { readViewBox } from './svg-markup';
import { assertWellFormedXml } from './well-formed-xml.test-helper';

const pricing = evaluate(DEFAULT_WORKLOAD);
const sweep = sweepRequests(DEFAULT_WORKLOAD, { from: 1e3, to: 1e10, points: 40 });
const breakEven = { sweep, breakEvens: findBreakEvens(DEFAULT_WORKLOAD, sweep) };
const breakEvenInput = { ...breakEven, currentRequests: DEFAULT_WORKLOAD.requestsPerMonth, unit: 'requests/month' };

const facts: ExportFacts = {
  profileName: 'Shop backend',
  unsavedChanges: false,
  pricing,
  priceBook: pricing.priceBook,
  workload: DEFAULT_WORKLOAD,
  appVersion: '1.2.3',
  now: new Date('2025-11-26T21:50:00Z'),
};
const choices: ExportChoices = {
  sizing: { kind: 'scale', scale: 2 },
  background: 'solid',
  theme: 'light',
  footer: true,
  costAnnotations: false,
};

describe('chart SVGs', () => {
  it('are well-formed, sized by their viewBox, with every colour written out', () => {
    for (const svg of [costChartSvg(pricing.options, 'light'), breakEvenChartSvg(breakEvenInput, 'dark')]) {
      expect(() => assertWellFormedXml(svg)).not.toThrow();
      expect(readViewBox(svg)?.width).toBe(CHART_EXPORT_WIDTH);
      expect(svg).not.toContain('var(');
    }
  });

  it('draw a bar and an amount for every feasible option and the reason for every other', () => {
    const svg = costChartSvg(pricing.options, 'light');
    for (const option of pricing.options) {
      expect(svg).toContain(`>${option.label.replace(/&/g, '&amp;')}<`);
    }
    const infeasible = pricing.options.filter((option) => !option.feasible).length;
    expect(svg.match(/>Not feasible</g) ?? []).toHaveLength(infeasible);
  });

  it('follow the export theme, not the app’s', () => {
    expect(costChartSvg(pricing.options, 'dark')).toContain('fill="#e9ebed"');
    expect(costChartSvg(pricing.options, 'light')).toContain('fill="#16191f"');
  });

  it('draw every series that is feasible somewhere, the legend and the marker', () => {
    const svg = breakEvenChartSvg(breakEvenInput, 'light');
    const drawn = breakEven.sweep.series.filter((s) => s.monthlyUSD.some((v) => v !== null));
    expect(svg.match(/<path /g) ?? []).toHaveLength(drawn.length);
    expect(svg).toContain('your workload');
  });

  it('print every break-even sentence whole, each as a bullet however it wraps', () => {
    // Sentences of our own, long enough to wrap, so the test reads what is printed, not how the engine words it.
    const sentences = [
      'Lambda + HTTP API is cheaper than EC2 (Auto Scaling group) below 38,000,000 requests/month; above that, EC2 (Auto Scaling group) costs less.',
      'ECS on Fargate & EKS on Fargate never cross in this range.',
    ];
    const svg = breakEvenChartSvg({ ...breakEvenInput, breakEvens: { ...breakEven.breakEvens, sentences } }, 'light');
    const printed = textLines(svg).join(' ');
    for (const sentence of sentences) expect(printed).toContain(`• ${sentence}`);
  });

  it('say so when no option overtakes another', () => {
    const svg = breakEvenChartSvg({ ...breakEvenInput, breakEvens: { crossovers: [], sentences: [] } }, 'light');
    expect(textLines(svg)).toContain('• No option overtakes another in this range.');
  });
});

describe('composeChartExport', () => {
  it('adds the heading and the provenance footer, naming the chart as its subject', () => {
    const { document, provenance } = composeChartExport('comparison', choices, facts, breakEven);
    expect(document.svg).toContain('>Monthly cost by option<');
    expect(document.svg).toContain('Shop backend · us-east-1');
    expect(provenance.diagram).toEqual({
      optionId: 'comparison-chart',
      option: 'All compute options',
      title: 'Monthly cost by option',
    });
    expect(provenance.monthlyUSD).toBeNull();
    expect(document.width).toBe(CHART_DOCUMENT_WIDTH);
    expect(() => assertWellFormedXml(document.svg)).not.toThrow();
  });

  it('leaves the footer out when it is turned off', () => {
    const { document } = composeChartExport('break-even', { ...choices, footer: false }, facts, breakEven);
    expect(document.svg).not.toContain('class="provenance"');
  });

  it('refuses, with a reason, while the costs are not worked out', () => {
    expect(() => composeChartExport('comparison', choices, { ...facts, pricing: null }, null)).toThrow(
      /costs are not worked out yet/,
    );
    expect(() => composeChartExport('break-even', choices, facts, null)).toThrow(/break-even points/);
  });
});

/** The text of every <text> element, in document order, entities decoded. */
function textLines(svg: string): string[] {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!),
  );
}

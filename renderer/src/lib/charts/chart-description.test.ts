import { describe, expect, it } from 'vitest';
import type { BreakEvens, Sweep } from '../../../../electron/common/pricing';
import {
  breakEvenCostTable,
  costBarLabel,
  costChartTable,
  crossoverTable,
  describeBreakEvenChart,
  describeCostChart,
} from './chart-description';
import type { CostRow } from './cost-layout';

// Rows as sortCostRows hands them over: priced cheapest first, then the infeasible.
const ROWS: CostRow[] = [
  { id: 'fargate', label: 'Fargate', monthlyUSD: 38.02, reason: null, warnings: [] },
  {
    id: 'lambda',
    label: 'Lambda',
    monthlyUSD: 1249.5,
    reason: null,
    warnings: ['Needs ~2,300 concurrent executions; the default quota is 1,000.'],
  },
  { id: 'batch', label: 'AWS Batch', monthlyUSD: null, reason: 'Batch runs jobs, not requests.', warnings: [] },
];

describe('cost chart', () => {
  it('names each bar by the words drawn on it first, then what they mean', () => {
    expect(costBarLabel(ROWS[0]!)).toBe('Fargate: $38.02 per month');
    expect(costBarLabel(ROWS[1]!)).toBe(
      'Lambda: $1,249.50 per month. Warning: Needs ~2,300 concurrent executions; the default quota is 1,000.',
    );
    expect(costBarLabel(ROWS[2]!)).toBe('AWS Batch: not feasible. Batch runs jobs, not requests.');
  });

  it('reads out every cost cheapest first, then what cannot run and why', () => {
    expect(describeCostChart(ROWS)).toBe(
      'Monthly cost of 2 of 3 options, cheapest first: Fargate $38.02, Lambda $1,249.50. ' +
        'Not feasible: AWS Batch (Batch runs jobs, not requests.).',
    );
  });

  it('says so when no option can run the workload', () => {
    expect(
      describeCostChart([ROWS[2]!, { ...ROWS[2]!, id: 'lightsail', label: 'Lightsail', reason: 'Too big.' }]),
    ).toBe(
      'None of the 2 options can run this workload. ' +
        'Not feasible: AWS Batch (Batch runs jobs, not requests.); Lightsail (Too big.).',
    );
  });

  it('tables the monthly and yearly cost in the chart’s order', () => {
    const table = costChartTable(ROWS);
    expect(table.columns).toEqual(['Option', 'Per month', 'Per year', 'Note']);
    expect(table.rows).toEqual([
      // 38.02 × 12 = 456.24; 1,249.50 × 12 = 14,994.00
      { header: 'Fargate', cells: ['$38.02', '$456.24', ''] },
      { header: 'Lambda', cells: ['$1,249.50', '$14,994.00', ''] },
      { header: 'AWS Batch', cells: ['—', '—', 'Not feasible: Batch runs jobs, not requests.'] },
    ]);
  });
});

// Lambda is free at first and grows with requests; Lightsail is flat until it runs out;
// EC2 is flat, then scales out; Batch never runs this workload.
const SWEEP: Sweep = {
  requests: [1e3, 1e5, 1e7, 1e9, 1e10],
  series: [
    { id: 'lambda', label: 'Lambda', monthlyUSD: [0, 0.2, 14, 2000, 21000] },
    { id: 'ec2', label: 'EC2', monthlyUSD: [50, 50, 50, 900, 9000] },
    { id: 'lightsail', label: 'Lightsail', monthlyUSD: [42, 42, 42, null, null] },
    { id: 'batch', label: 'AWS Batch', monthlyUSD: [null, null, null, null, null] },
  ],
};
const BREAK_EVENS: BreakEvens = {
  crossovers: [
    { a: 'lambda', b: 'lightsail', requests: 3e7, monthlyUSD: 42 },
    { a: 'lightsail', b: 'ec2', requests: 3.2e7, monthlyUSD: 50 },
  ],
  sentences: [],
};

describe('break-even chart', () => {
  it('reads out both ends, every change of the cheapest option with its cost, and the workload', () => {
    expect(describeBreakEvenChart(SWEEP, BREAK_EVENS, 'requests/month', 1e7)).toBe(
      'Monthly cost of 4 compute options against requests/month from 1 k to 10 B. ' +
        'At 1 k, Lambda is cheapest at $0.00. At 10 B, EC2 is cheapest at $9,000.00. ' +
        'The cheapest option changes 2 times: ' +
        'at 30 M requests/month, Lightsail ($42.00 a month) takes over from Lambda; ' +
        'at 32 M requests/month, EC2 ($50.00 a month) takes over from Lightsail. ' +
        'Not feasible anywhere in this range: AWS Batch. ' +
        'Your workload: 10 M requests/month.',
    );
  });

  it('says when the cheapest option never changes', () => {
    const flat: Sweep = { requests: [1e3, 1e6], series: [SWEEP.series[1]!] };
    expect(describeBreakEvenChart(flat, { crossovers: [], sentences: [] }, 'jobs/month')).toBe(
      'Monthly cost of 1 compute option against jobs/month from 1 k to 1 M. ' +
        'At 1 k, EC2 is cheapest at $50.00. At 1 M, EC2 is cheapest at $50.00. ' +
        'The cheapest option never changes in this range.',
    );
  });

  it('tables one row per crossover', () => {
    expect(crossoverTable(SWEEP, BREAK_EVENS, 'requests/month')).toEqual({
      caption: 'Where the cheapest option changes',
      columns: ['Requests/month', 'Cheapest below', 'Cheapest above', 'Monthly cost there'],
      rows: [
        { header: '30 M', cells: ['Lambda', 'Lightsail', '$42.00'] },
        { header: '32 M', cells: ['Lightsail', 'EC2', '$50.00'] },
      ],
    });
  });

  it('samples the curves at each power of ten, marking where an option cannot run', () => {
    const table = breakEvenCostTable(SWEEP, 'requests/month');
    expect(table.columns).toEqual(['Requests/month', 'Lambda', 'EC2', 'Lightsail', 'AWS Batch']);
    expect(table.rows.map((r) => r.header)).toEqual(['1 k', '100 k', '10 M', '1 B', '10 B']);
    expect(table.rows[3]).toEqual({ header: '1 B', cells: ['$2,000.00', '$900.00', 'Not feasible', 'Not feasible'] });
  });

  it('takes the plotted point nearest each power of ten from a dense sweep', () => {
    // Half-decade steps: 1 k, 3.16 k, 10 k, … 10 B; the table keeps the eight powers of ten.
    const requests = Array.from({ length: 15 }, (_, i) => 1e3 * 10 ** (i / 2));
    const dense: Sweep = { requests, series: [{ id: 'ec2', label: 'EC2', monthlyUSD: requests.map(() => 50) }] };
    const headers = breakEvenCostTable(dense, 'requests/month').rows.map((r) => r.header);
    expect(headers).toEqual(['1 k', '10 k', '100 k', '1 M', '10 M', '100 M', '1 B', '10 B']);
  });
});

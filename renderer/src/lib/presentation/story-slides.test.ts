import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORKLOAD,
  type LineItem,
  type OptionResult,
  type PricingResult,
} from '../../../../electron/common/pricing';
import { OPTIONS } from '../catalog';
import { buildDeck } from './deck';
import { assumptionsFacts, recommend, workloadInputRows } from './story-slides';

const line = (driver: string, costUSD: number): LineItem => ({
  label: driver,
  quantity: 1,
  unit: 'month',
  unitPriceUSD: costUSD,
  costUSD,
  formula: '',
  driver,
});

const option = (id: string, lines: LineItem[] | null, reason?: string): OptionResult => ({
  id: id as OptionResult['id'],
  label: id.toUpperCase(),
  feasible: lines !== null,
  reason,
  monthlyUSD: lines === null ? null : lines.reduce((sum, l) => sum + l.costUSD, 0),
  lineItems: lines ?? [],
  warnings: [],
});

function pricing(options: OptionResult[]): PricingResult {
  return { priceBook: { version: '2025.10.1', asOf: '2025-10-01', region: 'us-east-1' }, options } as PricingResult;
}

describe('recommend', () => {
  // By hand: fargate $20 + $10 + $2 = $32; lambda $30 + $10 = $40 is next, $8 more = 25% of $32.
  const result = pricing([
    option('lambda', [line('requests', 30), line('duration', 10)]),
    option('batch', null, 'Batch runs jobs.'),
    option('fargate', [line('vCPU', 20), line('memory', 10), line('storage', 2)]),
    option('ec2', [line('instances', 120)]),
  ]);

  it('names the cheapest option that can run the workload, its yearly cost and its two biggest drivers', () => {
    expect(recommend(result)).toMatchObject({
      id: 'fargate',
      label: 'FARGATE',
      monthly: '$32.00',
      yearly: '$384.00',
      drivers: [
        { driver: 'vCPU', monthly: '$20.00' },
        { driver: 'memory', monthly: '$10.00' },
      ],
    });
  });

  it('gives the runner-up and the gap in dollars and percent', () => {
    expect(recommend(result)?.runnerUp).toEqual({
      label: 'LAMBDA',
      monthly: '$40.00',
      gapMonthly: '$8.00',
      gapPercent: '25%',
    });
  });

  it('sets every other option that can run it against the winner, cheapest first, and names those that cannot', () => {
    // By hand: lambda $40 is $8 more, 40 ÷ 32 = 1.25×; ec2 $120 is $88 more, 120 ÷ 32 = 3.75×.
    expect(recommend(result)?.alternatives).toEqual([
      { id: 'lambda', label: 'LAMBDA', monthly: '$40.00', gapMonthly: '+$8.00', times: '1.25×' },
      { id: 'ec2', label: 'EC2', monthly: '$120.00', gapMonthly: '+$88.00', times: '3.75×' },
    ]);
    expect(recommend(result)?.cannotRun).toEqual(['BATCH']);
  });

  it('gives no multiple against a winner that costs nothing', () => {
    const free = pricing([option('lambda', [line('requests', 0)]), option('ec2', [line('instances', 5)])]);
    expect(recommend(free)?.alternatives).toEqual([
      { id: 'ec2', label: 'EC2', monthly: '$5.00', gapMonthly: '+$5.00', times: null },
    ]);
  });

  it('carries the engine’s “why” paragraph', () => {
    expect(recommend(result)?.why).toMatch(/^FARGATE is cheapest at \$32\.00\/month/);
  });

  it('has no runner-up when one option alone can run it, and nothing when none can', () => {
    expect(recommend(pricing([option('ec2', [line('instances', 5)]), option('batch', null)]))?.runnerUp).toBeNull();
    expect(recommend(pricing([option('batch', null)]))).toBeNull();
  });
});

describe('the Assumptions slide', () => {
  it('lists every input, how each option is bought and each price override', () => {
    const rows = workloadInputRows({ ...DEFAULT_WORKLOAD, priceOverrides: { 'lambda.requests': 0.25 } });
    const labels = rows.map((r) => r.label);
    expect(labels).toContain('Requests (or jobs) per month');
    expect(labels.filter((l) => l.endsWith(' bought'))).toHaveLength(OPTIONS.length);
    expect(rows.at(-1)).toEqual({ label: 'Price override lambda.requests', value: '$0.25' });
  });

  it('says where the prices come from and how much data goes out', () => {
    // 10 M responses × 4 KB ÷ 1,048,576 KB/GB = 38.15 GB, plus the workload's other 0 GB.
    const facts = assumptionsFacts(
      { ...DEFAULT_WORKLOAD, requestsPerMonth: 10_000_000, responseKB: 4, otherTransferOutGB: 0 },
      pricing([]),
    );
    expect(facts.prices).toEqual([
      { label: 'Region', value: 'us-east-1' },
      { label: 'Price book', value: '2025.10.1, prices as of 2025-10-01' },
    ]);
    expect(facts.transfer[0]).toEqual({ label: 'Data out to the internet', value: '38.15 GB a month' });
  });

  it('highlights the recommended option on the cost slide', () => {
    const deck = buildDeck({
      options: OPTIONS,
      pricing: pricing([option('ec2', [line('instances', 50)]), option('lambda', [line('requests', 14)])]),
      breakEven: null,
      workload: DEFAULT_WORKLOAD,
      profile: null,
    });
    expect(deck.find((s) => s.kind === 'comparison')).toMatchObject({ recommendedId: 'lambda' });
  });
});

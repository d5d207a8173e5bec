import { describe, expect, it } from 'vitest';
import { BARE, priceOf } from './test-helpers';
import type { OptionResult } from './types';

/**
 * Lambda duration past the first price tier, from the rates on
 * aws.amazon.com/lambda/pricing (us-east-1, /work/shared/reference):
 * x86 $0.0000166667 per GB-s for the first 6 B GB-s a month, $0.000015 for
 * the next 9 B, $0.0000133334 above 15 B; Arm $0.0000133334 for the first
 * 7.5 B, $0.0000120001 for the next 11.25 B, $0.0000106667 above 18.75 B.
 * The free 400,000 GB-s come off the first tier only.
 */
const durationLines = (option: OptionResult) =>
  option.lineItems
    .filter((line) => line.label.startsWith('Lambda duration'))
    .map((line) => ({ priceId: line.priceId, quantity: line.quantity, unitPriceUSD: line.unitPriceUSD }));

const cents = (usd: number) => Math.round(usd * 100) / 100;

describe('Lambda duration across the price tiers', () => {
  it('x86, 18 B GB-s with the free tier: 5,999,600,000 × $0.0000166667 + 9 B × $0.000015 + 3 B × $0.0000133334', () => {
    // 2,000,000 requests × 900 s × 10 GB = 18,000,000,000 GB-s.
    const lambda = priceOf(
      { ...BARE, requestsPerMonth: 2_000_000, durationMs: 900_000, memoryMB: 10_240, freeTier: true },
      'lambda',
    );
    expect(durationLines(lambda)).toEqual([
      { priceId: 'lambda.duration.x86.tier1', quantity: 5_999_600_000, unitPriceUSD: 0.0000166667 },
      { priceId: 'lambda.duration.x86.tier2', quantity: 9_000_000_000, unitPriceUSD: 0.000015 },
      { priceId: 'lambda.duration.x86.tier3', quantity: 3_000_000_000, unitPriceUSD: 0.0000133334 },
    ]);
    // 100,000.20 − 400,000 × 0.0000166667 (6.67) = $99,993.53; $135,000.00; $40,000.20.
    const costs = lambda.lineItems.filter((line) => line.label.startsWith('Lambda duration')).map((l) => l.costUSD);
    expect(costs.map(cents)).toEqual([99_993.53, 135_000, 40_000.2]);
    // Requests: 2 M − 1 M free = 1 M × $0.20. Total: 0.20 + 99,993.53 + 135,000 + 40,000.20.
    expect(lambda.monthlyUSD).toBe(274_993.93);
  });

  it('x86, exactly 6 B GB-s: the whole month in the first tier, no empty line for the second', () => {
    // 1,000,000 requests × 600 s × 10 GB = 6,000,000,000 GB-s × $0.0000166667 = $100,000.20; requests $0.20.
    const lambda = priceOf(
      { ...BARE, requestsPerMonth: 1_000_000, durationMs: 600_000, memoryMB: 10_240, freeTier: false },
      'lambda',
    );
    expect(durationLines(lambda)).toEqual([
      { priceId: 'lambda.duration.x86.tier1', quantity: 6_000_000_000, unitPriceUSD: 0.0000166667 },
    ]);
    expect(lambda.monthlyUSD).toBe(100_000.4);
  });

  it('x86, one billed second past 6 B GB-s: the second tier starts at its own rate', () => {
    // 1,000,001 requests × 600 s × 10 GB = 6,000,006,000 GB-s: 6,000 GB-s × $0.000015 = $0.09 in tier 2.
    const lambda = priceOf(
      { ...BARE, requestsPerMonth: 1_000_001, durationMs: 600_000, memoryMB: 10_240, freeTier: false },
      'lambda',
    );
    const lines = durationLines(lambda);
    expect(lines.map((line) => line.priceId)).toEqual(['lambda.duration.x86.tier1', 'lambda.duration.x86.tier2']);
    expect(lines[0]!.quantity).toBe(6_000_000_000);
    expect(lines[1]!.quantity).toBeCloseTo(6_000, 3);
  });

  it('Arm, 22.5 B GB-s without the free tier: 7.5 B, 11.25 B and 3.75 B GB-s at the Arm rates', () => {
    // 2,500,000 requests × 900 s × 10 GB = 22,500,000,000 GB-s.
    const lambda = priceOf(
      {
        ...BARE,
        requestsPerMonth: 2_500_000,
        durationMs: 900_000,
        memoryMB: 10_240,
        architecture: 'arm',
        freeTier: false,
      },
      'lambda',
    );
    expect(durationLines(lambda)).toEqual([
      { priceId: 'lambda.duration.arm.tier1', quantity: 7_500_000_000, unitPriceUSD: 0.0000133334 },
      { priceId: 'lambda.duration.arm.tier2', quantity: 11_250_000_000, unitPriceUSD: 0.0000120001 },
      { priceId: 'lambda.duration.arm.tier3', quantity: 3_750_000_000, unitPriceUSD: 0.0000106667 },
    ]);
    // 100,000.50 + 135,001.125 + 40,000.125 = 275,001.75 (each line to the cent: ±1 cent) + requests 2.5 M × $0.20 = $0.50.
    expect(lambda.monthlyUSD).toBeGreaterThanOrEqual(275_002.24);
    expect(lambda.monthlyUSD).toBeLessThanOrEqual(275_002.26);
  });

  it('a Savings Plan discount applies to every tier, not only the first', () => {
    // 17 % off (the most AWS offers on Lambda) on the 18 B GB-s x86 month: each tier's page rate × 0.83.
    const lambda = priceOf(
      {
        ...BARE,
        requestsPerMonth: 2_000_000,
        durationMs: 900_000,
        memoryMB: 10_240,
        freeTier: false,
        purchases: { lambda: { plan: 'compute-savings-plan', discountPct: 17 } },
      },
      'lambda',
    );
    const rates = durationLines(lambda).map((line) => line.unitPriceUSD ?? NaN);
    const expected = [0.0000166667 * 0.83, 0.000015 * 0.83, 0.0000133334 * 0.83];
    expect(rates).toHaveLength(3);
    rates.forEach((rate, i) => expect(rate).toBeCloseTo(expected[i]!, 15));
  });
});

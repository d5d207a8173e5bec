import { describe, expect, it } from 'vitest';
import { evaluate } from '../pricing/evaluate';
import type { OptionResult, PricingResult } from '../pricing/types';
import { DEFAULT_WORKLOAD } from '../pricing/workload-schema';
import { compareCosts } from './compare-costs';

function option(id: OptionResult['id'], label: string, monthlyUSD: number | null): OptionResult {
  return monthlyUSD === null
    ? { id, label, feasible: false, reason: 'cannot run it', monthlyUSD, lineItems: [], warnings: [] }
    : { id, label, feasible: true, monthlyUSD, lineItems: [], warnings: [] };
}

function result(options: OptionResult[]): PricingResult {
  // Sizing and book are not read by the comparison; the engine's own for the default workload stand in.
  const { sizing, priceBook } = evaluate(DEFAULT_WORKLOAD, { detail: false });
  return { priceBook, options, sizing };
}

describe('comparing the costs of several profiles', () => {
  // Hand-made results, later ones listing their options in another order: a row must pair an
  // option with itself, never with its neighbour.
  const a = result([
    option('lambda', 'Lambda + HTTP API', 4.73),
    option('ec2', 'EC2 (Auto Scaling group)', 50.27),
    option('fargate', 'ECS on Fargate', 36.1),
  ]);
  const b = result([
    option('fargate', 'ECS on Fargate', null),
    option('ec2', 'EC2 (Auto Scaling group)', 48.12),
    option('lambda', 'Lambda + HTTP API', 12.34),
  ]);
  const c = result([
    option('lambda', 'Lambda + HTTP API', 60),
    option('ec2', 'EC2 (Auto Scaling group)', 50.27),
    option('fargate', 'ECS on Fargate', 30),
  ]);
  const rows = compareCosts([a, b, c]);

  it('gives each option’s monthly cost in every profile, matching options by id, infeasible as null', () => {
    expect(rows.map((row) => [row.id, row.monthlyUSD])).toEqual([
      ['lambda', [4.73, 12.34, 60]],
      ['ec2', [50.27, 48.12, 50.27]],
      ['fargate', [36.1, null, 30]],
    ]);
  });

  it('sets every later profile against the first, to the cent, and calls cheaper better', () => {
    // By hand: 12.34 − 4.73 = +7.61 (worse); 48.12 − 50.27 = −2.15 (better); 50.27 − 50.27 = 0 (same);
    // 30 − 36.1 = −6.10, 30 ÷ 36.1 = 0.831…; Fargate cannot run b, so b has no difference there.
    const [lambda, ec2, fargate] = rows;
    expect(lambda!.versusFirst[0]).toMatchObject({ absolute: 7.61, verdict: 'worse' });
    expect(ec2!.versusFirst.map((d) => [d?.absolute, d?.verdict])).toEqual([
      [-2.15, 'better'],
      [0, 'same'],
    ]);
    expect(fargate!.versusFirst[0]).toBeNull();
    expect(fargate!.versusFirst[1]!.absolute).toBe(-6.1);
    expect(fargate!.versusFirst[1]!.times).toBeCloseTo(30 / 36.1, 10);
  });

  it('marks the cheapest feasible option of each profile', () => {
    // a: Lambda $4.73; b: Lambda $12.34 (Fargate cannot run); c: Fargate $30.
    expect(rows.map((row) => [row.id, row.cheapest])).toEqual([
      ['lambda', [true, true, false]],
      ['ec2', [false, false, false]],
      ['fargate', [false, false, true]],
    ]);
  });
});

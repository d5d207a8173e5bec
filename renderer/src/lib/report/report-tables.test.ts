import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../electron/common/pricing/evaluate';
import { BARE, workload } from '../../../../electron/common/pricing/test-helpers';
import { appendixRows, cellText, costRows } from './report-tables';

/**
 * AWS's Lambda "mobile application backend" example (x86, free tier):
 * 3 M requests × 120 ms × 1,536 MB → $2.33 duration + $0.40 requests = $2.73
 * (AWS's own figures, reproduced by aws-examples.test.ts).
 */
const MOBILE_BACKEND = workload({ ...BARE, requestsPerMonth: 3_000_000, durationMs: 120, memoryMB: 1536 });
const priced = { name: 'Mobile backend', workload: MOBILE_BACKEND, result: evaluate(MOBILE_BACKEND) };

describe('the report’s cost table', () => {
  const rows = costRows(priced);

  it('has one row per option, with Lambda at AWS’s $2.73 a month and 12 × that a year', () => {
    expect(rows.map((row) => row.option)).toEqual(priced.result.options.map((o) => o.label));
    const lambda = rows.find((row) => row.option === 'Lambda')!;
    // $2.73 × 12 = $32.76, by hand.
    expect([lambda.monthly, lambda.yearly]).toEqual(['$2.73', '$32.76']);
  });

  it('marks exactly one option recommended: the cheapest that can run the workload', () => {
    const recommended = rows.filter((row) => row.recommended);
    expect(recommended).toHaveLength(1);
    const cheapestFeasible = Math.min(
      ...priced.result.options.filter((o) => o.feasible).map((o) => o.monthlyUSD ?? Infinity),
    );
    const winner = priced.result.options.find((o) => o.label === recommended[0]!.option)!;
    expect(winner.monthlyUSD).toBe(cheapestFeasible);
  });

  it('says why an option cannot run instead of giving it a price', () => {
    // AWS Batch runs jobs: it cannot serve a request workload.
    const infeasible = rows.filter((row) => !row.feasible);
    expect(infeasible.map((row) => row.option)).toContain('AWS Batch on EC2');
    for (const row of infeasible) {
      expect(row.monthly).toBe('—');
      expect(row.note).toMatch(/^Not feasible/);
    }
  });
});

describe('the report’s line items appendix', () => {
  it('prints Lambda’s two lines as AWS bills them, with formula and price source', () => {
    const lambda = appendixRows(priced).filter((row) => row.option === 'Lambda');
    expect(lambda.map((row) => [row.line, row.monthly])).toEqual([
      ['Lambda requests', '$0.40'],
      ['Lambda duration (x86)', '$2.33'],
    ]);
    expect(lambda.every((row) => row.formula.length > 0 && row.source.length > 0)).toBe(true);
  });
});

describe('cellText', () => {
  it('prints money to the cent, unit prices in full and empty cells as a dash', () => {
    expect(cellText(1234.5, 'usd')).toBe('$1,234.50');
    expect(cellText(0.0000166667, 'unit-price')).toBe('$0.0000166667');
    expect(cellText(null, 'usd')).toBe('—');
    expect(cellText('Lambda', 'text')).toBe('Lambda');
  });
});

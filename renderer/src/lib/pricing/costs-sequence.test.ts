import { describe, expect, it } from 'vitest';
import {
  BUNDLED_PRICE_BOOK,
  DEFAULT_WORKLOAD,
  type PricingResult,
  type Workload,
} from '../../../../electron/common/pricing';
import { evaluate } from '../../../../electron/common/pricing/evaluate';
import { CostsSequence } from './costs-sequence';
import { asReceivedFromWorker } from './worker-answer.test-helper';

const at = (requestsPerMonth: number): Workload => ({ ...DEFAULT_WORKLOAD, requestsPerMonth });

/** A result whose only number that matters here is Lambda's monthly total. */
function costing(lambdaUSD: number): PricingResult {
  return {
    priceBook: {
      region: 'us-east-1',
      regionName: 'US East (N. Virginia)',
      version: 'v',
      asOf: '2025-10-01',
      source: { kind: 'bundled' },
    },
    options: [{ id: 'lambda', label: 'Lambda', feasible: true, monthlyUSD: lambdaUSD, lineItems: [], warnings: [] }],
    sizing: [],
  } as unknown as PricingResult;
}

describe('costs painted locally, then confirmed by the worker', () => {
  it('shows the local result at once, unconfirmed', () => {
    const costs = new CostsSequence();
    const shown = costs.local(1, at(1_000), costing(2));
    expect(shown).toMatchObject({ seq: 1, confirmed: false });
    expect(shown?.result.options[0]?.monthlyUSD).toBe(2);
  });

  it('keeps the very same result object when the worker agrees, so nothing repaints', () => {
    const costs = new CostsSequence();
    const local = costing(2);
    costs.local(1, at(1_000), local);
    const confirmed = costs.confirm(1, at(1_000), costing(2));
    expect(confirmed?.confirmed).toBe(true);
    expect(confirmed?.result).toBe(local);
  });

  it('keeps it too when the worker’s answer arrives as JSON parsed by the reply schema (keys in another order)', () => {
    const costs = new CostsSequence();
    const local = evaluate(at(1_000), { book: BUNDLED_PRICE_BOOK });
    costs.local(1, at(1_000), local);
    const received = asReceivedFromWorker(evaluate(at(1_000), { book: BUNDLED_PRICE_BOOK }));
    expect(costs.confirm(1, at(1_000), received)?.result).toBe(local);
  });

  it('lets the worker win when it disagrees with a stale local result', () => {
    const costs = new CostsSequence();
    costs.local(1, at(1_000), costing(2)); // priced with a book the host has since replaced
    const confirmed = costs.confirm(1, at(1_000), costing(4));
    expect(confirmed?.confirmed).toBe(true);
    expect(confirmed?.result.options[0]?.monthlyUSD).toBe(4);
    expect(costs.shown?.result.options[0]?.monthlyUSD).toBe(4);
  });

  it('never lets the worker’s answer to an older move overwrite a newer local one', () => {
    const costs = new CostsSequence();
    costs.local(1, at(1_000), costing(1));
    costs.local(2, at(2_000), costing(2));
    expect(costs.confirm(1, at(1_000), costing(1))).toBeNull();
    expect(costs.shown).toMatchObject({ seq: 2, confirmed: false });
    expect(costs.confirm(2, at(2_000), costing(2))).toMatchObject({ seq: 2, confirmed: true });
  });

  it('never shows a local result older than what is on screen', () => {
    const costs = new CostsSequence();
    costs.confirm(3, at(3_000), costing(3));
    expect(costs.local(2, at(2_000), costing(2))).toBeNull();
    expect(costs.shown?.seq).toBe(3);
  });

  it('shows the worker’s answer when nothing was priced locally (no book yet)', () => {
    const costs = new CostsSequence();
    expect(costs.confirm(1, at(1_000), costing(5))).toMatchObject({ seq: 1, confirmed: true });
  });
});

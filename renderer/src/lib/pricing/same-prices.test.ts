import { describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK, DEFAULT_WORKLOAD, type PricingResult } from '../../../../electron/common/pricing';
import { evaluate } from '../../../../electron/common/pricing/evaluate';
import { samePrices } from './same-prices';
import { asReceivedFromWorker as asReceived } from './worker-answer.test-helper';

const priced = (): PricingResult => evaluate(DEFAULT_WORKLOAD, { book: BUNDLED_PRICE_BOOK });

describe('two pricing results saying the same thing', () => {
  it('match when the worker’s answer arrives with its keys in the schema’s order', () => {
    const mine = priced();
    const theirs = asReceived(priced());
    // The schema does reorder keys: as JSON text the two differ.
    expect(JSON.stringify(theirs)).not.toBe(JSON.stringify(mine));
    expect(samePrices(mine, theirs)).toBe(true);
  });

  it('differ when one line item’s cost differs, however deep', () => {
    const theirs = asReceived(priced());
    const line = theirs.options[1]!.lineItems[0]!;
    theirs.options[1]!.lineItems[0] = { ...line, costUSD: line.costUSD + 0.01 };
    expect(samePrices(priced(), theirs)).toBe(false);
  });

  it('differ when an option has a line more or fewer', () => {
    const theirs = asReceived(priced());
    theirs.options[0]!.lineItems.pop();
    expect(samePrices(priced(), theirs)).toBe(false);
  });

  it('differ when a field is there on one side only, and count a field holding undefined as absent', () => {
    const mine = priced();
    const withExtra = { ...mine, note: 'extra' } as PricingResult;
    expect(samePrices(mine, withExtra)).toBe(false);
    expect(samePrices(withExtra, mine)).toBe(false);
    const withUndefined = { ...mine, note: undefined } as PricingResult;
    expect(samePrices(withUndefined, asReceived(mine))).toBe(true);
    const swapped = { ...mine, sizing: undefined, other: mine.sizing } as unknown as PricingResult;
    expect(samePrices(mine, swapped)).toBe(false);
  });

  it('differ when the book behind them differs', () => {
    const theirs = asReceived(priced());
    expect(samePrices(priced(), { ...theirs, priceBook: { ...theirs.priceBook, version: 'other' } })).toBe(false);
  });
});

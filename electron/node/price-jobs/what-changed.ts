import type { ImportOutcome, OptionMove } from '../../common/price-import-ipc';
import type { PriceBookData } from '../../common/pricing/price-book-data';
import { diffPriceBooks } from '../../common/pricing/price-book-diff';
import type { Workload } from '../../common/pricing/workload-schema';
import type { PricingService } from '../pricing/pricing-service';

const summary = (book: PriceBookData) => ({
  region: book.region.code,
  regionName: book.region.name,
  version: book.version,
  asOf: book.asOf,
});

/**
 * What an import changed: the prices that moved (the same diff as
 * `npm run prices -- diff`) and, for the workload on screen, each option's
 * monthly total with the old book and with the new one, priced in the
 * imported Region by the same engine as the Costs page.
 */
export async function whatChanged(
  before: PriceBookData | null,
  after: PriceBookData,
  workload: Workload | undefined,
  pricing: PricingService,
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = {
    book: summary(after),
    replaced: before ? { ...summary(before), source: before.source.kind } : null,
    changes: before ? diffPriceBooks(before, after) : [],
    unchanged: before
      ? Object.keys(after.prices).filter((id) => before.prices[id]?.usd === after.prices[id]!.usd).length
      : 0,
    options: [],
  };
  if (!before || !workload) return outcome;
  const inRegion = { ...workload, region: after.region.code };
  const priced = await pricing.evaluateMany([
    { workload: inRegion, book: before },
    { workload: inRegion, book: after },
  ]);
  if (priced.status !== 'done') return outcome;
  const [old, now] = priced.value;
  outcome.options = old!.options.map((option): OptionMove => {
    const next = now!.options.find((o) => o.id === option.id);
    return {
      id: option.id,
      label: option.label,
      before: option.feasible ? option.monthlyUSD : null,
      after: next?.feasible ? next.monthlyUSD : null,
    };
  });
  return outcome;
}

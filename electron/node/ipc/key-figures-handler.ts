import type { KeyFigures } from '../../common/profile-key-figures';
import { rankFeasible, type PriceBook, type Workload } from '../../common/pricing';
import type { PricingService } from '../pricing/pricing-service';
import { WorkerUnavailableError } from '../workers/latest-wins-worker';
import type { ProfileStore } from '../profiles/profile-store';
import { HandlerError, type Implementations } from './handler-table';

type BookFor = (region: string) => Promise<{ ok: true; book: PriceBook } | { ok: false; message: string }>;

/**
 * The Profiles page's key figures: each profile read from the store and priced
 * with its own Region's book in one worker call, the same engine and books the
 * Costs page uses. A profile gone from the store since the list was drawn is
 * left out (the list refreshes itself); a Region without a book says so.
 */
export function keyFiguresHandler(
  store: ProfileStore,
  pricing: PricingService,
  bookFor: BookFor,
): Pick<Implementations, 'profileKeyFigures'> {
  return {
    profileKeyFigures: async ({ ids }) => {
      const loaded = await Promise.all([...new Set(ids)].map((id) => store.get(id).catch(() => null)));
      const profiles = loaded.flatMap((entry) => (entry ? [entry.profile] : []));
      const priced: { id: string; revision: number; workload: Workload; book: PriceBook }[] = [];
      const figures: KeyFigures[] = [];
      for (const profile of profiles) {
        const { workload } = profile;
        const found = await bookFor(workload.region);
        if (found.ok) priced.push({ id: profile.id, revision: profile.revision, workload, book: found.book });
        else figures.push({ ...base(profile.id, profile.revision, workload), cheapest: null, problem: found.message });
      }
      if (priced.length === 0) return { figures };
      const outcome = await pricing
        .evaluateMany(priced.map(({ workload, book }) => ({ workload, book })))
        .catch((error: unknown) => {
          if (error instanceof WorkerUnavailableError) throw new HandlerError('unavailable', error.message);
          throw error;
        });
      if (outcome.status !== 'done')
        throw new HandlerError('unavailable', 'The key figures were interrupted; try again.');
      outcome.value.forEach((result, index) => {
        const { id, revision, workload } = priced[index]!;
        const [cheapest] = rankFeasible(result.options);
        figures.push({
          ...base(id, revision, workload),
          cheapest:
            cheapest && cheapest.monthlyUSD !== null
              ? { optionId: cheapest.id, label: cheapest.label, monthlyUSD: cheapest.monthlyUSD }
              : null,
          ...(cheapest ? {} : { problem: 'No option can run this workload.' }),
        });
      });
      return { figures };
    },
  };
}

function base(id: string, revision: number, workload: Workload) {
  return { id, revision, requestsPerMonth: workload.requestsPerMonth, region: workload.region };
}

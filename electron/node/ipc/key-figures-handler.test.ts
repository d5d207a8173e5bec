import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_PRICE_BOOK } from '../../common/pricing/price-book';
import { evaluate } from '../../common/pricing/evaluate';
import { DEFAULT_WORKLOAD } from '../../common/pricing/workload-schema';
import type { PriceBook, Workload } from '../../common/pricing';
import type { PricingService } from '../pricing/pricing-service';
import { openProfileStore, type ProfileStore } from '../profiles/profile-store';
import { steppingClock, tempProfilesDir } from '../profiles/profile-test-helpers';
import { keyFiguresHandler } from './key-figures-handler';

let cleanUp: () => Promise<void>;
let store: ProfileStore;
let calls: number;

// The worker's evaluate-many, run in this process: the same engine with the same books.
const inProcessPricing = {
  evaluateMany: async (items: { workload: unknown; book: PriceBook }[]) => {
    calls++;
    return {
      status: 'done' as const,
      value: items.map(({ workload, book }) => evaluate(workload as Workload, { book })),
    };
  },
} as unknown as PricingService;

const bookFor = async (region: string) =>
  region === 'us-east-1'
    ? { ok: true as const, book: BUNDLED_PRICE_BOOK }
    : { ok: false as const, message: `No price book for ${region}: import one.` };

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanUp } = await tempProfilesDir());
  store = await openProfileStore({ dir, now: steppingClock() });
  calls = 0;
});
afterEach(async () => {
  await store.close();
  await cleanUp();
});

const figures = (ids: string[]) =>
  keyFiguresHandler(store, inProcessPricing, bookFor).profileKeyFigures({ ids }) as Promise<{
    figures: { id: string; revision: number; requestsPerMonth: number; cheapest: unknown; problem?: string }[];
  }>;

describe('key figures of the Profiles page', () => {
  it("gives each profile's request rate and the cheapest option its Costs page shows, in one pricing call", async () => {
    const busy = await store.create({ name: 'Busy', workload: { ...DEFAULT_WORKLOAD, requestsPerMonth: 2e9 } });
    const quiet = await store.create({ name: 'Quiet', workload: { ...DEFAULT_WORKLOAD, requestsPerMonth: 50_000 } });
    const { figures: got } = await figures([busy.id, quiet.id]);
    expect(calls).toBe(1);
    for (const [profile, rate] of [
      [busy, 2e9],
      [quiet, 50_000],
    ] as const) {
      // The Costs page's cheapest: the lowest monthly total among the options that can run it.
      const options = evaluate(profile.workload).options.filter((o) => o.feasible && o.monthlyUSD !== null);
      const lowest = options.reduce((a, b) => (b.monthlyUSD! < a.monthlyUSD! ? b : a));
      expect(got.find((f) => f.id === profile.id)).toEqual({
        id: profile.id,
        revision: profile.revision,
        requestsPerMonth: rate,
        region: 'us-east-1',
        cheapest: { optionId: lowest.id, label: lowest.label, monthlyUSD: lowest.monthlyUSD },
      });
    }
    // The two workloads are far apart: the busy one must not be as cheap as the quiet one.
    const cost = (id: string) => (got.find((f) => f.id === id)!.cheapest as { monthlyUSD: number }).monthlyUSD;
    expect(cost(busy.id)).toBeGreaterThan(cost(quiet.id));
  });

  it('says why a profile in a Region without a price book has no figure, and leaves out profiles gone since', async () => {
    const away = await store.create({ name: 'Away', workload: { ...DEFAULT_WORKLOAD, region: 'ap-southeast-2' } });
    const { figures: got } = await figures([away.id, 'deleted-meanwhile']);
    expect(got).toEqual([
      expect.objectContaining({
        id: away.id,
        cheapest: null,
        problem: 'No price book for ap-southeast-2: import one.',
      }),
    ]);
    expect(calls).toBe(0);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OFFER_CODES, type OfferCode } from '../offer-codes';
import type { FixtureOffer } from './fixture-model';
import type { FixtureRegion } from './fixture-prices';
import { fixtureOffer } from './fixture-tree';
import { offerCsv, offerJson } from './offer-file-writers';

export interface TempOffers {
  root: string;
  files: string[];
  fileOf(offer: OfferCode): string;
  remove(): Promise<void>;
}

/**
 * A Region's fixture offers written to a temp folder at AWS's paths, with
 * `change` applied to each offer first: for tests that need a file with a
 * product added, removed or damaged.
 */
export async function tempOffers(
  region: FixtureRegion,
  format: 'json' | 'csv',
  change: (offer: FixtureOffer) => FixtureOffer = (offer) => offer,
): Promise<TempOffers> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'price-list-'));
  const byOffer = new Map<OfferCode, string>();
  for (const code of OFFER_CODES) {
    const offer = fixtureOffer(code, region);
    if (!offer) continue;
    const file = path.join(root, code, offer.version, region, `index.${format}`);
    await mkdir(path.dirname(file), { recursive: true });
    const changed = change(offer);
    await writeFile(file, format === 'json' ? offerJson(changed) : offerCsv(changed));
    byOffer.set(code, file);
  }
  return {
    root,
    files: [...byOffer.values()],
    fileOf: (offer) => byOffer.get(offer)!,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

import { stat } from 'node:fs/promises';
import { knownRegion } from '../../common/pricing/aws-regions';
import {
  PRICE_BOOK_SCHEMA_VERSION,
  priceBookDataSchema,
  regionCodeSchema,
  type OfferVersion,
  type PriceBookData,
  type PriceBookEntryData,
} from '../../common/pricing/price-book-data';
import { mappingFor, type PriceMapping } from './mapping';
import type { OfferCode } from './offer-codes';
import { type Candidate, type OfferFinds } from './offer-finds';
import { bookAmount } from './price-amount';
import type { ImportProblem } from './import-problems';
import { planOffers, type PlannedOffer } from './import-plan';
import { readPlannedOffers } from './import-read';

export interface ImportProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
}

export interface PriceListImport {
  files: readonly string[];
  /** The price ids the engine needs: each must be found exactly once, or be absent for a stated reason. */
  ids: readonly string[];
  /** Labels and units for the ids: the bundled book. */
  template: PriceBookData;
  /** The Region to import; read from the files (their paths or products) when not given. */
  region?: string;
  /** Services AWS doesn't offer in the Region (its region index lacks them): their prices are absent. */
  notOffered?: readonly OfferCode[];
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => Date;
}

export type ImportResult =
  | { ok: true; book: PriceBookData; skipped: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; skipped: ImportProblem[] };

const BULK_URL = 'https://pricing.us-east-1.amazonaws.com';

/** Where AWS publishes exactly this version of an offer for a Region. */
export function offerFileUrl(offer: string, version: string, region: string, format: 'json' | 'csv'): string {
  return `${BULK_URL}/offers/v1.0/aws/${offer}/${version}/${region}/index.${format}`;
}

/**
 * Reads AWS Price List offer files into a price book for one Region. Nothing
 * is written: the caller stores the book only when the result is `ok`, so a
 * refused import leaves the current book as it was.
 */
export async function importPriceBook(request: PriceListImport): Promise<ImportResult> {
  if (request.region !== undefined && !regionCodeSchema.safeParse(request.region).success) {
    return refusal([{ kind: 'region', message: `"${request.region}" is not an AWS Region code (like eu-central-1)` }]);
  }
  const plan = await planOffers(request);
  if (!plan.ok) return refusal(plan.problems, plan.skipped);

  const totalBytes = (await Promise.all(plan.offers.map((o) => stat(o.file)))).reduce((sum, s) => sum + s.size, 0);
  const read = await readPlannedOffers(plan.offers, plan.region, totalBytes, request);
  if (!read.ok) return refusal(read.problems, plan.skipped);

  const problems: ImportProblem[] = [];
  const prices: Record<string, PriceBookEntryData> = {};
  const absent: Record<string, { reason: string }> = { ...plan.absent };
  const regionName = knownRegion(plan.region.code)?.name ?? plan.region.code;
  for (const offer of plan.offers) {
    const finds = read.finds.get(offer.offer)!;
    const resolved = resolveOffer(offer, finds, regionName, request.template);
    problems.push(...resolved.problems);
    Object.assign(absent, resolved.absent);
    for (const [id, candidate] of resolved.found) {
      prices[id] = entryFor(id, candidate, offer, request.template, plan.region.code);
    }
  }
  if (Object.keys(prices).length === 0) {
    problems.push({
      kind: 'region',
      message: `No price for ${plan.region.code} was found: every offer is marked not offered.`,
    });
  }
  if (problems.length > 0) return refusal(problems, plan.skipped);

  const offers: OfferVersion[] = plan.offers.map(({ offer, header }) => ({
    offerCode: offer,
    version: header.version,
    publicationDate: header.publicationDate,
    format: header.format,
    url: offerFileUrl(offer, header.version, plan.region.code, header.format),
  }));
  const newest = (key: 'version' | 'publicationDate') =>
    offers
      .map((o) => o[key])
      .sort()
      .at(-1)!;
  const book = priceBookDataSchema.parse({
    schemaVersion: PRICE_BOOK_SCHEMA_VERSION,
    region: { code: plan.region.code, name: regionName },
    currency: 'USD',
    version: `aws-${newest('version')}`,
    asOf: newest('publicationDate').slice(0, 10),
    source: { kind: 'aws-price-list', importedAt: (request.now?.() ?? new Date()).toISOString(), offers },
    prices,
    absent,
  });
  return { ok: true, book, skipped: plan.skipped };
}

function refusal(problems: ImportProblem[], skipped: ImportProblem[] = []): ImportResult {
  return { ok: false, problems, skipped };
}

/** Same price listed twice (us-east-1 has some usage types bare and with `USE1-`) is one price. */
function distinctPrices(candidates: readonly Candidate[], mapping: PriceMapping): Candidate[] {
  const seen = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const amount = bookAmount(candidate.price, mapping);
    if (!seen.has(amount)) seen.set(amount, candidate);
  }
  return [...seen.values()];
}

function resolveOffer(offer: PlannedOffer, finds: OfferFinds, regionName: string, template: PriceBookData) {
  const problems: ImportProblem[] = [];
  const absent: Record<string, { reason: string }> = {};
  const found = new Map<string, Candidate>();
  const optionalMissing: string[] = [];
  for (const [id, mapping] of offer.wanted) {
    const candidates = distinctPrices(finds.get(id) ?? [], mapping);
    if (candidates.length === 1) found.set(id, candidates[0]!);
    else if (candidates.length > 1) problems.push({ kind: 'ambiguous', id, file: offer.file, candidates });
    else if (mapping.mayBeAbsent) optionalMissing.push(id);
    else problems.push({ kind: 'missing', id, offer: offer.offer, file: offer.file, mapping });
  }
  // If none of the optional prices is there, the file or the mapping is wrong, not the Region.
  const optionalWanted = offer.wanted.filter(([, m]) => m.mayBeAbsent).length;
  const allOptionalGone = optionalWanted > 0 && optionalMissing.length === optionalWanted;
  for (const id of optionalMissing) {
    const mapping = mappingFor(id)!;
    if (allOptionalGone) problems.push({ kind: 'missing', id, offer: offer.offer, file: offer.file, mapping });
    else {
      const what = template.prices[id]?.label ?? id;
      absent[id] = { reason: `AWS's price list for ${regionName} has no ${what} (${mapping.mayBeAbsent}).` };
    }
  }
  return { problems, absent, found };
}

function entryFor(
  id: string,
  candidate: Candidate,
  offer: PlannedOffer,
  template: PriceBookData,
  region: string,
): PriceBookEntryData {
  const mapping = mappingFor(id)!;
  const described = template.prices[id];
  const note =
    mapping.hoursPerMonth === undefined
      ? undefined
      : `AWS lists $${candidate.price} per ${candidate.unit}; × ${mapping.hoursPerMonth} hours (the monthly cap), to the cent.`;
  return {
    usd: bookAmount(candidate.price, mapping),
    unit: described?.unit ?? candidate.unit,
    effectiveDate: candidate.effectiveDate,
    label: described?.label ?? id,
    source: offerFileUrl(offer.offer, offer.header.version, region, offer.header.format),
    verified: true,
    ...(note ? { note } : {}),
    offerCode: offer.offer,
    sku: candidate.sku,
    rateCode: candidate.rateCode,
    awsPrice: candidate.price,
    awsUnit: candidate.unit,
  };
}

import '../../common/zod-no-eval';
import * as z from 'zod';
import { describeZodError } from '../../common/schema-error';
import type { PriceMapping } from './mapping';
import type { OfferCode } from './offer-codes';
import type { RegionFilter } from './product-match';

/** What to look for in one offer file. */
export interface OfferPlan {
  offer: OfferCode;
  region: RegionFilter;
  wanted: ReadonlyArray<readonly [id: string, mapping: PriceMapping]>;
  signal?: AbortSignal;
  onBytes?: (bytes: number) => void;
}

/** A price dimension that matched a price id's product and tier. */
export interface Candidate {
  sku: string;
  rateCode: string;
  /** As the file wrote it, in `unit`. */
  price: string;
  unit: string;
  effectiveDate: string;
  description: string;
}

/** Candidates by price id; an id with none was not found, with several (at different prices) is ambiguous. */
export type OfferFinds = Map<string, Candidate[]>;

export class OfferFileError extends Error {}

const candidateSchema = z.object({
  sku: z.string().min(1),
  rateCode: z.string().min(1),
  price: z.string().regex(/^\d+(\.\d+)?$/, 'not a price in USD'),
  unit: z.string(),
  effectiveDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'not a date')
    .transform((date) => date.slice(0, 10)),
  description: z.string(),
});

/** Checks what was read from the file, then files it under the price id. */
export function addCandidate(finds: OfferFinds, id: string, raw: Record<keyof Candidate, unknown>): void {
  const parsed = candidateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new OfferFileError(`SKU ${String(raw.sku)}, rate ${String(raw.rateCode)}: ${describeZodError(parsed.error)}`);
  }
  const list = finds.get(id);
  if (list) list.push(parsed.data);
  else finds.set(id, [parsed.data]);
}

/** Whether a price dimension starting at `begin` is the tier a mapping wants. */
export function isWantedTier(mapping: PriceMapping, begin: unknown): boolean {
  const start = begin === undefined || begin === '' ? 0 : Number(begin);
  return start === (mapping.tierBegin ?? 0);
}

import type { PriceId } from '../../common/pricing/price-book';
import { LIGHTSAIL_MAPPING } from './mapping-lightsail';
import { SERVER_MAPPING } from './mapping-servers';
import { SERVERLESS_MAPPING } from './mapping-serverless';
import type { OfferCode } from './offer-codes';

/**
 * Where one price id's number sits in AWS's Price List: the offer, the one
 * product (by its attributes) and the one price dimension (by its tier), and
 * how AWS's unit converts to the book's. Products are matched on AWS's
 * on-demand terms only; Reserved terms are never read.
 */
export interface PriceMapping {
  offer: OfferCode;
  /** The product's `productFamily` ("Product Family" in CSV files), where it is known to be stable. */
  productFamily?: string;
  /**
   * The usage type without its Region prefix: `BoxUsage:t3.micro` matches
   * `BoxUsage:t3.micro` and `EUC1-BoxUsage:t3.micro`. us-east-1 writes some
   * bare and some with `USE1-`; both are accepted everywhere.
   */
  usageType: string;
  /** Other attributes that must match exactly, by their JSON names (CSV headers are matched to them). */
  attributes?: Readonly<Record<string, string>>;
  /** The tier: the price dimension whose range begins at this quantity, in AWS's unit. Default 0. */
  tierBegin?: number;
  /** The book's unit is this many of AWS's (a power of ten): 1M requests = 1e6 requests. */
  unitsPerBookUnit?: number;
  /** AWS lists this monthly price by the hour: the book's price is this many hours' worth, to the cent. */
  hoursPerMonth?: number;
  /**
   * Set when a Region can lack this price although it offers the service
   * (an instance type not sold there): the price is then recorded absent
   * with this reason instead of refusing the import.
   */
  mayBeAbsent?: string;
}

/**
 * Every price id the engine uses, mapped to AWS's Price List. Adding a price
 * id means adding one entry here; the import checks the ids it is asked for,
 * and refuses to guess for an id with no entry. `Partial` so that a price id
 * added to the engine before its mapping is reported, not a build error
 * (`mapping.test.ts` lists any id without one).
 */
export const PRICE_MAPPING: Readonly<Partial<Record<PriceId, PriceMapping>>> = {
  ...SERVERLESS_MAPPING,
  ...SERVER_MAPPING,
  ...LIGHTSAIL_MAPPING,
};

export function mappingFor(id: string): PriceMapping | undefined {
  return Object.hasOwn(PRICE_MAPPING, id) ? PRICE_MAPPING[id as PriceId] : undefined;
}

import { knownRegion } from '../../../common/pricing/aws-regions';
import type { OfferCode } from '../offer-codes';

/** One price dimension as an offer file lists it. */
export interface FixtureDimension {
  beginRange: string;
  endRange: string;
  unit: string;
  price: string;
  description: string;
}

export interface FixtureProduct {
  sku: string;
  productFamily: string;
  attributes: Record<string, string>;
  onDemand: FixtureDimension[];
  /** A 1-year Reserved term: never read by the importer, there to be ignored. */
  reserved?: FixtureDimension[];
}

export interface FixtureOffer {
  offerCode: OfferCode;
  version: string;
  publicationDate: string;
  effectiveDate: string;
  products: FixtureProduct[];
}

/** Each offer's version and publication date, as its region index would name them. */
export const FIXTURE_VERSIONS: Readonly<Record<OfferCode, { version: string; publicationDate: string }>> = {
  AWSLambda: { version: '20251021174530', publicationDate: '2025-10-21T17:45:30Z' },
  AmazonApiGateway: { version: '20251009201012', publicationDate: '2025-10-09T20:10:12Z' },
  AmazonECS: { version: '20251017153046', publicationDate: '2025-10-17T15:30:46Z' },
  AmazonEKS: { version: '20251002224408', publicationDate: '2025-10-02T22:44:08Z' },
  AmazonECR: { version: '20250930190122', publicationDate: '2025-09-30T19:01:22Z' },
  AmazonEC2: { version: '20251028195310', publicationDate: '2025-10-28T19:53:10Z' },
  AWSELB: { version: '20251014182255', publicationDate: '2025-10-14T18:22:55Z' },
  AWSDataTransfer: { version: '20251024003117', publicationDate: '2025-10-24T00:31:17Z' },
  AmazonLightsail: { version: '20251003171519', publicationDate: '2025-10-03T17:15:19Z' },
};

export const FIXTURE_EFFECTIVE_DATE = '2025-10-01T00:00:00Z';

/** The Region every file also lists, as the decoy "same product, another Region". */
export const DECOY_REGION = 'us-west-2';

const SKU_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A stable 16-character SKU (or 10-character code) from a seed, shaped like AWS's. */
export function fakeCode(seed: string, length = 16): string {
  let hash = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (const ch of `${seed}#${round}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    for (let h = hash; h > 0 && out.length < length; h = Math.floor(h / 32)) out += SKU_ALPHABET[h % 32];
  }
  return out;
}

/** The usage type as a Region writes it: us-east-1 writes some bare, the rest with its prefix. */
export function usageType(region: string, base: string, bareInUsEast1: boolean): string {
  if (region === 'us-east-1' && bareInUsEast1) return base;
  return `${knownRegion(region)!.usagePrefix}-${base}`;
}

export function regionAttributes(region: string, offer: OfferCode): Record<string, string> {
  return { servicecode: offer, location: knownRegion(region)!.name, locationType: 'AWS Region', regionCode: region };
}

export const flat = (price: string, unit: string, description: string): FixtureDimension[] => [
  { beginRange: '0', endRange: 'Inf', unit, price, description },
];

/** The same price 25 % higher, for decoys that must never be picked. */
export const dearer = (price: string) => (Number(price) * 1.25).toFixed(10);

export interface ProductSeed {
  region: string;
  offer: OfferCode;
  key: string;
  productFamily: string;
  attributes: Record<string, string>;
  onDemand: FixtureDimension[];
  reserved?: FixtureDimension[];
}

export function product({
  region,
  offer,
  key,
  productFamily,
  attributes,
  onDemand,
  reserved,
}: ProductSeed): FixtureProduct {
  return {
    sku: fakeCode(`${region}/${offer}/${key}`),
    productFamily,
    attributes: { ...regionAttributes(region, offer), ...attributes },
    onDemand,
    ...(reserved ? { reserved } : {}),
  };
}

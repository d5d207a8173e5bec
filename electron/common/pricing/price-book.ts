import { PRICES_AS_OF, type PriceEntryData } from './price-entry';
import { COMMITMENT_PRICES } from './prices-commitments';
import { LIGHTSAIL_PRICES } from './prices-lightsail';
import { SERVER_PRICES } from './prices-servers';
import { SERVERLESS_PRICES } from './prices-serverless';

const ENTRY_DATA = { ...SERVERLESS_PRICES, ...SERVER_PRICES, ...LIGHTSAIL_PRICES, ...COMMITMENT_PRICES };

/** A stable key for one unit price; saved overrides refer to prices by it. */
export type PriceId = keyof typeof ENTRY_DATA;

export interface PriceEntry extends PriceEntryData {
  id: PriceId;
  /** ISO date the price was last checked. */
  asOf: string;
}

export interface PriceBook {
  version: string;
  asOf: string;
  region: 'us-east-1';
  entries: Readonly<Record<PriceId, PriceEntry>>;
}

export const PRICE_IDS = Object.keys(ENTRY_DATA) as [PriceId, ...PriceId[]];

function withIds(): Record<PriceId, PriceEntry> {
  const entries = {} as Record<PriceId, PriceEntry>;
  for (const id of PRICE_IDS) entries[id] = { id, asOf: PRICES_AS_OF, ...ENTRY_DATA[id] };
  return entries;
}

export const PRICE_BOOK: PriceBook = {
  version: '2025.10.1',
  asOf: PRICES_AS_OF,
  region: 'us-east-1',
  entries: withIds(),
};

import '../zod-no-eval';
import * as z from 'zod';

/** The price-book file format this app writes; a newer one is left alone, never set aside. */
export const PRICE_BOOK_SCHEMA_VERSION = 1;

/** A price book is a few dozen prices: tens of KB. Anything this big is not one of ours. */
export const PRICE_BOOK_TEXT_MAX = 4 * 1024 * 1024;

const isoDate = z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' });
const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO date and time' });

/** us-east-1, ap-southeast-2, us-gov-west-1, eu-central-2: AWS's code for a Region. */
export const regionCodeSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'not an AWS Region code');

/** AWS's name for a service's offer: AmazonEC2, AWSLambda, AWSDataTransfer… */
export const offerCodeSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,63}$/, 'not an AWS offer code');

/** `lambda.requests`, `ec2.m7g.16xlarge`: the key the engine and saved overrides use. */
const priceIdKeySchema = z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'not a price id');

export const priceBookEntrySchema = z
  .object({
    /** The price of one `unit`, in US dollars. */
    usd: z.number().min(0, 'a price cannot be negative').max(1e9),
    unit: z.string().min(1),
    /** When AWS's price took effect (imported), or when it was last checked (bundled). */
    effectiveDate: isoDate,
    label: z.string().min(1),
    /** Where the price comes from: AWS's pricing page, or the Price List file it was read from. */
    source: z.string().min(1),
    verified: z.boolean(),
    note: z.string().min(1).optional(),
    // From AWS's Price List, when imported: enough to find the price again in the file.
    offerCode: offerCodeSchema.optional(),
    sku: z.string().min(1).optional(),
    rateCode: z.string().min(1).optional(),
    /** The price exactly as the file wrote it, per `awsUnit` (before converting to `unit`). */
    awsPrice: z.string().min(1).optional(),
    awsUnit: z.string().min(1).optional(),
  })
  .strict();

export const offerVersionSchema = z
  .object({
    offerCode: offerCodeSchema,
    version: z.string().min(1).max(40),
    publicationDate: isoDateTime,
    format: z.enum(['json', 'csv']),
    /** The file at AWS that holds exactly this version for this Region. */
    url: z.string().min(1),
  })
  .strict();

const bundledSourceSchema = z.object({ kind: z.literal('bundled'), description: z.string().min(1) }).strict();

const priceListSourceSchema = z
  .object({
    kind: z.literal('aws-price-list'),
    importedAt: isoDateTime,
    offers: z.array(offerVersionSchema).min(1),
  })
  .strict();

export const priceBookDataSchema = z
  .object({
    schemaVersion: z.literal(PRICE_BOOK_SCHEMA_VERSION),
    region: z.object({ code: regionCodeSchema, name: z.string().min(1) }).strict(),
    currency: z.literal('USD'),
    version: z.string().min(1).max(80),
    asOf: isoDate,
    source: z.discriminatedUnion('kind', [bundledSourceSchema, priceListSourceSchema]),
    prices: z.record(priceIdKeySchema, priceBookEntrySchema),
    /**
     * Prices this Region doesn't have (a service AWS doesn't offer there), with
     * the reason: the options that need them are infeasible, never priced with
     * another Region's numbers.
     */
    absent: z.record(priceIdKeySchema, z.object({ reason: z.string().min(1) }).strict()).default({}),
  })
  .strict()
  .superRefine((book, ctx) => {
    for (const id of Object.keys(book.absent)) {
      if (id in book.prices) ctx.addIssue({ code: 'custom', path: ['absent', id], message: 'is also priced' });
    }
  });

export type PriceBookData = z.output<typeof priceBookDataSchema>;
export type PriceBookEntryData = z.output<typeof priceBookEntrySchema>;
export type OfferVersion = z.output<typeof offerVersionSchema>;
export type PriceBookSource = PriceBookData['source'];

/** The ids a book neither prices nor marks absent: the engine cannot use it until they are there. */
export function priceBookGaps(book: PriceBookData, ids: readonly string[]): string[] {
  return ids.filter((id) => !(id in book.prices) && !(id in book.absent));
}

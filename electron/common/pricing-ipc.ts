import './zod-no-eval';
import * as z from 'zod';
import { COMPUTE_OPTION_IDS } from './compute-options';
import type { Deployment } from './pricing/deployment';
import type { Sizing } from './pricing/sizing';
import { PRICE_IDS, priceEntry, summarizePriceBook, type PriceBook, type PriceBookSummary } from './pricing/price-book';
import { offerCodeSchema, regionCodeSchema } from './pricing/price-book-data';

/**
 * Reply schemas for the pricing methods. The engine's own types stay the
 * source of truth; these make every reply that crosses a process boundary
 * parsed, not trusted.
 */
const finite = z.number().refine(Number.isFinite, 'must be finite');

export const lineItemSchema = z.object({
  label: z.string(),
  quantity: finite,
  unit: z.string(),
  unitPriceUSD: finite,
  costUSD: finite,
  formula: z.string(),
  priceId: z.enum(PRICE_IDS).optional(),
  overridden: z.boolean().optional(),
  source: z.string().optional(),
  priceList: z
    .object({ offerCode: offerCodeSchema, version: z.string(), sku: z.string(), rateCode: z.string() })
    .optional(),
  driver: z.string().optional(),
});

const count = z.int().min(0);

export const deploymentSchema = z.object({
  entry: z.enum(['api-gateway-rest', 'api-gateway-http', 'load-balancer', 'direct', 'job-queue']),
  architecture: z.enum(['x86', 'arm']),
  purchase: z.string(),
  purchaseLabel: z.string().optional(),
  load: z.object({ peakRequestsPerSecond: finite, inFlightAtPeak: finite, cpuSharePct: finite }).optional(),
  imagePull: z.boolean(),
  availabilityZones: z.union([z.literal(1), z.literal(2)]),
  compute: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('lambda'), memoryMB: finite, peakConcurrency: count, provisionedConcurrency: count }),
    z.object({
      kind: z.literal('instances'),
      orchestrator: z.enum(['none', 'ecs', 'eks', 'batch']),
      instanceType: z.string(),
      instances: count,
      copies: count,
      copiesPerInstance: count,
      copyVcpu: finite,
      copyMemoryMB: finite,
      scaling: z.enum(['fleet', 'per-job']),
    }),
    z.object({
      kind: z.literal('fargate'),
      orchestrator: z.enum(['ecs', 'eks', 'batch']),
      tasks: count,
      vcpu: finite,
      memoryGB: finite,
    }),
    z.object({ kind: z.literal('lightsail'), bundle: z.string(), instances: count }),
  ]),
}) satisfies z.ZodType<Deployment>;

export const optionResultSchema = z.object({
  id: z.enum(COMPUTE_OPTION_IDS),
  label: z.string(),
  feasible: z.boolean(),
  reason: z.string().optional(),
  monthlyUSD: finite.nullable(),
  lineItems: z.array(lineItemSchema),
  warnings: z.array(z.string()),
  upfrontUSD: finite.optional(),
  deployment: deploymentSchema.optional(),
});

const priceBookSummarySchema = z.object({
  region: regionCodeSchema,
  regionName: z.string(),
  version: z.string(),
  asOf: z.string(),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('bundled') }),
    z.object({
      kind: z.literal('aws-price-list'),
      importedAt: z.string(),
      offers: z.array(z.object({ offerCode: offerCodeSchema, version: z.string(), publicationDate: z.string() })),
    }),
  ]),
}) satisfies z.ZodType<PriceBookSummary>;

const sizingSchema = z.object({
  kind: z.enum(['service', 'batch']),
  peakRequestsPerSecond: finite,
  durationS: finite,
  inFlightAtPeak: finite,
  cpuSharePct: finite,
  vcpuAtPeak: finite,
  requestsPerCopy: finite,
  requestsPerCopyDerived: z.boolean(),
  vcpuPerCopy: finite,
  memoryMBPerCopy: finite,
  copiesForPeak: finite,
  minimumCopies: finite,
  runningCopies: finite,
  lambdaPeakConcurrency: finite,
}) satisfies z.ZodType<Sizing>;

export const pricingResultSchema = z.object({
  priceBook: priceBookSummarySchema,
  options: z.array(optionResultSchema),
  sizing: sizingSchema,
});

export const breakEvenReplySchema = z.object({
  sweep: z.object({
    requests: z.array(finite),
    series: z.array(
      z.object({ id: z.enum(COMPUTE_OPTION_IDS), label: z.string(), monthlyUSD: z.array(finite.nullable()) }),
    ),
  }),
  breakEvens: z.object({
    crossovers: z.array(
      z.object({ a: z.enum(COMPUTE_OPTION_IDS), b: z.enum(COMPUTE_OPTION_IDS), requests: finite, monthlyUSD: finite }),
    ),
    sentences: z.array(z.string()),
    pairs: z.array(
      z.object({
        a: z.enum(COMPUTE_OPTION_IDS),
        b: z.enum(COMPUTE_OPTION_IDS),
        requests: finite.nullable(),
        cheaperBelow: z.enum(COMPUTE_OPTION_IDS),
        crossings: count,
        from: finite,
        to: finite,
      }),
    ),
  }),
});

/** While a slider moves, an answer may be overtaken by a newer question. */
export const supersededSchema = z.object({ status: z.literal('superseded') });

export const evaluateReplySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), result: pricingResultSchema }),
  supersededSchema,
]);

export const breakEvenOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), result: breakEvenReplySchema }),
  supersededSchema,
]);

/** Which Region's book to show; the bundled us-east-1 one when not given. */
export const priceBookInputSchema = z
  .object({ region: regionCodeSchema })
  .strict()
  .or(z.undefined())
  .or(z.null())
  .transform((input) => input ?? undefined);

export const priceBookReplySchema = priceBookSummarySchema.extend({
  entries: z.array(
    z.object({
      id: z.enum(PRICE_IDS),
      label: z.string(),
      unit: z.string(),
      usd: finite,
      source: z.string(),
      asOf: z.string(),
      verified: z.boolean(),
      note: z.string().optional(),
      sku: z.string().optional(),
      rateCode: z.string().optional(),
    }),
  ),
  /** Prices the Region doesn't have, and why. */
  absent: z.array(z.object({ id: z.enum(PRICE_IDS), reason: z.string() })),
});

export type PriceBookReply = z.output<typeof priceBookReplySchema>;

/** The Regions with a usable book, and the book files that could not be read. */
export const priceBooksReplySchema = z.object({
  books: z.array(
    z.object({
      region: regionCodeSchema,
      regionName: z.string(),
      version: z.string(),
      asOf: z.string(),
      source: z.enum(['bundled', 'aws-price-list']),
    }),
  ),
  problems: z.array(z.object({ file: z.string(), message: z.string(), movedTo: z.string().optional() })),
});

export type PriceBooksReply = z.output<typeof priceBooksReplySchema>;

/** A Region's book as the Costs page lists it. */
export function priceBookReply(book: PriceBook): PriceBookReply {
  const entries: PriceBookReply['entries'] = [];
  const absent: PriceBookReply['absent'] = [];
  for (const id of PRICE_IDS) {
    const entry = priceEntry(book, id);
    if (entry) {
      const { label, unit, usd, source, effectiveDate: asOf, verified, note, sku, rateCode } = entry;
      entries.push({
        id,
        label,
        unit,
        usd,
        source,
        asOf,
        verified,
        ...(note ? { note } : {}),
        ...(sku ? { sku } : {}),
        ...(rateCode ? { rateCode } : {}),
      });
    } else if (Object.hasOwn(book.absent, id)) {
      absent.push({ id, reason: book.absent[id]!.reason });
    }
  }
  return { ...summarizePriceBook(book), entries, absent };
}

import './zod-no-eval';
import { z } from 'zod';
import { COMPUTE_OPTION_IDS } from './compute-options';
import { PRICE_IDS } from './pricing/price-book';

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
});

export const optionResultSchema = z.object({
  id: z.enum(COMPUTE_OPTION_IDS),
  label: z.string(),
  feasible: z.boolean(),
  reason: z.string().optional(),
  monthlyUSD: finite.nullable(),
  lineItems: z.array(lineItemSchema),
});

const priceBookSummarySchema = z.object({ version: z.string(), asOf: z.string(), region: z.literal('us-east-1') });

export const pricingResultSchema = z.object({
  priceBook: priceBookSummarySchema,
  options: z.array(optionResultSchema),
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
    }),
  ),
});

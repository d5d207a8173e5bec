import './zod-no-eval';
import * as z from 'zod';
import { priceJobIdSchema, priceJobSchema } from './price-import-ipc';
import { offerCodeSchema, regionCodeSchema } from './pricing/price-book-data';
import { workloadSchema } from './pricing/workload-schema';

/**
 * Update prices for a Region…: the host (never the page) asks AWS's public
 * Price List endpoint what the Region's current offer files are and how big,
 * the page shows that plan, and only when the user says Download does the
 * host fetch them — as a job followed and cancelled like an import
 * (`waitForPriceJob`, `cancelPriceJob`), ending in the same checks and store.
 */

const count = z.int().min(0);

const plannedFileSchema = z
  .object({
    offer: offerCodeSchema,
    version: z.string(),
    url: z.string(),
    /** Null when the server did not say how big the file is. */
    bytes: count.nullable(),
    /** Kept from an earlier update of the same version that was cancelled: not fetched again. */
    alreadyBytes: count,
  })
  .strict();
export type PlannedFile = z.infer<typeof plannedFileSchema>;

export const priceUpdatePlanSchema = z
  .object({
    /** Names this plan when the user says Download: the files fetched are the ones shown. */
    planId: priceJobIdSchema,
    region: regionCodeSchema,
    regionName: z.string(),
    /** The endpoint the files come from (AWS's, unless a test pointed the host elsewhere). */
    source: z.string(),
    files: z.array(plannedFileSchema),
    /** Offers AWS does not sell in the Region: their prices are marked absent. */
    notOffered: z.array(offerCodeSchema),
    /** Null when a file's size is unknown. */
    bytesTotal: count.nullable(),
    alreadyBytes: count,
  })
  .strict();
export type PriceUpdatePlan = z.infer<typeof priceUpdatePlanSchema>;

export const PRICE_UPDATE_IPC_SCHEMAS = {
  planPriceUpdate: {
    input: z.object({ region: regionCodeSchema }).strict(),
    output: priceUpdatePlanSchema,
  },
  startPriceUpdate: {
    input: z.object({ planId: priceJobIdSchema, workload: workloadSchema.optional() }).strict(),
    output: priceJobSchema,
  },
};

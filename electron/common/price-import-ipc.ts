import './zod-no-eval';
import * as z from 'zod';
import { COMPUTE_OPTION_IDS } from './compute-options';
import { offerCodeSchema, regionCodeSchema } from './pricing/price-book-data';
import { workloadSchema } from './pricing/workload-schema';

/**
 * Importing AWS Price List files from the app: a job started once, then
 * followed. The desktop app names files the user picked in a native dialog
 * (a selection id, never a path from the page); browser mode uploads them in
 * text chunks over the ordinary API, so the host's guards and body cap apply
 * to every piece. The page long-polls the job for progress, as it does the
 * shell's events, and can cancel it at any point.
 */

/** A Region's EC2 offer as JSON is a few GB; a little over that is still an offer file, far more is a mistake. */
export const MAX_PRICE_UPLOAD_BYTES = 8 * 1024 ** 3;
/** Characters per chunk: JSON-escaped (≤ 6 bytes a character) it stays under the host's request cap. */
export const PRICE_CHUNK_MAX_CHARS = 512 * 1024;

const finite = z.number().refine(Number.isFinite, 'must be finite');
const count = z.int().min(0);
export const priceJobIdSchema = z.string().regex(/^[0-9a-f]{16,64}$/, 'not a job id');

/** `offers/v1.0/aws/AWSLambda/20251021174530/eu-central-1/index.json` or just `index.json`: AWS's layout names the Region. */
const uploadPathSchema = z
  .string()
  .min(1)
  .max(400)
  .refine(
    (value) => value.split('/').every((part) => /^[\w.@+-]{1,200}$/.test(part) && part !== '.' && part !== '..'),
    'must be a relative path of plain names',
  )
  .refine((value) => /\.(json|csv)$/i.test(value), 'must end in .json or .csv');

const uploadFileSchema = z.object({ path: uploadPathSchema, bytes: count.max(MAX_PRICE_UPLOAD_BYTES) }).strict();

export const priceJobPhaseSchema = z.enum([
  'uploading',
  'downloading',
  'reading',
  'done',
  'refused',
  'failed',
  'cancelled',
]);
export type PriceJobPhase = z.infer<typeof priceJobPhaseSchema>;

const bookSummarySchema = z
  .object({ region: regionCodeSchema, regionName: z.string(), version: z.string(), asOf: z.string() })
  .strict();

const priceChangeSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    unit: z.string(),
    kind: z.enum(['changed', 'added', 'removed']),
    from: finite.nullable(),
    to: finite.nullable(),
    changePct: finite.nullable(),
    absentReason: z.string().optional(),
  })
  .strict();
export type PriceChangeReply = z.infer<typeof priceChangeSchema>;

const optionMoveSchema = z
  .object({
    id: z.enum(COMPUTE_OPTION_IDS),
    label: z.string(),
    /** Monthly total with the book replaced and with the new one; null where the option is not feasible. */
    before: finite.nullable(),
    after: finite.nullable(),
  })
  .strict();
export type OptionMove = z.infer<typeof optionMoveSchema>;

/** What the import made: the new book, and when it replaced one, what moved. */
const importOutcomeSchema = z
  .object({
    book: bookSummarySchema,
    replaced: bookSummarySchema.extend({ source: z.enum(['bundled', 'aws-price-list']) }).nullable(),
    changes: z.array(priceChangeSchema),
    unchanged: count,
    /** The workload given at the start, priced in the imported Region with the old book and the new. */
    options: z.array(optionMoveSchema),
  })
  .strict();
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

const downloadProgressSchema = z.object({ name: z.string(), bytesDone: count, bytesTotal: count.nullable() }).strict();
export type DownloadProgress = z.infer<typeof downloadProgressSchema>;

export const priceJobSchema = z
  .object({
    jobId: priceJobIdSchema,
    /** Grows on every change: the page waits for a counter above the one it saw. */
    counter: count,
    phase: priceJobPhaseSchema,
    bytesDone: count,
    bytesTotal: count,
    /** The file being read, as the user named it. */
    file: z.string().optional(),
    /** Why the import was refused: one line per problem, naming the file. Nothing was changed. */
    problems: z.array(z.string()),
    /** Offers the refused files lacked: the user may say AWS doesn't sell them in the Region and import again. */
    missingOffers: z.array(offerCodeSchema).optional(),
    /** Why it failed or stopped. */
    message: z.string().optional(),
    outcome: importOutcomeSchema.optional(),
    /** An update's files, each with what has arrived (Update prices for a Region…). */
    downloads: z.array(downloadProgressSchema).optional(),
    /** Bytes an update found already downloaded by an earlier, cancelled one, and kept instead of fetching again. */
    resumedBytes: count.optional(),
  })
  .strict();
export type PriceJob = z.infer<typeof priceJobSchema>;

const jobRef = z.object({ jobId: priceJobIdSchema }).strict();

export const PRICE_IMPORT_IPC_SCHEMAS = {
  /** Desktop only: a native picker for offer files or a folder of them (AWS's layout nests them). */
  choosePriceFiles: {
    input: z.object({ kind: z.enum(['files', 'folder']) }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('chosen'), selectionId: z.string().max(100), names: z.array(z.string()) }).strict(),
      z.object({ status: z.literal('cancelled') }).strict(),
    ]),
  },
  startPriceImport: {
    input: z
      .object({
        source: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('chosen'), selectionId: z.string().max(100) }).strict(),
          z.object({ kind: z.literal('upload'), files: z.array(uploadFileSchema).min(1).max(500) }).strict(),
        ]),
        region: regionCodeSchema.optional(),
        /** Offers AWS doesn't sell in the Region: their prices are absent, the options needing them infeasible. */
        notOffered: z.array(offerCodeSchema).max(20).optional(),
        workload: workloadSchema.optional(),
      })
      .strict(),
    output: priceJobSchema,
  },
  sendPriceFileChunk: {
    input: z
      .object({
        jobId: priceJobIdSchema,
        file: count,
        text: z.string().max(PRICE_CHUNK_MAX_CHARS),
        /** The file's last chunk: the host checks it got every byte. */
        last: z.boolean(),
      })
      .strict(),
    output: priceJobSchema,
  },
  waitForPriceJob: {
    input: z
      .object({ jobId: priceJobIdSchema, seen: count, timeoutMs: z.int().min(0).max(60_000).optional() })
      .strict(),
    output: priceJobSchema,
  },
  cancelPriceJob: { input: jobRef, output: priceJobSchema },
};

import './zod-no-eval';
import * as z from 'zod';
import { COMPUTE_OPTION_IDS, SERVICE_IDS } from './compute-options';
import { DESKTOP_IPC_SCHEMAS } from './desktop-ipc';
import type { IpcMethod } from './ipc-channels';
import { workloadSchema } from './pricing/workload-schema';
import { priceBookDataSchema } from './pricing/price-book-data';
import {
  breakEvenOutcomeSchema,
  evaluateReplySchema,
  priceBookInputSchema,
  priceBookReplySchema,
  priceBooksReplySchema,
} from './pricing-ipc';
import { PROFILE_IPC_SCHEMAS } from './profile-ipc';
import { PRICE_IMPORT_IPC_SCHEMAS } from './price-import-ipc';
import { PRICE_UPDATE_IPC_SCHEMAS } from './price-update-ipc';
import { KEY_FIGURES_IPC_SCHEMAS } from './profile-key-figures';
import { DIAGRAM_CACHE_IPC_SCHEMAS } from './diagram-cache-ipc';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);

export const preferencesSchema = z
  .object({
    theme: themePreferenceSchema,
    lastRoute: z
      .string()
      .max(200)
      .regex(/^#\/[\w\-/?=&,.]*$/),
    compareIds: z.array(z.enum(SERVICE_IDS)).min(2).max(3),
    lastOptionId: z.enum(COMPUTE_OPTION_IDS),
  })
  .strict();

export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  lastRoute: '#/',
  compareIds: ['ec2', 'lambda'],
  lastOptionId: 'lambda',
};

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    shell: z.enum(['electron', 'browser']),
    platform: z.string(),
    dataDir: z.string(),
    versions: z.record(z.string(), z.string()),
  })
  .strict();

export type AppInfo = z.infer<typeof appInfoSchema>;

export const preferencesReplySchema = z
  .object({
    preferences: preferencesSchema,
    /** Set when the stored file was unreadable and was moved aside. */
    notice: z.string().optional(),
  })
  .strict();

export type PreferencesReply = z.infer<typeof preferencesReplySchema>;

const noInput = z
  .undefined()
  .or(z.null())
  .transform(() => undefined);

/** Input and output schemas for every method in IPC_CHANNELS. */
export const IPC_SCHEMAS = {
  getAppInfo: { input: noInput, output: appInfoSchema },
  getPreferences: { input: noInput, output: preferencesReplySchema },
  updatePreferences: { input: preferencesSchema.partial().strict(), output: preferencesReplySchema },
  getPriceBook: { input: priceBookInputSchema, output: priceBookReplySchema },
  listPriceBooks: { input: noInput, output: priceBooksReplySchema },
  evaluatePricing: { input: workloadSchema, output: evaluateReplySchema },
  findBreakEven: { input: workloadSchema, output: breakEvenOutcomeSchema },
  ...PROFILE_IPC_SCHEMAS,
  ...KEY_FIGURES_IPC_SCHEMAS,
  ...DESKTOP_IPC_SCHEMAS,
  ...PRICE_IMPORT_IPC_SCHEMAS,
  ...PRICE_UPDATE_IPC_SCHEMAS,
  /** A Region's whole book, so the renderer can price a slider move in the input's frame with the worker's numbers. */
  getPriceBookData: { input: priceBookInputSchema, output: priceBookDataSchema },
  ...DIAGRAM_CACHE_IPC_SCHEMAS,
} satisfies Record<IpcMethod, { input: z.ZodType; output: z.ZodType }>;

type Schemas = typeof IPC_SCHEMAS;
export type IpcInput<M extends IpcMethod> = z.input<Schemas[M]['input']>;
export type IpcParsedInput<M extends IpcMethod> = z.output<Schemas[M]['input']>;
export type IpcOutput<M extends IpcMethod> = z.output<Schemas[M]['output']>;

/** The object the renderer calls: one async function per method. */
export type ExplorerApi = {
  [M in IpcMethod]: undefined extends IpcInput<M>
    ? (input?: IpcInput<M>) => Promise<IpcOutput<M>>
    : (input: IpcInput<M>) => Promise<IpcOutput<M>>;
};

import '../zod-no-eval';
import * as z from 'zod';
import { regionCodeSchema } from '../pricing/price-book-data';
import { workloadSchema } from '../pricing/workload-schema';
import { profileDiagramsSchema } from '../diagrams/user-diagrams-schema';
import { deckLayoutSchema, defaultDeckLayout } from './deck-layout-schema';

/** The file format version this app writes; older files are migrated on load. */
export const PROFILE_SCHEMA_VERSION = 5;

export const PROFILE_NAME_MAX = 120;
export const PROFILE_NOTES_MAX = 20_000;
/** A profile file is a few KB; anything this big is not one of ours. */
export const PROFILE_TEXT_MAX = 1_048_576;

/** What `crypto.randomUUID()` returns: a lowercase version-4 UUID. Only these name files. */
export const profileIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'not a profile id');

/** Built-in examples live in code, never on disk, so their ids can't collide with UUIDs. */
export const exampleIdSchema = z.string().regex(/^example-[a-z0-9-]{1,60}$/, 'not an example id');

export const profileOrExampleIdSchema = z.union([profileIdSchema, exampleIdSchema]);

// Control characters would corrupt one-line UI and logs; a lone surrogate can't be
// written as UTF-8 and would come back changed. Emoji and right-to-left text are fine.
const CONTROL_OR_LONE_SURROGATE = /[\p{Cc}\p{Cs}]/u;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/g;

export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'a name is required')
  .max(PROFILE_NAME_MAX, `must be at most ${PROFILE_NAME_MAX} characters`)
  .refine((name) => !CONTROL_OR_LONE_SURROGATE.test(name), 'must not contain control characters');

export const profileNotesSchema = z
  .string()
  .max(PROFILE_NOTES_MAX, `must be at most ${PROFILE_NOTES_MAX.toLocaleString('en-US')} characters`)
  .refine(
    (notes) => !CONTROL_OR_LONE_SURROGATE.test(notes.replace(LINE_BREAKS_AND_TABS, '')),
    'must not contain control characters other than line breaks and tabs',
  );

/** The price book a profile was last saved with: its Region and version (absent when its Region had none). */
export const pricedWithSchema = z.object({ region: regionCodeSchema, version: z.string().min(1).max(80) }).strict();

export type PricedWith = z.output<typeof pricedWithSchema>;

const timestampSchema = z.iso.datetime({ offset: true, message: 'must be an ISO date and time' });

export const profileSchema = z
  .object({
    schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
    id: profileOrExampleIdSchema,
    name: profileNameSchema,
    notes: profileNotesSchema.default(''),
    workload: workloadSchema,
    priceBook: pricedWithSchema.optional(),
    /** Left out while the user has no diagram work of their own. */
    diagrams: profileDiagramsSchema.optional(),
    deck: deckLayoutSchema.default(defaultDeckLayout),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    revision: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  })
  .strict();

export type Profile = z.output<typeof profileSchema>;

export const profileSummarySchema = z
  .object({
    id: profileOrExampleIdSchema,
    name: z.string(),
    updatedAt: z.string(),
    revision: z.int().min(1),
    readOnly: z.boolean(),
    example: z.boolean(),
    notesPreview: z.string(),
  })
  .strict();

export type ProfileSummary = z.output<typeof profileSummarySchema>;

export const storeNoticeSchema = z
  .object({
    kind: z.enum(['corrupt', 'unreadable', 'newer-version', 'migrated']),
    /** The file's base name (never a full path): the set-aside copy for 'corrupt'. */
    file: z.string(),
    message: z.string(),
  })
  .strict();

export type StoreNotice = z.output<typeof storeNoticeSchema>;

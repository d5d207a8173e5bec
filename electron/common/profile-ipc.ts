import './zod-no-eval';
import * as z from 'zod';
import { pricingResultSchema } from './pricing-ipc';
import { workloadSchema } from './pricing/workload-schema';
import { profileDiagramsSchema } from './diagrams/user-diagrams-schema';
import { deckLayoutSchema } from './profiles/deck-layout-schema';
import {
  profileIdSchema,
  profileNameSchema,
  profileSchema,
  profileSummarySchema,
  storeNoticeSchema,
} from './profiles/profile-schema';

/** Input and reply schemas of the profile methods; the handler table and the renderer both parse with them. */
const id = z.object({ id: z.string().max(100) }).strict();
const notes = z.string().max(20_000);
const revision = z.int().min(1);
const deck = deckLayoutSchema;

export const PROFILE_IPC_SCHEMAS = {
  listProfiles: {
    input: z
      .undefined()
      .or(z.null())
      .transform(() => undefined),
    output: z.object({ profiles: z.array(profileSummarySchema), notices: z.array(storeNoticeSchema) }),
  },
  getProfile: { input: id, output: z.object({ profile: profileSchema, readOnly: z.boolean() }) },
  createProfile: {
    input: z
      .object({
        name: profileNameSchema,
        notes: notes.optional(),
        workload: workloadSchema,
        diagrams: profileDiagramsSchema.optional(),
        deck: deck.optional(),
      })
      .strict(),
    output: profileSchema,
  },
  saveProfile: {
    input: z
      .object({
        id: profileIdSchema,
        name: profileNameSchema,
        notes,
        workload: workloadSchema,
        diagrams: profileDiagramsSchema.optional(),
        deck: deck.optional(),
        baseRevision: revision,
      })
      .strict(),
    output: profileSchema,
  },
  renameProfile: {
    input: z.object({ id: profileIdSchema, name: profileNameSchema, baseRevision: revision }).strict(),
    output: profileSchema,
  },
  duplicateProfile: { input: id, output: profileSchema },
  deleteProfile: { input: id, output: z.object({ undoToken: z.string() }) },
  restoreProfile: { input: z.object({ undoToken: z.string().max(200) }).strict(), output: profileSchema },
  importProfile: {
    input: z
      .object({
        text: z.string().max(1_048_576, 'the file is larger than 1 MB'),
        fileName: z.string().max(255).optional(),
      })
      .strict(),
    output: profileSchema,
  },
  exportProfile: { input: id, output: z.object({ fileName: z.string(), text: z.string() }) },
  waitForProfileChanges: {
    input: z.object({ since: z.int().min(0), timeoutMs: z.int().min(0).max(60_000).optional() }).strict(),
    output: z.object({ counter: z.int().min(0) }),
  },
  evaluateProfiles: {
    input: z.object({ workloads: z.array(workloadSchema).min(1).max(4) }).strict(),
    output: z.object({ results: z.array(pricingResultSchema) }),
  },
};

import './zod-no-eval';
import * as z from 'zod';

/**
 * What the Profiles page shows on each row: the workload's request rate and its
 * cheapest feasible option, priced as the profile's Costs page prices it (its
 * Region's book). Asked for the rows on screen only, so a long list stays fast.
 */
export const keyFiguresSchema = z
  .object({
    id: z.string().max(100),
    /** The saved revision these figures belong to; a newer save asks again. */
    revision: z.int().min(1),
    requestsPerMonth: z.number().min(0),
    region: z.string().max(40),
    cheapest: z.object({ optionId: z.string().max(40), label: z.string().max(100), monthlyUSD: z.number() }).nullable(),
    /** Why there is no cheapest option (no option can run it, or its Region has no price book). */
    problem: z.string().max(500).optional(),
  })
  .strict();

export type KeyFigures = z.output<typeof keyFiguresSchema>;

/** Rows on screen plus those either side: a screenful is under 40. */
export const MAX_KEY_FIGURES_PER_CALL = 60;

export const KEY_FIGURES_IPC_SCHEMAS = {
  profileKeyFigures: {
    input: z.object({ ids: z.array(z.string().max(100)).min(1).max(MAX_KEY_FIGURES_PER_CALL) }).strict(),
    output: z.object({ figures: z.array(keyFiguresSchema) }),
  },
};

import * as z from 'zod';
import { parseWorkload, type Workload } from '../../common/pricing/workload-schema';
import {
  hasUserDiagrams,
  profileDiagramsSchema,
  type ProfileDiagrams,
} from '../../common/diagrams/user-diagrams-schema';
import { describeIssues } from '../../common/profiles/describe-issues';
import {
  ProfileStoreError,
  exampleReadOnlyError,
  invalidInputError,
  notFoundError,
} from '../../common/profiles/profile-errors';
import { deckLayoutSchema, defaultDeckLayout, type DeckLayout } from '../../common/profiles/deck-layout-schema';
import {
  exampleIdSchema,
  profileIdSchema,
  profileNameSchema,
  pricedWithSchema,
  profileNotesSchema,
  type PricedWith,
} from '../../common/profiles/profile-schema';

/**
 * Everything the store is handed comes from another process (or a file) and
 * is checked here before any of it reaches the disk.
 */
function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInputError(what, describeIssues(parsed.error));
  return parsed.data;
}

export const checkName = (name: unknown) => check(profileNameSchema, name, 'The name is not valid');
export const checkNotes = (notes: unknown) => check(profileNotesSchema, notes ?? '', 'The notes are not valid');
export const checkRevision = (revision: unknown) =>
  check(z.int().min(1).max(Number.MAX_SAFE_INTEGER), revision, 'The revision is not valid');

export function checkWorkload(workload: unknown): Workload {
  const parsed = parseWorkload(workload, ['workload']);
  if (!parsed.ok) throw invalidInputError('The workload is not valid', parsed.error);
  return parsed.workload;
}

const deckField = z.object({ deck: deckLayoutSchema });

/** How the deck is arranged; errors name the field under `deck`. Left out: the default deck. */
export function checkDeck(deck: unknown): DeckLayout {
  if (deck === undefined) return defaultDeckLayout();
  return check(deckField, { deck }, 'The slide arrangement is not valid').deck;
}

export const isExampleId = (id: unknown): id is string => exampleIdSchema.safeParse(id).success;

/** An id that could name a file on disk; anything else is reported as not found without a look. */
export function checkStoredId(id: unknown): string {
  if (isExampleId(id)) throw exampleReadOnlyError();
  if (!profileIdSchema.safeParse(id).success) throw notFoundError();
  return id as string;
}

/** Input objects arrive from IPC: anything but a plain object is refused before it is read. */
export function checkObject(input: unknown, what: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ProfileStoreError('invalid', `${what}: expected an object. Nothing was saved.`);
  }
  return input as Record<string, unknown>;
}

export function checkPricedWith(value: unknown): PricedWith | undefined {
  if (value === undefined) return undefined;
  const parsed = pricedWithSchema.safeParse(value);
  if (!parsed.success)
    throw new ProfileStoreError(
      'invalid',
      'The price book the profile was priced with is not valid. Nothing was saved.',
    );
  return parsed.data;
}

/** The user's diagrams, checked as a file's would be; none (or empty ones) are left out of the file. */
export function checkDiagrams(diagrams: unknown): ProfileDiagrams | undefined {
  if (diagrams === undefined) return undefined;
  const parsed = profileDiagramsSchema.safeParse(diagrams);
  if (!parsed.success) {
    throw invalidInputError('The diagrams are not valid', describeIssues(parsed.error));
  }
  return hasUserDiagrams(parsed.data) ? parsed.data : undefined;
}

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { issueInUserWords } from './issue-words';

const wordsFor = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues.map(issueInUserWords);

describe('schema issues in user words', () => {
  it.each([
    ['a revision past the safe integers', z.int().max(Number.MAX_SAFE_INTEGER), 1e20, 'is too large'],
    ['text where a number goes', z.number(), '512', 'must be a number (found text)'],
    ['a fraction where a whole number goes', z.int(), 1.5, 'must be a whole number'],
    ['NaN', z.number(), Number.NaN, 'must be a finite number'],
    ['a missing field', z.object({ name: z.string() }), {}, 'is missing'],
    ['a list where fields go', z.object({}), [], 'must be a group of fields ({ … }) (found a list ([ … ]))'],
    ['an unknown choice', z.enum(['x86', 'arm64']), 'sparc', 'must be one of "x86", "arm64"'],
    ['a number over the top', z.number().max(10_000), 20_000, 'must be at most 10,000'],
    ['a long text', z.string().max(3), 'abcd', 'must be at most 3 characters'],
    ['an empty text', z.string().min(1), '', 'must not be empty'],
    ['a bad date', z.iso.datetime(), 'yesterday', 'must be a date and time like 2025-06-01T12:00:00Z'],
  ])('says %s plainly', (_what, schema, value, words) => {
    const [said] = wordsFor(schema, value);
    expect(said).toBe(words);
    expect(said).not.toMatch(/Invalid input|Too big|expected|received|<=|9007199254740991/);
  });

  it("keeps a schema's own message, already written for people", () => {
    expect(wordsFor(z.number().min(128, 'must be at least 128'), 64)).toEqual(['must be at least 128']);
  });
});

import type { z } from 'zod';

/**
 * A schema issue in words a user can act on: "must be a number (found
 * text)", not "Invalid input: expected number, received string". Messages a
 * schema wrote itself ("must be at least 128") are already that and are kept;
 * only Zod's own defaults, which all start like these, are reworded.
 */
const ZOD_DEFAULT = /^(Invalid |Too (big|small):|Unrecognized key)/;

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'a group of fields ({ … })',
  array: 'a list ([ … ])',
  null: 'null',
};

const amount = (value: number | bigint) =>
  Number(value) >= Number.MAX_SAFE_INTEGER ? null : Number(value).toLocaleString('en-US');

function wrongType(issue: z.core.$ZodIssueInvalidType): string {
  const received = /received (\w+)/.exec(issue.message)?.[1];
  if (received === 'undefined') return 'is missing';
  if (received === 'NaN' || received === 'Infinity') return 'must be a finite number';
  if (issue.expected === 'int' && received === 'number') return 'must be a whole number';
  const wanted = TYPE_WORDS[issue.expected] ?? `of type ${issue.expected}`;
  const found = received && TYPE_WORDS[received];
  return found ? `must be ${wanted} (found ${found})` : `must be ${wanted}`;
}

function unit(origin: string, limit: string): string {
  if (origin === 'string') return `${limit} characters`;
  if (origin === 'array' || origin === 'set') return `${limit} items`;
  return limit;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const limit = amount(issue.maximum);
  if (limit === null) return 'is too large';
  return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${unit(issue.origin, limit)}`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const limit = amount(issue.minimum) ?? String(issue.minimum);
  if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
  return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${unit(issue.origin, limit)}`;
}

export function issueInUserWords(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue);
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value));
      return options.length === 1 ? `must be ${options[0]}` : `must be one of ${options.join(', ')}`;
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'must be a date and time like 2025-06-01T12:00:00Z'
        : 'is not in the expected format';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'unknown field';
    default:
      return 'is not valid';
  }
}

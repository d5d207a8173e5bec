import type { z } from 'zod';
import { issueInUserWords } from '../issue-words';
import { fieldPath as pathText } from '../schema-error';

const MAX_ISSUES_SHOWN = 3;

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${pathText([...issue.path, key])}: unknown field`).join('; ');
  }
  const where = pathText(issue.path);
  const what = issueInUserWords(issue);
  return where ? `${where}: ${what}` : what;
}

/** "workload.memoryMB: must be at least 128; name: a name is required" — every bad field named. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, MAX_ISSUES_SHOWN).map(describeIssue).join('; ');
  const hidden = error.issues.length - MAX_ISSUES_SHOWN;
  return hidden > 0 ? `${shown}; and ${hidden} more` : shown;
}

import type { z } from 'zod';

/** "compareIds.1: Invalid option …" — names the failing path, as users need. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** `workload.priceOverrides["lambda.requests"]`: price ids contain dots, so they are bracketed to keep a path readable. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => {
      const text = String(part);
      if (text.includes('.')) return `["${text}"]`;
      return i === 0 ? text : `.${text}`;
    })
    .join('');
}

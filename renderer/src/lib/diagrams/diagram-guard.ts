/**
 * Diagram text is untrusted (later it will come from profiles and the
 * editor): these checks run before Mermaid sees it, and their messages say
 * what to change.
 */
export const MAX_SOURCE_CHARS = 64 * 1024;
export const MAX_DIAGRAM_EDGES = 500;
/** A layout that takes longer is abandoned with an error rather than waited on. */
export const RENDER_BUDGET_MS = 8000;

export class DiagramRefused extends Error {}

const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^\s*click\s/m, why: '“click” statements (links and callbacks) are not allowed' },
  { pattern: /\b(href|callback)\b\s*[:=(]/i, why: 'links and callbacks are not allowed' },
  { pattern: /%%\{/, why: '%%{…}%% directives are not allowed: the app sets the theme and configuration' },
  { pattern: /^\s*---/, why: 'front matter is not allowed: the app sets the theme and configuration' },
];

/** Throws DiagramRefused with a message for the user when the source must not be drawn. */
export function checkDiagramSource(source: string): void {
  if (source.length > MAX_SOURCE_CHARS) {
    throw new DiagramRefused(
      `The diagram source is ${Math.ceil(source.length / 1024)} KB; the limit is ${MAX_SOURCE_CHARS / 1024} KB.`,
    );
  }
  for (const { pattern, why } of FORBIDDEN) {
    if (pattern.test(source)) throw new DiagramRefused(`The diagram cannot be drawn: ${why}.`);
  }
}

/** Resolves as `work` does, or rejects once `budgetMs` has passed without an answer. */
export function withinBudget<T>(work: Promise<T>, budgetMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new DiagramRefused(`${what} took longer than ${budgetMs / 1000} s and was abandoned.`)),
      budgetMs,
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

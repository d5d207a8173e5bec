/**
 * The printed page: its size and the provenance footer on every page. Built
 * at run time (the footer names this workload and this export), adopted as a
 * stylesheet while the report is on screen, so no other page prints with it.
 */

export const PAGE_SIZES = ['a4', 'letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const PAGE_SIZE_LABELS: Record<PageSize, string> = { a4: 'A4', letter: 'Letter' };

/** CSS's own names for the two sizes (`@page { size: A4 }`). */
const CSS_SIZE: Record<PageSize, string> = { a4: 'A4', letter: 'letter' };

export function isPageSize(value: unknown): value is PageSize {
  return (PAGE_SIZES as readonly unknown[]).includes(value);
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so a profile's name cannot end the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * `@page` with the chosen size, and in its margin boxes the provenance across
 * the foot of every page and the page number at its top right: Chromium
 * prints them on every page, however long a table runs. The footer has the
 * foot to itself, so a long line wraps within it instead of beside a number.
 */
export function pageRule(size: PageSize, footer: string): string {
  const box = 'font: 7.5pt Inter, "Helvetica Neue", Arial, sans-serif; color: #3b4148;';
  return [
    `@page { size: ${CSS_SIZE[size]}; margin: 14mm 14mm 18mm 14mm;`,
    `  @bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; width: 100%; }`,
    `  @top-right { content: "Page " counter(page) " of " counter(pages); ${box} vertical-align: bottom; }`,
    '}',
  ].join('\n');
}

import type { PriceBookData } from '../../common/pricing/price-book-data';
import { describeProblem, type ImportProblem } from '../price-list/import-problems';
import type { PricesCliIo } from './io';

export function describeSource(book: PriceBookData): string {
  return book.source.kind === 'bundled' ? 'bundled with the app' : "AWS's Price List";
}

/** What an import produced: the Region, where each offer came from, what is absent, where it was saved. */
export function showImported(io: PricesCliIo, book: PriceBookData, saved: string, replaced: string | undefined): void {
  const lines = [
    `${book.region.code} (${book.region.name}): ${Object.keys(book.prices).length} prices from ${describeSource(book)}, ` +
      `book ${book.version}, as of ${book.asOf}.`,
  ];
  if (book.source.kind === 'aws-price-list') {
    for (const offer of book.source.offers) {
      lines.push(
        `  ${offer.offerCode.padEnd(17)} version ${offer.version}, published ${offer.publicationDate.slice(0, 10)}`,
      );
    }
  }
  const absent = Object.entries(book.absent);
  if (absent.length > 0) {
    lines.push(`Not priced in ${book.region.name} (the options that need them are infeasible there):`);
    const reasons = new Map<string, string[]>();
    for (const [id, { reason }] of absent) reasons.set(reason, [...(reasons.get(reason) ?? []), id]);
    for (const [reason, ids] of reasons) lines.push(`  ${reason} (${ids.join(', ')})`);
  }
  lines.push(`Saved as ${saved}${replaced ? `; the book it replaces is kept as ${replaced}.json` : ''}.`);
  io.stdout(`${lines.join('\n')}\n`);
}

/** Files passed over, a line per reason: a folder in AWS's layout holds dozens for other Regions. */
export function showSkipped(io: PricesCliIo, skipped: readonly ImportProblem[]): void {
  const byReason = new Map<string, string[]>();
  for (const problem of skipped) {
    if (problem.kind !== 'skipped') {
      io.stderr(`${describeProblem(problem)}\n`);
      continue;
    }
    byReason.set(problem.message, [...(byReason.get(problem.message) ?? []), problem.file]);
  }
  for (const [reason, files] of byReason) {
    const which = files.length === 1 ? files[0] : `${files.length} files (${files[0]}, …)`;
    io.stderr(`Skipped ${which}: ${reason}.\n`);
  }
}

export function showRefusal(io: PricesCliIo, what: string, problems: readonly ImportProblem[]): void {
  io.stderr(
    `${what} was refused; nothing was changed:\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}\n`,
  );
}

import path from 'node:path';
import type { PriceMapping } from './mapping';
import { OFFER_NAMES, type OfferCode } from './offer-codes';
import type { Candidate } from './offer-finds';

/** Why an import was refused, or a file it passed over; each says what to do about it. */
export type ImportProblem =
  | { kind: 'file'; file: string; message: string }
  | { kind: 'skipped'; file: string; message: string }
  | { kind: 'region'; message: string }
  | { kind: 'offer-missing'; offer: OfferCode; ids: string[] }
  | { kind: 'duplicate-offer'; offer: OfferCode; files: string[] }
  | { kind: 'unmapped'; id: string }
  | { kind: 'missing'; id: string; offer: OfferCode; file: string; mapping: PriceMapping }
  | { kind: 'ambiguous'; id: string; file: string; candidates: Candidate[] };

function describeMapping(mapping: PriceMapping): string {
  const parts = [
    mapping.productFamily ? `product family "${mapping.productFamily}"` : '',
    `usage type "${mapping.usageType}"`,
    ...Object.entries(mapping.attributes ?? {}).map(([k, v]) => `${k} "${v}"`),
    mapping.tierBegin ? `a tier from ${mapping.tierBegin.toLocaleString('en-US')}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** One line a user can act on, naming the file and the problem. */
export function describeProblem(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'file':
      return `${problem.file}: ${problem.message}`;
    case 'skipped':
      return `${problem.file}: skipped, ${problem.message}`;
    case 'region':
      return problem.message;
    case 'offer-missing':
      return (
        `No ${problem.offer} offer file (${OFFER_NAMES[problem.offer]}) among the files; it prices ` +
        `${problem.ids.length} of the app's prices. Add it, or say AWS doesn't offer it in this Region.`
      );
    case 'duplicate-offer':
      return `Several ${problem.offer} offer files: ${problem.files.map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)).join(', ')}; keep one.`;
    case 'unmapped':
      return `${problem.id}: the app does not know where AWS's price list keeps this price.`;
    case 'missing':
      return `${problem.id}: not in ${problem.file} (looked for an on-demand price with ${describeMapping(problem.mapping)}).`;
    case 'ambiguous':
      return (
        `${problem.id}: ${problem.candidates.length} different prices in ${problem.file} (` +
        problem.candidates.map((c) => `SKU ${c.sku} $${c.price} per ${c.unit}`).join('; ') +
        '); the app will not guess which.'
      );
  }
}

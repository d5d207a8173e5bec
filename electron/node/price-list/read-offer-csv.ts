import { CsvError, CsvRowScanner, csvFields } from './csv-lines';
import { addCandidate, isWantedTier, OfferFileError, type OfferFinds, type OfferPlan } from './offer-finds';
import { attributeKey, productMatches, usageTypePrefilter } from './product-match';
import { readChunks } from './read-chunks';

// Row 6 names the columns; these carry the price, the rest describe the product.
const PRICE_COLUMNS = [
  'SKU',
  'RateCode',
  'TermType',
  'PriceDescription',
  'EffectiveDate',
  'StartingRange',
  'Unit',
  'PricePerUnit',
  'Currency',
] as const;
const HEADER_ROW = 6;

type PriceColumn = (typeof PRICE_COLUMNS)[number];

/**
 * Streams a CSV offer file: one row per price dimension, the product's
 * attributes repeated on each. A row is split into fields only if its text
 * holds a wanted usage type, and kept only for on-demand terms.
 */
export async function readCsvOffer(file: string, plan: OfferPlan): Promise<OfferFinds> {
  const finds: OfferFinds = new Map();
  let names: string[] = [];
  let column: Record<PriceColumn, number> | undefined;

  const onHead = (line: string, row: number) => {
    if (row !== HEADER_ROW) return;
    const header = csvFields(line);
    names = header.map(attributeKey);
    column = columnsOf(header);
  };

  const onCandidate = (line: string, row: number) => {
    const fields = csvFields(line);
    if (fields.length !== names.length) {
      throw new OfferFileError(`row ${row} has ${fields.length} fields, the header ${names.length}`);
    }
    const field = (name: PriceColumn) => fields[column![name]]!;
    if (field('TermType') !== 'OnDemand' || field('Currency') !== 'USD') return;
    const attributes = new Map(names.map((name, i) => [name, fields[i]!]));
    for (const [id, mapping] of plan.wanted) {
      if (!productMatches(mapping, attributes, plan.region) || !isWantedTier(mapping, field('StartingRange'))) continue;
      addCandidate(finds, id, {
        sku: field('SKU'),
        rateCode: field('RateCode'),
        price: field('PricePerUnit'),
        unit: field('Unit'),
        effectiveDate: field('EffectiveDate'),
        description: field('PriceDescription'),
      });
    }
  };

  const named = (handle: (line: string, row: number) => void) => (line: string, row: number) => {
    try {
      handle(line, row);
    } catch (error) {
      if (error instanceof CsvError) throw new OfferFileError(`row ${row}: ${error.message}`);
      throw error;
    }
  };
  const scanner = new CsvRowScanner({
    headRows: HEADER_ROW,
    onHead: named(onHead),
    wanted: new RegExp(usageTypePrefilter(plan.wanted.map(([, mapping]) => mapping)).source, 'g'),
    onCandidate: named(onCandidate),
  });
  await readChunks(file, (bytes) => scanner.write(bytes), plan);
  scanner.end();
  if (!column) throw new OfferFileError('the file ends before its column names (row 6)');
  return finds;
}

function columnsOf(header: readonly string[]): Record<PriceColumn, number> {
  const missing = PRICE_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new OfferFileError(`row 6 lacks the column(s) ${missing.join(', ')}`);
  return Object.fromEntries(PRICE_COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<PriceColumn, number>;
}

import { CsvError, CsvRecordSplitter, csvFields } from './csv-lines';
import { addCandidate, isWantedTier, OfferFileError, type OfferFinds, type OfferPlan } from './offer-finds';
import { attributeKey, productMatches, usageTypePrefilter } from './product-match';
import { readTextChunks } from './read-text';

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
const HEADER_RECORD = 6;

type PriceColumn = (typeof PRICE_COLUMNS)[number];

/**
 * Streams a CSV offer file line by line: one row per price dimension, the
 * product's attributes repeated on each. A row is split into fields only if
 * its text holds a wanted usage type, and kept only for on-demand terms.
 */
export async function readCsvOffer(file: string, plan: OfferPlan): Promise<OfferFinds> {
  const finds: OfferFinds = new Map();
  const prefilter = usageTypePrefilter(plan.wanted.map(([, mapping]) => mapping));
  let names: string[] = [];
  let column: Record<PriceColumn, number> | undefined;

  const onRecord = (line: string, recordNumber: number) => {
    if (recordNumber < HEADER_RECORD) return;
    if (recordNumber === HEADER_RECORD) {
      names = csvFields(line).map(attributeKey);
      column = columnsOf(csvFields(line));
      return;
    }
    if (!prefilter.test(line)) return;
    const fields = csvFields(line);
    if (fields.length !== names.length) {
      throw new OfferFileError(`row ${recordNumber} has ${fields.length} fields, the header ${names.length}`);
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

  const splitter = new CsvRecordSplitter((line, n) => {
    try {
      onRecord(line, n);
    } catch (error) {
      if (error instanceof CsvError) throw new OfferFileError(`row ${n}: ${error.message}`);
      throw error;
    }
  });
  await readTextChunks(file, (text) => splitter.write(text), plan);
  splitter.end();
  if (!column) throw new OfferFileError('the file ends before its column names (row 6)');
  return finds;
}

function columnsOf(header: readonly string[]): Record<PriceColumn, number> {
  const missing = PRICE_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) throw new OfferFileError(`row 6 lacks the column(s) ${missing.join(', ')}`);
  return Object.fromEntries(PRICE_COLUMNS.map((name) => [name, header.indexOf(name)])) as Record<PriceColumn, number>;
}

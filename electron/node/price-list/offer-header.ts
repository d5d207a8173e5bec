import { CsvError, csvFields } from './csv-lines';
import { JsonSliceError, JsonSlicer } from './json-slicer';
import { readHead } from './read-chunks';

export type OfferFormat = 'json' | 'csv';

/** What an offer file says about itself before its prices. */
export interface OfferHeader {
  format: OfferFormat;
  offerCode: string;
  version: string;
  publicationDate: string;
  /** The Region codes of its first products, one per product: which Region the file is for. */
  sampleRegions: string[];
}

export type SniffedFile = { kind: 'offer'; header: OfferHeader } | { kind: 'other'; reason: string };

// The disclaimer and a few products: enough to know the file without reading gigabytes.
const HEAD_BYTES = 128 * 1024;
const SAMPLE_PRODUCTS = 20;

/** Reads the head of a file and says whether it is an AWS offer file, and which. */
export async function sniffOfferFile(file: string): Promise<SniffedFile> {
  const head = await readHead(file, HEAD_BYTES);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const first = text.trimStart()[0];
  if (first === '{') return sniffJson(head);
  if (first === '"' || first === 'F') return sniffCsv(text);
  return { kind: 'other', reason: text.trim() === '' ? 'the file is empty' : 'neither JSON nor CSV' };
}

function sniffJson(head: Buffer): SniffedFile {
  const top = new Map<string, unknown>();
  let firstContainer: string | undefined;
  const regions: string[] = [];
  const slicer = new JsonSlicer({
    decide: (path, kind) => {
      if (path.length === 0) return 'descend';
      if (path.length === 1) {
        if (kind === 'scalar') return 'capture';
        firstContainer ??= path[0];
        return path[0] === 'products' && regions.length < SAMPLE_PRODUCTS ? 'descend' : 'skip';
      }
      return path[0] === 'products' && path.length === 2 ? 'capture' : 'skip';
    },
    captured: (path, text) => {
      const value: unknown = JSON.parse(text);
      if (path.length === 1) top.set(path[0]!, value);
      const regionCode = (value as { attributes?: { regionCode?: unknown } }).attributes?.regionCode;
      if (path.length === 2 && typeof regionCode === 'string') regions.push(regionCode);
    },
  });
  try {
    slicer.write(head);
  } catch (error) {
    if (error instanceof JsonSliceError || error instanceof SyntaxError)
      return { kind: 'other', reason: error.message };
    throw error;
  }
  if (firstContainer !== 'products' && firstContainer !== 'terms') {
    return { kind: 'other', reason: 'not an AWS offer file (it has no products before its other contents)' };
  }
  const [offerCode, version, publicationDate] = ['offerCode', 'version', 'publicationDate'].map((k) => top.get(k));
  if (typeof offerCode !== 'string' || typeof version !== 'string' || typeof publicationDate !== 'string') {
    return {
      kind: 'other',
      reason: 'not an AWS offer file (no offerCode, version and publicationDate before its products)',
    };
  }
  return { kind: 'offer', header: { format: 'json', offerCode, version, publicationDate, sampleRegions: regions } };
}

// Rows 1–5 of an AWS CSV offer are metadata, row 6 the column names.
const CSV_METADATA = ['FormatVersion', 'Disclaimer', 'Publication Date', 'Version', 'OfferCode'];

function sniffCsv(head: string): SniffedFile {
  // The head's last line may be cut short: only whole lines count.
  const lines = head
    .split('\n')
    .slice(0, -1)
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  let records: string[][];
  try {
    records = lines.slice(0, 6).map((line) => csvFields(line));
  } catch (error) {
    if (error instanceof CsvError) return { kind: 'other', reason: `not valid CSV: ${error.message}` };
    throw error;
  }
  // A damaged product row is the import's to report, with its row number.
  const samples = lines.slice(6, 6 + SAMPLE_PRODUCTS).flatMap((line) => {
    try {
      return [csvFields(line)];
    } catch {
      return [];
    }
  });
  const metadata = new Map(records.slice(0, 5).map(([key, value]) => [key, value ?? '']));
  const columns = records[5];
  if (!CSV_METADATA.every((key) => metadata.get(key)) || columns?.[0] !== 'SKU') {
    return {
      kind: 'other',
      reason: 'not an AWS offer file (its first rows are not FormatVersion … OfferCode, then SKU …)',
    };
  }
  const regionColumn = columns.indexOf('Region Code');
  const regions = regionColumn < 0 ? [] : samples.map((r) => r[regionColumn] ?? '').filter(Boolean);
  return {
    kind: 'offer',
    header: {
      format: 'csv',
      offerCode: metadata.get('OfferCode')!,
      version: metadata.get('Version')!,
      publicationDate: metadata.get('Publication Date')!,
      sampleRegions: regions,
    },
  };
}

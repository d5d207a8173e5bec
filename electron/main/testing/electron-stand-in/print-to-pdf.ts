import type { ContractLog } from './contract';

/**
 * `webContents.printToPDF(options)` as Electron documents it and checks its
 * options (lib/browser/print-to-pdf.ts): page sizes by name (any case) or
 * `{ width, height }` in inches, Letter when none is given; margins in inches
 * (0.4 each by default) no larger than the page; every other option of its
 * documented type. A bad option rejects the promise, as Electron's does.
 */
const PAPER_INCHES: Record<string, { width: number; height: number }> = {
  letter: { width: 8.5, height: 11 },
  legal: { width: 8.5, height: 14 },
  tabloid: { width: 11, height: 17 },
  ledger: { width: 17, height: 11 },
  a0: { width: 33.1, height: 46.8 },
  a1: { width: 23.4, height: 33.1 },
  a2: { width: 16.54, height: 23.4 },
  a3: { width: 11.7, height: 16.54 },
  a4: { width: 8.27, height: 11.7 },
  a5: { width: 5.83, height: 8.27 },
  a6: { width: 4.13, height: 5.83 },
};

const TYPED_OPTIONS = {
  landscape: 'boolean',
  displayHeaderFooter: 'boolean',
  headerTemplate: 'string',
  footerTemplate: 'string',
  printBackground: 'boolean',
  scale: 'number',
  pageRanges: 'string',
  preferCSSPageSize: 'boolean',
  generateTaggedPDF: 'boolean',
  generateDocumentOutline: 'boolean',
} as const;

/** What Chromium is asked to print: every option resolved, as Electron passes it on. */
export interface PrintSettings {
  paperWidth: number;
  paperHeight: number;
  margins: { top: number; bottom: number; left: number; right: number };
  landscape: boolean;
  printBackground: boolean;
  preferCSSPageSize: boolean;
  scale: number;
}

/** One call of printToPDF: what the app asked for, what that resolved to, and the page it printed. */
export interface PrintToPdfCall {
  options: unknown;
  settings: PrintSettings;
  url: string;
  /** What it resolved with. */
  bytes: Buffer;
}

function paperOf(pageSize: unknown): { width: number; height: number } {
  if (typeof pageSize === 'string') {
    const paper = PAPER_INCHES[pageSize.toLowerCase()];
    if (!paper) throw new Error(`Invalid pageSize ${pageSize}`);
    return paper;
  }
  if (typeof pageSize === 'object' && pageSize !== null) {
    const { width, height } = pageSize as Record<string, unknown>;
    if (typeof width !== 'number' || typeof height !== 'number')
      throw new TypeError('width and height properties are required for pageSize');
    return { width, height };
  }
  throw new TypeError('pageSize must be a string or an object');
}

export function resolvePrintSettings(options: unknown): PrintSettings {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  const given = options as Record<string, unknown>;
  for (const [name, type] of Object.entries(TYPED_OPTIONS)) {
    if (given[name] !== undefined && typeof given[name] !== type) throw new TypeError(`${name} must be a ${type}`);
  }
  const marginsGiven = given.margins ?? {};
  if (typeof marginsGiven !== 'object' || marginsGiven === null) throw new TypeError('margins must be a object');
  const paper = paperOf(given.pageSize ?? 'letter');
  const margin = (side: 'top' | 'bottom' | 'left' | 'right'): number => {
    const value = (marginsGiven as Record<string, unknown>)[side] ?? 0.4;
    if (typeof value !== 'number') throw new TypeError(`margins.${side} must be a number`);
    const limit = side === 'top' || side === 'bottom' ? paper.height : paper.width;
    if (value > limit) throw new Error('margins must be less than or equal to pageSize');
    return value;
  };
  return {
    paperWidth: paper.width,
    paperHeight: paper.height,
    margins: { top: margin('top'), bottom: margin('bottom'), left: margin('left'), right: margin('right') },
    landscape: (given.landscape as boolean | undefined) ?? false,
    printBackground: (given.printBackground as boolean | undefined) ?? false,
    preferCSSPageSize: (given.preferCSSPageSize as boolean | undefined) ?? false,
    scale: (given.scale as number | undefined) ?? 1,
  };
}

/**
 * A small but well-formed PDF (header, one empty page, trailer) naming the
 * page it printed, so a test can tell the saved file is these very bytes.
 */
export function standInPdf(url: string, settings: PrintSettings): Buffer {
  const width = Math.round(settings.paperWidth * 72);
  const height = Math.round(settings.paperHeight * 72);
  return Buffer.from(
    [
      '%PDF-1.7',
      `% printed by the Electron stand-in from ${url}`,
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] >> endobj`,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
  );
}

/** printToPDF for one web contents: checks the options, records the call, resolves with the bytes. */
export async function printToPdf(
  log: ContractLog | null,
  url: string,
  options: unknown,
  calls: PrintToPdfCall[],
): Promise<Buffer> {
  let settings: PrintSettings;
  try {
    settings = resolvePrintSettings(options);
  } catch (error) {
    log?.note('printToPDF', `webContents.printToPDF(${JSON.stringify(options)}): ${(error as Error).message}`);
    throw error;
  }
  const bytes = standInPdf(url, settings);
  calls.push({ options, settings, url, bytes });
  return bytes;
}

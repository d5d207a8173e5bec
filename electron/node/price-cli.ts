import {
  evaluate,
  formatNumber,
  formatUnitPriceUSD,
  formatUSD,
  parseWorkload,
  type LineItem,
  type OptionResult,
  type PricingResult,
} from '../common/pricing';
import { regionCodeSchema } from '../common/pricing/price-book-data';
import { migrateToCurrent } from '../common/profiles/migrations';
import { estimateCsv } from '../common/estimate/estimate-files';
import { estimateXlsx } from '../common/estimate/estimate-xlsx';
import type { PricedWorkload } from '../common/estimate/estimate-tables';
import { APP_VERSION } from './build-info';
import { FlagError, lastValue, readFlags } from './cli/flag-reader';
import { exportKindOfName, reopenExport } from '../common/export-reopen/read-export';
import type { Workload } from '../common/pricing/workload-schema';
import type { RegionBook } from './price-books/region-books';

/** What the CLI may touch; the executable passes Node's, tests pass fakes. */
export interface PriceCliIo {
  readFile(path: string): Promise<string>;
  /** For exported diagrams (PNG, SVG), read as bytes. */
  readBytes(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** The Regions' price books in a data folder (the default one when not given). */
  books(dataDir: string | undefined): { forRegion(region: string): Promise<RegionBook> };
}

export const USAGE = `Usage: npm run price -- FILE.json|diagram.png [--region CODE] [--json | --csv | --xlsx OUT.xlsx] [--data-dir DIR]

Prices a Compute Explorer workload for every compute option, with its
Region's price book (the bundled us-east-1 book, or one imported with
npm run prices). FILE.json holds a workload, or a saved profile with a
"workload" field; FILE may also be a diagram the app exported (PNG or SVG):
its workload is priced.
  --region CODE   price it in this AWS Region instead of the workload's own
                  (like eu-central-1); the Region needs a price book
  --json          print machine-readable results instead of tables
  --csv           print the line items as CSV, as the app's Export costs… writes it
  --xlsx OUT      write the app's Excel workbook (summary, line items, inputs, provenance) to OUT
  --data-dir DIR  where the imported price books are (default: the app's data folder)
`;

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

type CliOutput = 'tables' | 'json' | 'csv' | { xlsx: string };

interface CliArgs {
  file: string;
  output: CliOutput;
  region?: string;
  dataDir?: string;
}

const PRICE_GRAMMAR = {
  withValue: { '--xlsx': 'the file to write, e.g. --xlsx costs.xlsx', '--region': null, '--data-dir': null },
  switches: ['--json', '--csv'],
};

function parseArgs(argv: readonly string[]): CliArgs | { help: true } | { error: string } {
  let flags;
  try {
    flags = readFlags(argv, PRICE_GRAMMAR);
  } catch (error) {
    if (error instanceof FlagError) return { error: error.message };
    throw error;
  }
  if (flags.help) return { help: true };
  const files = flags.positional;
  const outputs = flags.given.flatMap(({ flag, value }): CliOutput[] =>
    flag === '--json' ? ['json'] : flag === '--csv' ? ['csv'] : flag === '--xlsx' ? [{ xlsx: value as string }] : [],
  );
  const region = lastValue(flags, '--region');
  const dataDir = lastValue(flags, '--data-dir');
  const values = { ...(region !== undefined ? { region } : {}), ...(dataDir !== undefined ? { dataDir } : {}) };
  if (files.length !== 1)
    return { error: files.length ? 'Give exactly one workload file.' : 'No workload file given.' };
  if (outputs.length > 1) return { error: 'Give at most one of --json, --csv and --xlsx.' };
  if (values.region !== undefined && !regionCodeSchema.safeParse(values.region).success)
    return { error: `--region ${values.region} is not an AWS Region code (like eu-central-1).` };
  return { file: files[0] as string, output: outputs[0] ?? 'tables', ...values };
}

/**
 * A saved profile wraps the workload in a `workload` field; accept either
 * shape, in any older format: both go through the profile migrations, so a
 * workload file written for an older app is priced as the app would open it.
 */
function unwrapWorkload(data: unknown): { value: unknown; path: string[]; name?: string; notes?: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: data, path: [] };
  const isProfile = 'workload' in data;
  const context = { id: 'cli', fallbackName: 'cli', now: new Date(0).toISOString() };
  const { profile } = migrateToCurrent(data as Record<string, unknown>, context);
  const { workload, name, notes } = profile as { workload?: unknown; name?: unknown; notes?: unknown };
  if (!isProfile) return { value: workload, path: [] };
  return {
    value: workload,
    path: ['workload'],
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof notes === 'string' ? { notes } : {}),
  };
}

/**
 * Reads a workload file and prints every option's monthly cost and line items.
 * Returns the exit code: 0 on success, 2 for bad arguments or input.
 */
export async function runPriceCli(argv: string[], io: PriceCliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if ('error' in args) {
    io.stderr(`${args.error}\n\n${USAGE}`);
    return EXIT_BAD_INPUT;
  }

  const read = exportKindOfName(args.file)
    ? await readExportedDiagram(args.file, io)
    : await readWorkloadFile(args.file, io);
  if ('error' in read) {
    io.stderr(read.error);
    return EXIT_BAD_INPUT;
  }

  const workload = args.region ? { ...read.workload, region: args.region } : read.workload;
  const found = await io.books(args.dataDir).forRegion(workload.region);
  if (!found.ok) {
    io.stderr(`${found.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = evaluate(workload, { book: found.book });
  const unverified = (item: LineItem) =>
    item.priceId !== undefined && found.book.prices[item.priceId]?.verified === false;
  const priced: PricedWorkload = {
    name: read.name?.trim() || fileStem(args.file),
    workload,
    result,
    ...(read.notes ? { notes: read.notes } : {}),
  };
  const { output } = args;
  if (output === 'tables') io.stdout(renderTables(result, args.file, unverified));
  else if (output === 'json') io.stdout(`${JSON.stringify(toJson(result), null, 2)}\n`);
  else if (output === 'csv') io.stdout(estimateCsv([priced]));
  else return writeWorkbook(priced, output.xlsx, io);
  return EXIT_OK;
}

type ReadWorkload = { workload: Workload; name?: string; notes?: string } | { error: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A workload file or a saved profile, in any format the app opens. */
async function readWorkloadFile(file: string, io: PriceCliIo): Promise<ReadWorkload> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    return { error: `Cannot read ${file}: ${messageOf(error)}\n` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { error: `${file} is not valid JSON: ${messageOf(error)}\n` };
  }
  const { value, path, name, notes } = unwrapWorkload(data);
  const parsed = parseWorkload(value, path);
  if (!parsed.ok) return { error: `Invalid workload in ${file}: ${parsed.error}\n` };
  return { workload: parsed.workload, ...(name ? { name } : {}), ...(notes ? { notes } : {}) };
}

/** A PNG or SVG the app exported: the workload its provenance carries, read as the app reopens it. */
async function readExportedDiagram(file: string, io: PriceCliIo): Promise<ReadWorkload> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file);
  } catch (error) {
    return { error: `Cannot read ${file}: ${messageOf(error)}\n` };
  }
  const reopened = reopenExport(bytes);
  if (!reopened.ok) return { error: `Cannot price ${file}: ${reopened.problem}.\n` };
  return { workload: reopened.workload, name: reopened.profileName };
}

/** "checkout-api" from "profiles/checkout-api.json": what a workload file without a name is called. */
function fileStem(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '') || file;
}

async function writeWorkbook(priced: PricedWorkload, out: string, io: PriceCliIo): Promise<number> {
  const bytes = await estimateXlsx([priced], { appVersion: APP_VERSION, exportedAt: new Date().toISOString() });
  try {
    await io.writeFile(out, bytes);
  } catch (error) {
    io.stderr(`Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr(`Wrote the workbook of “${priced.name}” to ${out}.\n`);
  return EXIT_OK;
}

/** The documented --json shape: only the fields scripts are promised. */
function toJson(result: PricingResult) {
  return {
    priceBook: {
      asOf: result.priceBook.asOf,
      region: result.priceBook.region,
      version: result.priceBook.version,
      source: result.priceBook.source.kind,
    },
    options: result.options.map((o) => ({
      id: o.id,
      label: o.label,
      feasible: o.feasible,
      ...(o.reason === undefined ? {} : { reason: o.reason }),
      monthlyUSD: o.monthlyUSD,
      warnings: o.warnings,
      lineItems: o.lineItems.map((l) => ({
        label: l.label,
        quantity: l.quantity,
        unit: l.unit,
        unitPriceUSD: l.unitPriceUSD,
        costUSD: l.costUSD,
        formula: l.formula,
      })),
    })),
  };
}

function table(rows: readonly string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

type Unverified = (item: LineItem) => boolean;

function priceMarks(item: LineItem, unverified: Unverified): string {
  return `${item.overridden ? '*' : ''}${unverified(item) ? '†' : ''}`;
}

function lineRows(option: OptionResult, unverified: Unverified): string {
  const rows = [['Line item', 'Quantity', 'Unit price', 'Cost']];
  const formulas: string[] = [];
  for (const item of option.lineItems) {
    const quantity = `${formatNumber(item.quantity, item.quantity < 10 ? 4 : 2)} ${item.unit}`;
    rows.push([
      item.label,
      quantity,
      `${formatUnitPriceUSD(item.unitPriceUSD)}${priceMarks(item, unverified)}`,
      formatUSD(item.costUSD),
    ]);
    formulas.push(item.formula);
  }
  const lines = table(rows, new Set([1, 2, 3])).split('\n');
  const out = [`  ${lines[0] ?? ''}`];
  formulas.forEach((formula, i) => out.push(`  ${lines[i + 1] ?? ''}`, `      ${formula}`));
  return out.join('\n');
}

function renderTables(result: PricingResult, file: string, unverified: Unverified): string {
  const { version, asOf, region, regionName, source } = result.priceBook;
  const from = source.kind === 'bundled' ? 'bundled with the app' : "imported from AWS's Price List";
  const byCost = [...result.options].sort((a, b) => (a.monthlyUSD ?? Infinity) - (b.monthlyUSD ?? Infinity));
  const summary = table(
    [['Option', 'Per month'], ...byCost.map((o) => [o.label, o.feasible ? formatUSD(o.monthlyUSD) : 'infeasible'])],
    new Set([1]),
  );
  const sections = result.options.map((o) =>
    o.feasible
      ? `${o.label}: ${formatUSD(o.monthlyUSD)} a month\n${lineRows(o, unverified)}${o.warnings.map((w) => `\n  Warning: ${w}`).join('')}`
      : `${o.label}: infeasible\n  ${o.reason ?? ''}`,
  );
  return [
    `Monthly cost of ${file} in ${region} (${regionName}) (price book ${version}, ${from}, prices as of ${asOf})`,
    '',
    summary,
    '',
    ...sections.flatMap((s) => [s, '']),
    'Each line is billed to the cent. * price overridden by the workload. † price not verified against AWS.',
    '',
  ].join('\n');
}

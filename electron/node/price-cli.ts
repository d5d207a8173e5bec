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
import type { RegionBook } from './price-books/region-books';

/** What the CLI may touch; the executable passes Node's, tests pass fakes. */
export interface PriceCliIo {
  readFile(path: string): Promise<string>;
  stdout(s: string): void;
  stderr(s: string): void;
  /** The Regions' price books in a data folder (the default one when not given). */
  books(dataDir: string | undefined): { forRegion(region: string): Promise<RegionBook> };
}

export const USAGE = `Usage: npm run price -- FILE.json [--region CODE] [--json] [--data-dir DIR]

Prices a Compute Explorer workload for every compute option, with its
Region's price book (the bundled us-east-1 book, or one imported with
npm run prices). FILE.json holds a workload, or a saved profile with a
"workload" field.
  --region CODE   price it in this AWS Region instead of the workload's own
                  (like eu-central-1); the Region needs a price book
  --json          print machine-readable results instead of tables
  --data-dir DIR  where the imported price books are (default: the app's data folder)
`;

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

interface CliArgs {
  file: string;
  json: boolean;
  region?: string;
  dataDir?: string;
}

function parseArgs(argv: readonly string[]): CliArgs | { help: true } | { error: string } {
  const files: string[] = [];
  let json = false;
  const values: { region?: string; dataDir?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg === '--region' || arg === '--data-dir') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) return { error: `${arg} needs a value.` };
      values[arg === '--region' ? 'region' : 'dataDir'] = value;
    } else if (arg.startsWith('-')) return { error: `Unknown option ${arg}.` };
    else files.push(arg);
  }
  if (files.length !== 1)
    return { error: files.length ? 'Give exactly one workload file.' : 'No workload file given.' };
  if (values.region !== undefined && !regionCodeSchema.safeParse(values.region).success)
    return { error: `--region ${values.region} is not an AWS Region code (like eu-central-1).` };
  return { file: files[0] as string, json, ...values };
}

/**
 * A saved profile wraps the workload in a `workload` field; accept either
 * shape, in any older format: both go through the profile migrations, so a
 * workload file written for an older app is priced as the app would open it.
 */
function unwrapWorkload(data: unknown): { value: unknown; path: string[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: data, path: [] };
  const path = 'workload' in data ? ['workload'] : [];
  const context = { id: 'cli', fallbackName: 'cli', now: new Date(0).toISOString() };
  const { profile } = migrateToCurrent(data as Record<string, unknown>, context);
  return { value: (profile as { workload?: unknown }).workload, path };
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

  let text: string;
  try {
    text = await io.readFile(args.file);
  } catch (error) {
    io.stderr(`Cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    io.stderr(`${args.file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }

  const { value, path } = unwrapWorkload(data);
  const parsed = parseWorkload(value, path);
  if (!parsed.ok) {
    io.stderr(`Invalid workload in ${args.file}: ${parsed.error}\n`);
    return EXIT_BAD_INPUT;
  }

  const workload = args.region ? { ...parsed.workload, region: args.region } : parsed.workload;
  const found = await io.books(args.dataDir).forRegion(workload.region);
  if (!found.ok) {
    io.stderr(`${found.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = evaluate(workload, { book: found.book });
  const unverified = (item: LineItem) =>
    item.priceId !== undefined && found.book.prices[item.priceId]?.verified === false;
  io.stdout(args.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : renderTables(result, args.file, unverified));
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

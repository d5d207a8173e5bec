import { rankFeasible } from '../pricing/why';
import type { OptionResult, PricingResult } from '../pricing/types';
import type { Workload } from '../pricing/workload-schema';
import { compareCosts } from './compare-costs';
import { cents, column, type CellValue, type NamedTable, type Table } from './table';
import { workloadInputs } from './workload-inputs';

/** One workload with the engine's answer for it, named as the user knows it. */
export interface PricedWorkload {
  /** The profile's name, or "Untitled workload". */
  name: string;
  workload: Workload;
  result: PricingResult;
  /** The workload differs from the saved profile it came from. */
  unsavedChanges?: boolean;
  notes?: string;
}

/** When and by what the export was made. */
export interface ExportStamp {
  appVersion: string;
  /** ISO date and time. */
  exportedAt: string;
}

const LINE_COLUMNS = [
  column('Option', 'text', 22),
  column('Line item', 'text', 34),
  column('Quantity', 'quantity', 14),
  column('Unit', 'text', 16),
  column('Unit price (USD)', 'unit-price', 16),
  column('Monthly (USD)', 'usd', 14),
  column('Yearly (USD)', 'usd', 14),
  column('Formula', 'text', 60),
  column('Price id', 'text', 28),
  column('Source', 'text', 40),
  column('Region', 'text', 12),
  column('Price book version', 'text', 18),
];

function optionLines(option: OptionResult, result: PricingResult): CellValue[][] {
  const { region, version } = result.priceBook;
  if (!option.feasible)
    return [
      [
        option.label,
        `Not feasible: ${option.reason ?? ''}`.trim(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        region,
        version,
      ],
    ];
  return option.lineItems.map((item) => {
    // Each line is billed to the cent, and the option's total is the sum of those cents.
    const monthly = cents(item.costUSD);
    return [
      option.label,
      item.overridden ? `${item.label} (price overridden)` : item.label,
      item.quantity,
      item.unit,
      item.unitPriceUSD,
      monthly,
      cents(monthly * 12),
      item.formula,
      item.priceId ?? null,
      item.source ?? null,
      region,
      version,
    ];
  });
}

/**
 * One row per line item of every option, in the engine's order; an option
 * that cannot run the workload has one row saying why. With several
 * workloads, a first column names the profile each row belongs to.
 */
export function lineItemTable(priced: readonly PricedWorkload[]): Table {
  const several = priced.length > 1;
  const rows = priced.flatMap((p) =>
    p.result.options.flatMap((option) =>
      optionLines(option, p.result).map((row) => (several ? [p.name, ...row] : row)),
    ),
  );
  return { columns: several ? [column('Profile', 'text', 24), ...LINE_COLUMNS] : LINE_COLUMNS, rows };
}

/** One row per option: its totals, its rank among the options that can run, and why it cannot or what it runs into. */
export function summaryTable({ result }: PricedWorkload): Table {
  const ranked = rankFeasible(result.options);
  return {
    columns: [
      column('Option', 'text', 24),
      column('Monthly (USD)', 'usd', 14),
      column('Yearly (USD)', 'usd', 14),
      column('Upfront (USD)', 'usd', 14),
      column('Rank', 'quantity', 6),
      column('Note', 'text', 70),
    ],
    rows: result.options.map((o) => {
      const rank = ranked.indexOf(o);
      const note = o.feasible
        ? [rank === 0 ? 'Cheapest option' : '', ...o.warnings].filter(Boolean).join('; ')
        : `Not feasible: ${o.reason ?? ''}`.trim();
      return [
        o.label,
        o.feasible ? o.monthlyUSD : null,
        o.feasible && o.monthlyUSD !== null ? cents(o.monthlyUSD * 12) : null,
        o.upfrontUSD ?? null,
        rank < 0 ? null : rank + 1,
        note || null,
      ];
    }),
  };
}

/**
 * The profiles side by side, one row per option: each one's monthly cost,
 * then every later profile against the first (difference, %, ×), and which
 * profiles it is the cheapest option of.
 */
export function comparisonSummaryTable(priced: readonly PricedWorkload[]): Table {
  const [first, ...others] = priced;
  const columns = [
    column('Option', 'text', 24),
    ...priced.map((p) => column(`${p.name} (USD/month)`, 'usd', 18)),
    ...others.flatMap((p) => [
      column(`${p.name} − ${first?.name} (USD)`, 'usd', 18),
      column(`${p.name} vs ${first?.name} (%)`, 'percent', 14),
      column(`${p.name} vs ${first?.name} (×)`, 'times', 14),
    ]),
    column('Cheapest option of', 'text', 30),
  ];
  const rows = compareCosts(priced.map((p) => p.result)).map((row) => [
    row.label,
    ...row.monthlyUSD,
    ...row.versusFirst.flatMap((d) => [d?.absolute ?? null, d?.fraction ?? null, d?.times ?? null]),
    priced
      .filter((_, i) => row.cheapest[i])
      .map((p) => p.name)
      .join(', ') || null,
  ]);
  return { columns, rows };
}

/** Every input of each workload, one column per profile. */
export function workloadTable(priced: readonly PricedWorkload[]): Table {
  const perProfile = priced.map((p) => workloadInputs(p.workload));
  const keys = [...new Set(perProfile.flatMap((inputs) => inputs.map((input) => input.key)))];
  const rows = keys.map((key) => {
    const found = perProfile.map((inputs) => inputs.find((input) => input.key === key));
    const any = found.find(Boolean)!;
    const units = [...new Set(found.map((input) => input?.unit ?? '').filter(Boolean))];
    return [any.label, ...found.map((input) => input?.value ?? null), units.join(' / ') || null];
  });
  const valueColumns =
    priced.length > 1 ? priced.map((p) => column(p.name, 'quantity', 22)) : [column('Value', 'quantity', 22)];
  return { columns: [column('Input', 'text', 36), ...valueColumns, column('Unit', 'text', 20)], rows };
}

const bookWords = (book: PricingResult['priceBook']): string =>
  `${book.region} price book ${book.version}, prices as of ${book.asOf}`;

/** What the numbers were made from: app, date, profile, Region and price book. */
export function provenanceTable(priced: readonly PricedWorkload[], stamp: ExportStamp): Table {
  const books = [...new Set(priced.map((p) => JSON.stringify(p.result.priceBook)))].map(
    (text) => JSON.parse(text) as PricingResult['priceBook'],
  );
  const rows: CellValue[][] = [
    ['Made with', `Compute Explorer ${stamp.appVersion}`],
    ['Exported at', stamp.exportedAt],
    ...priced.flatMap((p) => [
      ['Profile', p.unsavedChanges ? `${p.name} (unsaved changes)` : p.name],
      ...(p.notes?.trim() ? [[`Notes of ${p.name}`, p.notes.trim()]] : []),
      // Profiles of a comparison may be priced in different Regions: say which book priced which.
      ...(priced.length > 1 ? [[`Priced with`, bookWords(p.result.priceBook)]] : []),
    ]),
    ...books.flatMap((book) => [
      ['Region', book.region],
      ['Price book version', book.version],
      ['Prices as of', book.asOf],
    ]),
    ['Currency', 'USD'],
    ['Rounding', 'Each line is billed to the cent; an option’s total is the sum of its lines.'],
  ];
  return { columns: [column('Field', 'text', 22), column('Value', 'text', 70)], rows };
}

/** The workbook of one estimate: summary, line items, the workload's inputs, provenance. */
export function estimateSheets(priced: PricedWorkload, stamp: ExportStamp): NamedTable[] {
  return [
    { name: 'Summary', ...summaryTable(priced) },
    { name: 'Line items', ...lineItemTable([priced]) },
    { name: 'Workload', ...workloadTable([priced]) },
    { name: 'Provenance', ...provenanceTable([priced], stamp) },
  ];
}

/** The workbook of a comparison: the profiles side by side, then the same sheets with a column per profile. */
export function comparisonSheets(priced: readonly PricedWorkload[], stamp: ExportStamp): NamedTable[] {
  return [
    { name: 'Summary', ...comparisonSummaryTable(priced) },
    { name: 'Line items', ...lineItemTable(priced) },
    { name: 'Workloads', ...workloadTable(priced) },
    { name: 'Provenance', ...provenanceTable(priced, stamp) },
  ];
}

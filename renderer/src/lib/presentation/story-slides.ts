import { COMPUTE_OPTION_IDS, type ComputeOptionId } from '../../../../electron/common/compute-options';
import {
  choiceWords,
  costDrivers,
  explainCheapest,
  fieldValueText,
  formatNumber,
  formatUSD,
  OPTION_SHORT_NAMES,
  rankFeasible,
  WORKLOAD_FIELDS,
  type CostDriver,
  type PricingResult,
  type Workload,
} from '../../../../electron/common/pricing';
import { transferInGB, transferOutGB } from '../../../../electron/common/pricing/load';
import { workloadAssumptions, type AssumptionRow } from '../pricing/assumption-rows';

/** What the Recommendation slide says: the winner, who comes next and by how much, and where the money goes. */
export interface Recommendation {
  id: ComputeOptionId;
  label: string;
  monthly: string;
  yearly: string;
  /** The winner's two biggest cost drivers, biggest first. */
  drivers: { driver: string; monthly: string }[];
  runnerUp: { label: string; monthly: string; gapMonthly: string; gapPercent: string | null } | null;
  /** The engine's "why" paragraph, the same words the Costs page shows. */
  why: string;
  /** Every other option that can run it, cheapest first, against the winner: "+$21.39", "2.51×". */
  alternatives: { id: ComputeOptionId; label: string; monthly: string; gapMonthly: string; times: string | null }[];
  /** The options that cannot run the workload (each one's own slide says why). */
  cannotRun: string[];
}

function driverText(d: CostDriver): { driver: string; monthly: string } {
  return { driver: d.driver, monthly: formatUSD(d.monthlyUSD) };
}

/** The cheapest option that can run the workload, or null when none can. */
export function recommend(result: PricingResult): Recommendation | null {
  const ranked = rankFeasible(result.options);
  const [cheapest, runnerUp] = ranked;
  if (!cheapest || cheapest.monthlyUSD === null) return null;
  const monthly = cheapest.monthlyUSD;
  /** How much more an option costs than the winner, to the cent. */
  const gapTo = (total: number): number => Math.round((total - monthly) * 100) / 100;
  let next: Recommendation['runnerUp'] = null;
  if (runnerUp && runnerUp.monthlyUSD !== null) {
    const gap = gapTo(runnerUp.monthlyUSD);
    next = {
      label: runnerUp.label,
      monthly: formatUSD(runnerUp.monthlyUSD),
      gapMonthly: formatUSD(gap),
      gapPercent: monthly > 0 ? `${formatNumber((gap / monthly) * 100, 0)}%` : null,
    };
  }
  return {
    id: cheapest.id,
    label: cheapest.label,
    monthly: formatUSD(monthly),
    yearly: formatUSD(monthly * 12),
    drivers: costDrivers(cheapest).slice(0, 2).map(driverText),
    runnerUp: next,
    why: explainCheapest(result),
    alternatives: ranked.slice(1).map((o) => {
      const total = o.monthlyUSD ?? 0;
      return {
        id: o.id,
        label: o.label,
        monthly: formatUSD(total),
        gapMonthly: `+${formatUSD(gapTo(total))}`,
        times: monthly > 0 ? `${formatNumber(total / monthly, 2)}×` : null,
      };
    }),
    cannotRun: result.options.filter((o) => !ranked.includes(o)).map((o) => o.label),
  };
}

/** Every input of the workload as the sliders panel names it, then how each option is bought and any price overrides. */
export function workloadInputRows(workload: Workload): AssumptionRow[] {
  const rows: AssumptionRow[] = WORKLOAD_FIELDS.map((field) => ({
    label: field.label,
    value: fieldValueText(field, workload[field.key as keyof Workload]),
  }));
  for (const id of COMPUTE_OPTION_IDS) {
    rows.push({ label: `${OPTION_SHORT_NAMES[id]} bought`, value: choiceWords(workload.purchases[id]) });
  }
  const overrides = workload.priceOverrides as Record<string, number | undefined>;
  for (const id of Object.keys(overrides).sort()) {
    rows.push({ label: `Price override ${id}`, value: `$${formatNumber(overrides[id] ?? 0, 10)}` });
  }
  return rows;
}

/** What the Assumptions slide lists besides the inputs: sizing, where the prices come from, data transfer. */
export interface AssumptionsFacts {
  inputs: AssumptionRow[];
  sizing: AssumptionRow[];
  prices: AssumptionRow[];
  transfer: AssumptionRow[];
}

export function assumptionsFacts(workload: Workload, result: PricingResult | null): AssumptionsFacts {
  const book = result?.priceBook;
  return {
    inputs: workloadInputRows(workload),
    // Optional-chained: a result from before sizing was reported has none.
    sizing: result?.sizing ? workloadAssumptions(result.sizing) : [],
    prices: book
      ? [
          { label: 'Region', value: book.region },
          { label: 'Price book', value: `${book.version}, prices as of ${book.asOf}` },
        ]
      : [],
    transfer: [
      { label: 'Data out to the internet', value: `${formatNumber(transferOutGB(workload), 2)} GB a month` },
      { label: 'Data in', value: `${formatNumber(transferInGB(workload), 2)} GB a month` },
    ],
  };
}

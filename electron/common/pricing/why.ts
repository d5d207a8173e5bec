import { formatNumber, formatUSD } from './format';
import type { OptionResult, PricingResult } from './types';

/** What an option's money goes to: its lines summed by what they pay for, biggest first. */
export interface CostDriver {
  driver: string;
  monthlyUSD: number;
}

export function costDrivers(option: OptionResult): CostDriver[] {
  const byDriver = new Map<string, number>();
  for (const line of option.lineItems) {
    const driver = line.driver ?? line.label;
    byDriver.set(driver, (byDriver.get(driver) ?? 0) + line.costUSD);
  }
  return [...byDriver]
    .map(([driver, usd]) => ({ driver, monthlyUSD: Math.round(usd * 100) / 100 }))
    .filter((d) => d.monthlyUSD > 0)
    .sort((a, b) => b.monthlyUSD - a.monthlyUSD);
}

function twoDrivers(option: OptionResult): string {
  const [first, second] = costDrivers(option);
  if (!first) return 'nothing billable';
  const text = (d: CostDriver) => `${d.driver} (${formatUSD(d.monthlyUSD)})`;
  return second ? `${text(first)} and ${text(second)}` : text(first);
}

/** Feasible options cheapest first; ties keep the engine's order. */
export function rankFeasible(options: readonly OptionResult[]): OptionResult[] {
  return options
    .filter((o) => o.feasible && o.monthlyUSD !== null)
    .sort((a, b) => (a.monthlyUSD ?? 0) - (b.monthlyUSD ?? 0));
}

/**
 * Why the cheapest option wins at this workload, in one paragraph: its two
 * biggest cost drivers, then the runner-up, how far behind (× and %) and why.
 * Every number is one the breakdown shows.
 */
export function explainCheapest(result: PricingResult): string {
  const ranked = rankFeasible(result.options);
  const [cheapest, runnerUp] = ranked;
  if (!cheapest || cheapest.monthlyUSD === null)
    return 'No option can run this workload; each one says why in the chart.';
  const lead = `${cheapest.label} is cheapest at ${formatUSD(cheapest.monthlyUSD)}/month: ${twoDrivers(cheapest)}.`;
  if (!runnerUp || runnerUp.monthlyUSD === null) return `${lead} It is the only option that can run this workload.`;
  const gap = runnerUp.monthlyUSD - cheapest.monthlyUSD;
  const ratio = cheapest.monthlyUSD > 0 ? runnerUp.monthlyUSD / cheapest.monthlyUSD : Infinity;
  const percent = cheapest.monthlyUSD > 0 ? (gap / cheapest.monthlyUSD) * 100 : Infinity;
  const howFar = Number.isFinite(ratio)
    ? `${formatNumber(ratio, ratio < 10 ? 2 : 1)}× as much (+${formatNumber(percent, 0)}%)`
    : `${formatUSD(gap)} more`;
  return `${lead} ${runnerUp.label} is next at ${formatUSD(runnerUp.monthlyUSD)}, ${howFar}, mostly ${twoDrivers(runnerUp)}.`;
}

import type { ComputeOptionId } from '../compute-options';
import type { Crossover, Sweep, SweepSeries } from './break-even';
import type { RunnableRange } from './break-even-runnable';
import { formatCount } from './format';

/** A lead shorter than this (as a ratio of request counts) is a fleet's staircase step, not a change. */
const LASTING_RATIO = 10;

interface Lead {
  /** The crossover that started this lead; null for the first. */
  from: Crossover | null;
  start: number;
  end: number;
  leader: ComputeOptionId;
  /** Lasts at least a decade, or touches either end of the sweep (it may last beyond). */
  lasting: boolean;
}

function leadsOf(first: ComputeOptionId, crossovers: readonly Crossover[], from: number, to: number): Lead[] {
  const leads: Lead[] = [];
  let start = from;
  let leader = first;
  let origin: Crossover | null = null;
  for (const c of [...crossovers, null]) {
    const end = c ? c.requests : to;
    const touchesEnd = origin === null || c === null;
    leads.push({ from: origin, start, end, leader, lasting: touchesEnd || end / start >= LASTING_RATIO });
    if (!c) break;
    start = c.requests;
    leader = c.b;
    origin = c;
  }
  return leads;
}

function labelOf(sweep: Sweep, id: ComputeOptionId): string {
  return sweep.series.find((s) => s.id === id)?.label ?? id;
}

/** Whether option `id` still has a cost at the first sweep point at or beyond `requests`. */
function isFeasibleAt(sweep: Sweep, id: ComputeOptionId, requests: number): boolean {
  const series = sweep.series.find((s) => s.id === id);
  const i = sweep.requests.findIndex((r) => r >= requests);
  return series !== undefined && i >= 0 && series.monthlyUSD[i] !== null;
}

function names(sweep: Sweep, ids: readonly ComputeOptionId[]): string {
  const labels = [...new Set(ids)].map((id) => labelOf(sweep, id));
  if (labels.length <= 2) return labels.join(' and ');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * One sentence per lasting change of the cheapest option (one that holds for
 * at least a decade of requests, or to the end of the range). Fleets cost
 * staircases and can trade the lead at every step; a run of such short leads
 * is summed up once, saying who takes turns and who comes out ahead.
 */
export function describeBreakEvens(
  sweep: Sweep,
  crossovers: readonly Crossover[],
  firstLeader: number,
  unit: string,
  runnable: RunnableRange | null = {
    from: sweep.requests[0] as number,
    to: sweep.requests.at(-1) as number,
    firstIndex: 0,
  },
): string[] {
  const sweepFrom = sweep.requests[0] as number;
  const sweepTo = sweep.requests[sweep.requests.length - 1] as number;
  if (!runnable || firstLeader < 0)
    return [`No option can run this workload between ${formatCount(sweepFrom)} and ${formatCount(sweepTo)} ${unit}.`];
  const { from, to } = runnable;
  const sentences = describeRunnable(sweep, crossovers, firstLeader, unit, from, to);
  if (from > sweepFrom) sentences.unshift(`No option can run this workload below ${formatCount(from)} ${unit}.`);
  if (to < sweepTo) sentences.push(`No option can run this workload above ${formatCount(to)} ${unit}.`);
  return sentences;
}

/** The sentences for the range where some option runs, `from` to `to`. */
function describeRunnable(
  sweep: Sweep,
  crossovers: readonly Crossover[],
  firstLeader: number,
  unit: string,
  from: number,
  to: number,
): string[] {
  if (crossovers.length === 0) {
    const label = (sweep.series[firstLeader] as SweepSeries).label;
    return [`${label} is the cheapest option from ${formatCount(from)} to ${formatCount(to)} ${unit}.`];
  }
  const leads = leadsOf((crossovers[0] as Crossover).a, crossovers, from, to);
  const sentences: string[] = [];
  let previous = leads[0] as Lead;
  for (let i = 1; i < leads.length; i++) {
    const lead = leads[i] as Lead;
    if (!lead.lasting) {
      let end = i;
      while (end + 1 < leads.length && !(leads[end + 1] as Lead).lasting) end++;
      const next = leads[end + 1];
      const short = leads.slice(i, end + 1);
      const until = next ? next.start : to;
      const before = isFeasibleAt(sweep, previous.leader, lead.start)
        ? `${labelOf(sweep, previous.leader)} is the cheapest up to ${formatCount(lead.start)} ${unit}`
        : `${labelOf(sweep, previous.leader)} is the cheapest until it can no longer run the workload at ${formatCount(lead.start)} ${unit}`;
      const takers = [...short.map((l) => l.leader), ...(next ? [next.leader] : [])];
      const count = `${short.length} short lead${short.length === 1 ? '' : 's'} as fleets add instances`;
      const after = next ? `; from ${formatCount(next.start)}, ${labelOf(sweep, next.leader)}` : '';
      sentences.push(
        `${before}; between ${formatCount(lead.start)} and ${formatCount(until)}, ${names(sweep, takers)} ` +
          `take turns as the cheapest (${count})${after}.`,
      );
      previous = next ?? lead;
      i = end + 1;
      continue;
    }
    const c = lead.from as Crossover;
    const a = labelOf(sweep, previous.leader);
    const b = labelOf(sweep, lead.leader);
    if (isFeasibleAt(sweep, previous.leader, c.requests)) {
      sentences.push(`${a} is cheaper than ${b} below ${formatCount(c.requests)} ${unit}.`);
    } else {
      sentences.push(
        `${a} is the cheapest until it can no longer run the workload at ${formatCount(c.requests)} ${unit}; then ${b}.`,
      );
    }
    previous = lead;
  }
  return sentences;
}

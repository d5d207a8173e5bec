import type { ComputeOptionId } from '../../../../electron/common/compute-options';
import { diagramFor, type PricedWorkload } from '../diagrams/current-diagram';
import type { OptionDiagram } from '../diagrams/option-diagram';
import { holdIdleLayouts, idleLayoutPass } from '../diagrams/idle-layouts';
import { cachedDiagram } from '../diagrams/render-diagram';
import type { Theme } from '../theme.svelte';

/** The report prints on white whatever the app's theme, with every diagram's costs on it. */
export const REPORT_THEME: Theme = 'light';

/** One option's diagram as the report draws it; the same call everywhere, so a warmed one is a cache hit. */
export function reportDiagram(optionId: ComputeOptionId, priced: PricedWorkload): OptionDiagram | null {
  return diagramFor(optionId, priced, REPORT_THEME, true);
}

/** The report's diagrams not laid out yet: the feasible options' (the report draws no others). */
export function reportDiagramsToDraw(
  priced: PricedWorkload,
  isCached: (source: string) => boolean = (source) => cachedDiagram(source, REPORT_THEME) !== undefined,
): { optionId: ComputeOptionId; source: string }[] {
  return (priced.result?.options ?? []).flatMap((option) => {
    if (!option.feasible) return [];
    const source = reportDiagram(option.id, priced)?.source;
    return source && !isCached(source) ? [{ optionId: option.id, source }] : [];
  });
}

const pass = idleLayoutPass('report');

/**
 * Lays out the report's diagrams in idle time, so that opening the report (and
 * Export report) finds them in the cache instead of waiting on eight Mermaid
 * layouts. The report's diagrams differ from the service pages' (light, costs
 * on), so the service pages' warm-up does not cover them. A newer call
 * restarts the pass.
 */
export function warmReportDiagrams(priced: PricedWorkload): void {
  const jobs = reportDiagramsToDraw(priced).map((job) => ({
    id: `report-warm-up:${job.optionId}`,
    source: job.source,
  }));
  pass.start(jobs, REPORT_THEME);
}

/**
 * The report is open and draws its own diagrams first: its warm-up stops, and
 * no background layout (the service pages' warm-up) starts until the returned
 * release is called, when the report closes; they would only delay its print.
 */
export function reportOpened(): () => void {
  pass.stop();
  return holdIdleLayouts();
}

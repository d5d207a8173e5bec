import { holdIdleLayouts } from '../diagrams/idle-layouts';
import type { BreakEvenReply } from '../pricing/pricing.svelte';
import { exportChartPng } from './chart-export';
import type { ExportAllItem, ExportAllPlan } from './export-all-plan';
import { runExportAll, type ExportAllProgress, type ExportAllSummary } from './export-all-runner';
import { exportPng, type ExportFacts } from './export-diagram';
import type { ExportChoices } from './export-settings.svelte';
import type { ExportSink } from './export-sink';
import { exportUserDiagramPng } from './export-user-diagram';

/** One run's inputs, read once at Start: changing a setting or a slider meanwhile changes nothing. */
export interface ExportAllRun {
  plan: ExportAllPlan;
  choices: ExportChoices;
  facts: ExportFacts;
  breakEven: BreakEvenReply | null;
}

async function makeItem(item: ExportAllItem, run: ExportAllRun): Promise<Uint8Array<ArrayBuffer>> {
  if (item.kind === 'chart') return (await exportChartPng(item.chart, run.choices, run.facts, run.breakEven)).bytes;
  const png =
    item.kind === 'user-diagram'
      ? await exportUserDiagramPng(item.diagram, run.choices, run.facts)
      : await exportPng(item.option, run.choices, run.facts);
  return new Uint8Array(await png.blob.arrayBuffer());
}

/**
 * Loaded when a run starts, so the app's first paint carries none of the chart and zip code.
 * While it runs, background layouts (the idle warm-up of the options' and the report's
 * pictures) wait: the run asks for its pictures one at a time, and without the hold a warm-up
 * layout took its turn between two of them (4 of the 9 layouts of a first run, measured).
 */
export async function exportAllTo(
  sink: ExportSink,
  run: ExportAllRun,
  onProgress: (progress: ExportAllProgress) => void,
  stopRequested: () => boolean,
): Promise<ExportAllSummary> {
  const release = holdIdleLayouts();
  try {
    return await runExportAll(run.plan.items, {
      make: (item) => makeItem(item, run),
      write: (fileName, bytes) => sink.write(fileName, bytes),
      onProgress,
      stopRequested,
    });
  } finally {
    release();
  }
}

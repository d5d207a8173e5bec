import type { ExportChoices } from './export-settings.svelte';
import { formatPx } from './export-size';
import type { ExportAllProgress, ExportAllSummary } from './export-all-runner';

const files = (count: number): string => `${count} file${count === 1 ? '' : 's'}`;

/** "3 of 10 (30%)": what the progress bar says in words. */
export function describeProgress({ done, total }: ExportAllProgress): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `${done} of ${total} (${percent}%)`;
}

/** One sentence for the summary's heading and the announcer; `location` is the folder's path or the zip's name. */
export function describeSummary(summary: ExportAllSummary, location: string): string {
  const { total, written, failures, stopped } = summary;
  const failed = failures.length > 0 ? ` ${files(failures.length)} failed.` : '';
  if (stopped) {
    const done = written.length + failures.length;
    const into = written.length > 0 ? ` ${files(written.length)} written to ${location}.` : ' Nothing was written.';
    return `Export all stopped after ${done} of ${total}.${into}${failed}`;
  }
  if (written.length === 0)
    return `Export all wrote nothing: ${failures.length === 1 ? 'the one file' : `all ${total} files`} failed.`;
  if (failures.length === 0) return `Exported all ${files(total)} to ${location}.`;
  return `Exported ${written.length} of ${files(total)} to ${location}.${failed}`;
}

/** "2× · solid background · light theme · provenance footer · no cost annotations". */
export function describeChoices(choices: ExportChoices): string {
  const size =
    choices.sizing.kind === 'scale' ? `${choices.sizing.scale}×` : `${formatPx(choices.sizing.widthPx)} px wide`;
  return [
    size,
    `${choices.background} background`,
    `${choices.theme} theme`,
    choices.footer ? 'provenance footer' : 'no footer',
    choices.costAnnotations ? 'cost annotations' : 'no cost annotations',
  ].join(' · ');
}

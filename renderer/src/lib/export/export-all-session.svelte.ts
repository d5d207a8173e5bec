import { OPTIONS } from '../catalog';
import { userDiagrams } from '../diagrams/user-diagrams.svelte';
import { announcer } from '../announcer.svelte';
import { pricing } from '../pricing/pricing.svelte';
import { planExportAll } from './export-all-plan';
import type { ExportAllProgress, ExportAllSummary } from './export-all-runner';
import { describeSummary } from './export-all-summary';
import { appVersion, currentFacts } from './export-facts';
import { exportSettings } from './export-settings.svelte';
import { openExportSink } from './export-sink';

/** 'opening': asking the desktop app for a folder (its dialog is up), or loading the zip code. */
export type ExportAllPhase = 'idle' | 'opening' | 'running' | 'done';

const messageOf = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * One "Export all" at a time: its phase, progress and summary. The dialog
 * reads these and calls start/stop/reset; a run outlives the dialog being
 * closed, stopping after its current item.
 */
class ExportAllSession {
  phase = $state<ExportAllPhase>('idle');
  progress = $state.raw<ExportAllProgress>({ done: 0, total: 0, current: null });
  summary = $state.raw<ExportAllSummary | null>(null);
  /** The folder's path, or the zip's name. */
  location = $state('');
  sinkKind = $state<'folder' | 'zip'>('zip');
  /** A problem outside any one item: the folder could not be opened, the zip not made. */
  error = $state<string | null>(null);
  stopping = $state(false);

  async start(): Promise<void> {
    if (this.phase === 'opening' || this.phase === 'running') return;
    const choices = exportSettings.snapshot();
    const breakEven = pricing.breakEven;
    const facts = currentFacts(await appVersion());
    const plan = planExportAll(OPTIONS, choices, facts.now, userDiagrams.extra);
    this.summary = null;
    this.error = null;
    this.stopping = false;
    this.phase = 'opening';
    try {
      const [opening, { exportAllTo }] = await Promise.all([
        openExportSink(plan.folderName),
        import('./export-all-work'),
      ]);
      if (opening.status === 'cancelled') {
        this.phase = 'idle';
        announcer.say('Export all cancelled: no folder was chosen.');
        return;
      }
      const { sink } = opening;
      this.location = sink.location;
      this.sinkKind = sink.kind;
      this.progress = { done: 0, total: plan.items.length, current: null };
      this.phase = 'running';
      announcer.say(`Exporting ${plan.items.length} files…`);
      const summary = await exportAllTo(
        sink,
        { plan, choices, facts, breakEven },
        (progress) => this.onProgress(progress),
        () => this.stopping,
      );
      await sink.finish().catch((failure: unknown) => {
        this.error = `The files could not be saved as ${sink.location}: ${messageOf(failure)}`;
      });
      this.summary = summary;
      this.phase = 'done';
      announcer.say(this.error ?? describeSummary(summary, sink.location));
    } catch (failure) {
      this.error = `Export all could not start: ${messageOf(failure)}`;
      this.phase = 'idle';
      announcer.say(this.error);
    }
  }

  private onProgress(progress: ExportAllProgress): void {
    this.progress = progress;
    if (progress.current) announcer.say(`Exporting ${progress.done + 1} of ${progress.total}: ${progress.current}`);
  }

  /** The current item finishes; no other starts (none at all when asked before the first). */
  stop(): void {
    if (this.phase === 'opening' || this.phase === 'running') this.stopping = true;
  }

  /** Back to the start screen, unless a run is still going. */
  reset(): void {
    if (this.phase === 'running' || this.phase === 'opening') return;
    this.phase = 'idle';
    this.summary = null;
    this.error = null;
  }
}

export const exportAllSession = new ExportAllSession();

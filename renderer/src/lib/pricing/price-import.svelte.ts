import type { PriceJob } from '../../../../electron/common/price-import-ipc';
import { api } from '../api';
import { announcer } from '../announcer.svelte';
import { isFinished, PriceJobState } from './price-job.svelte';
import { isOfferFile, textChunks, uploadPath } from './price-upload';
import { workload } from './workload.svelte';

/**
 * Import price files…: one import at a time, followed from start to end.
 * The dialog reads `job` (phase, bytes, problems, what changed) and calls
 * the actions; the work runs in the host, the page only sends files and waits.
 */
class PriceImportState extends PriceJobState {
  /** A Region the import was offered for ("Import prices for …"); the files must be for it. */
  region = $state<string | null>(null);
  busy = $derived(this.job !== null && !isFinished(this.job));
  /** Offers the user said AWS doesn't sell in the Region, after a refusal named them missing. */
  notOffered = $state.raw<string[]>([]);
  // What was last imported, to import again with offers marked not offered.
  private lastFiles: File[] | null = null;
  private lastSelection: string | null = null;

  open(region: string | null = null): void {
    this.region = region;
    this.job = null;
    this.error = null;
    this.notOffered = [];
    this.dialogOpen = true;
  }

  /** Browser mode and the desktop alike: files from an <input type=file>, sent to the host in text chunks. */
  async upload(list: FileList | File[]): Promise<void> {
    const files = [...list].filter(isOfferFile);
    this.error = null;
    this.notOffered = [];
    if (files.length === 0) {
      this.error = 'Choose AWS Price List offer files (.json or .csv), or a folder holding them.';
      return;
    }
    this.lastFiles = files;
    this.lastSelection = null;
    await this.sendFiles(files);
  }

  /** After a refusal for missing offers: the same files again, those offers' prices marked absent. */
  async importWithout(offers: readonly string[]): Promise<void> {
    this.error = null;
    this.notOffered = [...new Set([...this.notOffered, ...offers])];
    if (this.lastFiles) return this.sendFiles(this.lastFiles);
    if (this.lastSelection) return this.importChosen(this.lastSelection);
  }

  private async sendFiles(files: File[]): Promise<void> {
    const started = await this.start({
      kind: 'upload',
      files: files.map((file) => ({ path: uploadPath(file), bytes: file.size })),
    });
    if (!started) return;
    const follow = this.followToEnd(started);
    try {
      for (const [index, file] of files.entries()) {
        let previous: string | null = null;
        // Each chunk is sent one behind, so the last one can say it is the last.
        for await (const text of textChunks(file)) {
          if (previous !== null && !(await this.send(started, index, previous, false))) return;
          previous = text;
        }
        if (!(await this.send(started, index, previous ?? '', true))) return;
      }
    } catch (error) {
      this.error = (error as Error).message;
      await this.cancel();
    } finally {
      await follow;
    }
  }

  /** Desktop: a native picker; the host reads the files where they are. */
  async choose(kind: 'files' | 'folder'): Promise<void> {
    this.error = null;
    try {
      const chosen = await api.choosePriceFiles({ kind });
      if (chosen.status === 'cancelled') return;
      this.notOffered = [];
      this.lastFiles = null;
      this.lastSelection = chosen.selectionId;
      await this.importChosen(chosen.selectionId);
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  private async importChosen(selectionId: string): Promise<void> {
    const started = await this.start({ kind: 'chosen', selectionId });
    if (started) await this.followToEnd(started);
  }

  private async start(source: Parameters<typeof api.startPriceImport>[0]['source']): Promise<PriceJob | null> {
    try {
      const job = await api.startPriceImport({
        source,
        ...(this.region ? { region: this.region } : {}),
        ...(this.notOffered.length > 0 ? { notOffered: [...this.notOffered] } : {}),
        workload: $state.snapshot(workload.current),
      });
      this.job = job;
      return job;
    } catch (error) {
      this.error = (error as Error).message;
      return null;
    }
  }

  /** False once the job stopped taking files (refused, cancelled). */
  private async send(job: PriceJob, file: number, text: string, last: boolean): Promise<boolean> {
    const reply = await api.sendPriceFileChunk({ jobId: job.jobId, file, text, last });
    this.show(reply);
    return reply.phase === 'uploading' || reply.phase === 'reading';
  }

  private async followToEnd(started: PriceJob): Promise<void> {
    await this.finished(await this.follow(started));
  }

  private async finished(job: PriceJob): Promise<void> {
    if (job.phase === 'done' && job.outcome) {
      const { book } = job.outcome;
      await this.bookStored(book.region);
      announcer.say(`Imported prices for ${book.regionName} (${book.region}), as of ${book.asOf}.`);
    } else if (job.phase === 'refused') {
      announcer.say('The import was refused; nothing was changed.');
    } else if (job.phase === 'cancelled') {
      announcer.say('The import was cancelled; nothing was changed.');
    }
  }
}

export const priceImport = new PriceImportState();

import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { IpcOutput, IpcParsedInput } from '../../common/ipc-schemas';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../common/pricing/price-book';
import type { Workload } from '../../common/pricing/workload-schema';
import { HandlerError } from '../ipc/handler-table';
import type { RegionBooks } from '../price-books/region-books';
import { importPriceBook } from '../price-list/import-price-book';
import { describeProblem } from '../price-list/import-problems';
import { offerFilesIn } from '../price-list/offer-files';
import { isOfferCode } from '../price-list/offer-codes';
import type { PricingService } from '../pricing/pricing-service';
import { ObservedJob, type JobState } from './price-job';
import { whatChanged } from './what-changed';

/** A native picker (the desktop shell's): full paths, or null when the user cancels. */
export type ChooseOfferFiles = (kind: 'files' | 'folder') => Promise<string[] | null>;

export interface PriceImportJobsOptions {
  books: RegionBooks;
  pricing: PricingService;
  /** Where uploaded files wait to be read (inside the data folder: same disk as the books). */
  spoolDir: string;
  chooseFiles?: ChooseOfferFiles;
  /** True while an update for a Region runs: two jobs could race to replace a Region's book. */
  otherJobRunning?: () => boolean;
}

interface Upload {
  display: string;
  file: string;
  declared: number;
  received: number;
  done: boolean;
}

interface Running {
  job: ObservedJob;
  abort: AbortController;
  uploads: Upload[];
  /** Spooled files are removed when the job ends; chosen files are the user's and stay. */
  spool: string | null;
  /** Display names by path, so a refusal names the file as the user knows it. */
  names: Map<string, string>;
  region: string | undefined;
  notOffered: string[];
  workload: Workload | undefined;
  /** Chunks are written one after another even if they arrive together. */
  writing: Promise<unknown>;
  committing: boolean;
}

const KEEP_FINISHED = 10;
const PERCENT = 100;

/**
 * Imports of AWS Price List files started from the app: the same importer,
 * checks and store as `npm run prices -- import`, run as a job the page
 * follows. One import runs at a time (two could race to replace a Region's
 * book); a refused, failed or cancelled import changes nothing.
 */
export function createPriceImportJobs(options: PriceImportJobsOptions) {
  const jobs = new Map<string, Running>();
  const selections = new Map<string, string[]>();

  const find = (jobId: string): Running => {
    const running = jobs.get(jobId);
    if (!running) throw new HandlerError('not-found', 'That import is no longer known; start it again.');
    return running;
  };

  const forget = (): void => {
    const finished = [...jobs.values()].filter((r) => r.job.finished);
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(old.job.jobId);
  };

  const cleanUp = async (running: Running): Promise<void> => {
    if (running.spool) await rm(running.spool, { recursive: true, force: true });
  };

  const named = (running: Running, message: string): string => {
    let text = message;
    for (const [file, display] of running.names) text = text.replaceAll(file, display);
    return text;
  };

  /** Reads the files into a book and stores it; returns how the job ends. */
  async function read(running: Running, files: string[]): Promise<Partial<JobState>> {
    const { job, abort } = running;
    let shownPercent = -1;
    job.update({ phase: 'reading', bytesDone: 0 });
    const result = await importPriceBook({
      files,
      ids: PRICE_IDS,
      template: BUNDLED_PRICE_BOOK,
      ...(running.region ? { region: running.region } : {}),
      notOffered: running.notOffered.filter(isOfferCode),
      signal: abort.signal,
      onProgress: ({ file, bytesRead, totalBytes }) => {
        const percent = totalBytes === 0 ? PERCENT : Math.floor((bytesRead / totalBytes) * PERCENT);
        if (percent === shownPercent) return;
        shownPercent = percent;
        job.update({ bytesDone: bytesRead, bytesTotal: totalBytes, file: running.names.get(file) ?? file });
      },
    });
    if (!result.ok) {
      // Files passed over come first: a file the importer could not even recognise is often the reason.
      const problems = [...result.skipped, ...result.problems];
      const missingOffers = result.problems.flatMap((p) => (p.kind === 'offer-missing' ? [p.offer] : []));
      return {
        phase: 'refused',
        problems: problems.map((p) => named(running, describeProblem(p))),
        ...(missingOffers.length > 0 ? { missingOffers } : {}),
      };
    }
    abort.signal.throwIfAborted();
    running.committing = true;
    const region = result.book.region.code;
    const previous = await options.books.forRegion(region);
    await options.books.store.put(result.book);
    const outcome = await whatChanged(
      previous.ok ? previous.book : null,
      result.book,
      running.workload,
      options.pricing,
    );
    return { phase: 'done', outcome };
  }

  /** The job ends only once its spooled files are gone, so "done" means nothing is left behind. */
  function run(running: Running, files: string[]): void {
    void (async () => {
      let end: Partial<JobState>;
      try {
        end = await read(running, files);
      } catch (error) {
        end =
          running.abort.signal.aborted && !running.committing
            ? { phase: 'cancelled', message: 'Cancelled; nothing was changed.' }
            : { phase: 'failed', message: named(running, (error as Error).message) };
      }
      await cleanUp(running).catch(() => undefined);
      running.job.update(end);
    })();
  }

  function newJob(input: IpcParsedInput<'startPriceImport'>, spooled: boolean): Running {
    if ([...jobs.values()].some((r) => r.job.phase === 'reading') || options.otherJobRunning?.()) {
      throw new HandlerError('conflict', 'Another price import or update is running; wait for it or cancel it first.');
    }
    // An upload nobody finishes (its page was closed) must not block the next import.
    for (const stale of [...jobs.values()].filter((r) => r.job.phase === 'uploading')) {
      stale.abort.abort();
      stale.job.update({ phase: 'cancelled', message: 'Replaced by a newer import; nothing was changed.' });
      void stale.writing.then(() => cleanUp(stale));
    }
    forget();
    const jobId = randomBytes(16).toString('hex');
    const running: Running = {
      job: new ObservedJob(jobId),
      abort: new AbortController(),
      uploads: [],
      spool: spooled ? path.join(options.spoolDir, jobId) : null,
      names: new Map(),
      region: input.region,
      notOffered: input.notOffered ?? [],
      workload: input.workload,
      writing: Promise.resolve(),
      committing: false,
    };
    jobs.set(running.job.jobId, running);
    return running;
  }

  async function start(input: IpcParsedInput<'startPriceImport'>): Promise<IpcOutput<'startPriceImport'>> {
    const { source } = input;
    if (source.kind === 'chosen') {
      const chosen = selections.get(source.selectionId);
      if (!chosen) throw new HandlerError('not-found', 'Those files are no longer chosen; choose them again.');
      const files = (await Promise.all(chosen.map((target) => offerFilesIn(target)))).flat();
      if (files.length === 0) {
        throw new HandlerError('invalid-input', `${chosen.join(', ')} holds no .json or .csv offer files.`);
      }
      const running = newJob(input, false);
      for (const file of files) running.names.set(file, file);
      run(running, files);
      return running.job.snapshot;
    }
    const running = newJob(input, true);
    const spool = running.spool!;
    running.uploads = source.files.map((file, index) => {
      const spooled = path.join(spool, String(index), ...file.path.split('/'));
      running.names.set(spooled, file.path);
      return { display: file.path, file: spooled, declared: file.bytes, received: 0, done: false };
    });
    try {
      await Promise.all(running.uploads.map((u) => mkdir(path.dirname(u.file), { recursive: true })));
    } catch (error) {
      running.job.update({ phase: 'failed', message: `The files could not be received: ${(error as Error).message}` });
      await cleanUp(running);
      return running.job.snapshot;
    }
    running.job.update({ phase: 'uploading', bytesTotal: source.files.reduce((sum, f) => sum + f.bytes, 0) });
    return running.job.snapshot;
  }

  async function receive(running: Running, input: IpcParsedInput<'sendPriceFileChunk'>): Promise<void> {
    const { job } = running;
    if (job.phase !== 'uploading') return;
    const upload = running.uploads[input.file];
    if (!upload || upload.done)
      throw new HandlerError('invalid-input', `This import has no file ${input.file} to send.`);
    const bytes = Buffer.byteLength(input.text, 'utf8');
    upload.received += bytes;
    if (upload.received > upload.declared || (input.last && upload.received !== upload.declared)) {
      job.update({
        phase: 'refused',
        problems: [
          `${upload.display}: ${upload.received} bytes arrived where the file has ${upload.declared}; ` +
            'it is not plain UTF-8 text (an offer file is JSON or CSV).',
        ],
      });
      await cleanUp(running);
      return;
    }
    await appendFile(upload.file, input.text, 'utf8');
    upload.done = input.last;
    job.update({ bytesDone: running.uploads.reduce((sum, u) => sum + u.received, 0) });
    if (running.uploads.every((u) => u.done))
      run(
        running,
        running.uploads.map((u) => u.file),
      );
  }

  return {
    async choose(kind: 'files' | 'folder'): Promise<IpcOutput<'choosePriceFiles'>> {
      if (!options.chooseFiles) {
        throw new HandlerError('unsupported', 'Choosing files with a dialog is only in the desktop app; upload them.');
      }
      const chosen = await options.chooseFiles(kind);
      if (chosen === null || chosen.length === 0) return { status: 'cancelled' };
      if (!chosen.every((p) => path.isAbsolute(p)))
        throw new HandlerError('invalid-input', 'The file dialog returned a path that is not a full path.');
      const selectionId = randomBytes(16).toString('hex');
      selections.set(selectionId, chosen);
      return { status: 'chosen', selectionId, names: chosen.map((p) => path.basename(p)) };
    },
    start,
    /** An import is reading files (uploads waiting for their bytes do not count: they may never finish). */
    running: (): boolean => [...jobs.values()].some((r) => r.job.phase === 'reading'),
    async chunk(input: IpcParsedInput<'sendPriceFileChunk'>): Promise<IpcOutput<'sendPriceFileChunk'>> {
      const running = find(input.jobId);
      const turn = running.writing.then(() => receive(running, input));
      running.writing = turn.catch(() => undefined);
      await turn;
      return running.job.snapshot;
    },
    wait: (input: IpcParsedInput<'waitForPriceJob'>) => find(input.jobId).job.wait(input.seen, input.timeoutMs),
    async cancel({ jobId }: IpcParsedInput<'cancelPriceJob'>): Promise<IpcOutput<'cancelPriceJob'>> {
      const running = find(jobId);
      if (!running.job.finished && !running.committing) {
        running.abort.abort();
        running.job.update({ phase: 'cancelled', message: 'Cancelled; nothing was changed.' });
        if (running.job.phase === 'cancelled') await running.writing.then(() => cleanUp(running));
      }
      return running.job.snapshot;
    },
  };
}

export type PriceImportJobs = ReturnType<typeof createPriceImportJobs>;

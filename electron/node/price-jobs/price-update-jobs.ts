import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { IpcOutput, IpcParsedInput } from '../../common/ipc-schemas';
import type { DownloadProgress } from '../../common/price-import-ipc';
import type { PriceUpdatePlan } from '../../common/price-update-ipc';
import { knownRegion } from '../../common/pricing/aws-regions';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../common/pricing/price-book';
import type { Workload } from '../../common/pricing/workload-schema';
import { HandlerError } from '../ipc/handler-table';
import type { RegionBooks } from '../price-books/region-books';
import {
  AWS_PRICE_LIST_URL,
  DownloadError,
  planUpdate,
  type UpdatePlan,
} from '../price-list/download/price-list-index';
import { offersFor, stagedFile, stagingFolder, updateRegion } from '../price-list/download/update-region';
import { describeProblem } from '../price-list/import-problems';
import type { PricingService } from '../pricing/pricing-service';
import { ObservedJob, type JobState } from './price-job';
import { whatChanged } from './what-changed';

export interface PriceUpdateJobsOptions {
  books: RegionBooks;
  pricing: PricingService;
  /** AWS's public endpoint unless a test serves the fixture tree instead. */
  baseUrl?: string;
  /** A connection that sends nothing for this long is dropped and resumed. */
  stallMs?: number;
  /** True while an import runs: two jobs could race to replace a Region's book. */
  importRunning?: () => boolean;
}

interface Running {
  job: ObservedJob;
  abort: AbortController;
  /** Settles once the job has ended and nothing more happens to the files or the store. */
  ended: Promise<void>;
}

const KEEP = 10;
const PERMILLE = 1000;
const FORMAT = 'csv';

const sizeOf = (file: string) =>
  stat(file).then(
    (s) => s.size,
    () => 0,
  );

/**
 * Update prices for a Region… in the app: the plan first (what would be
 * fetched, from where, how big, and what an earlier cancelled update already
 * holds), then, when the user says Download, the same downloader, importer
 * and store as `npm run prices -- update`, run as a job the page follows like
 * an import. Only the host fetches; only a user's request starts it.
 */
export function createPriceUpdateJobs(options: PriceUpdateJobsOptions) {
  const baseUrl = options.baseUrl ?? AWS_PRICE_LIST_URL;
  const stallMs = options.stallMs ?? 30_000;
  const plans = new Map<string, UpdatePlan>();
  const jobs = new Map<string, Running>();
  const store = options.books.store;

  const remember = <T>(map: Map<string, T>, key: string, value: T): void => {
    map.set(key, value);
    for (const old of [...map.keys()].slice(0, Math.max(0, map.size - KEEP))) map.delete(old);
  };

  /** Bytes of each planned file already on disk from a cancelled update of the same version. */
  async function kept(plan: UpdatePlan): Promise<number[]> {
    const staging = stagingFolder(store, plan.region);
    return Promise.all(
      plan.offers.map(async (offer) => {
        const file = stagedFile(staging, offer, plan.format);
        const complete = await sizeOf(file);
        if (offer.bytes !== null && complete === offer.bytes) return complete;
        // Without an ETag the downloader cannot resume safely, so it starts over.
        return offer.etag ? Math.min(await sizeOf(`${file}.part`), offer.bytes ?? Infinity) : 0;
      }),
    );
  }

  async function plan({ region }: IpcParsedInput<'planPriceUpdate'>): Promise<IpcOutput<'planPriceUpdate'>> {
    let planned: UpdatePlan;
    try {
      planned = await planUpdate(baseUrl, region, offersFor(PRICE_IDS), FORMAT, { stallMs });
    } catch (error) {
      if (error instanceof DownloadError) throw new HandlerError('unavailable', error.message);
      throw error;
    }
    const planId = randomBytes(16).toString('hex');
    remember(plans, planId, planned);
    const already = await kept(planned);
    const sized = planned.offers.every((o) => o.bytes !== null);
    const reply: PriceUpdatePlan = {
      planId,
      region,
      regionName: knownRegion(region)?.name ?? region,
      source: new URL(baseUrl).origin,
      files: planned.offers.map((o, i) => ({
        offer: o.offer,
        version: o.version,
        url: o.url,
        bytes: o.bytes,
        alreadyBytes: already[i]!,
      })),
      notOffered: planned.notOffered,
      bytesTotal: sized ? planned.offers.reduce((sum, o) => sum + o.bytes!, 0) : null,
      alreadyBytes: already.reduce((sum, b) => sum + b, 0),
    };
    return reply;
  }

  /** Downloads, imports and stores; returns how the job ends. */
  async function run(
    running: Running,
    planned: UpdatePlan,
    workload: Workload | undefined,
    downloads: DownloadProgress[],
  ): Promise<Partial<JobState>> {
    const { job, abort } = running;
    const previous = await options.books.forRegion(planned.region);
    // URLs by staged file, so a refusal names the file as AWS publishes it, not where it waited.
    const staging = stagingFolder(store, planned.region);
    const names = new Map(planned.offers.map((o) => [stagedFile(staging, o, planned.format), o.url]));
    let shown = -1;
    const result = await updateRegion({
      store,
      region: planned.region,
      ids: PRICE_IDS,
      template: BUNDLED_PRICE_BOOK,
      plan: planned,
      confirm: async () => true,
      stallMs,
      signal: abort.signal,
      onProgress: (progress) => {
        if (progress.phase === 'download' && progress.offer) {
          const index = planned.offers.findIndex((o) => o.offer === progress.offer);
          downloads[index] = { ...downloads[index]!, bytesDone: Math.max(0, progress.offerBytesDone ?? 0) };
        }
        const total = progress.bytesTotal ?? 0;
        const permille = total === 0 ? 0 : Math.floor((progress.bytesDone / total) * PERMILLE);
        const phase = progress.phase === 'download' ? 'downloading' : 'reading';
        // Coalesced to a tenth of a percent: a GB file would otherwise wake the page for every chunk.
        if (phase === job.phase && permille === shown) return;
        shown = permille;
        job.update({
          phase,
          bytesDone: Math.max(0, progress.bytesDone),
          bytesTotal: total,
          downloads: [...downloads],
          ...(progress.file ? { file: names.get(progress.file) ?? progress.file } : {}),
        });
      },
    });
    if (result.kind === 'refused') {
      return {
        phase: 'refused',
        problems: result.problems.map((p) => {
          let text = describeProblem(p);
          for (const [file, url] of names) text = text.replaceAll(file, url);
          return text;
        }),
      };
    }
    if (result.kind === 'declined') return { phase: 'cancelled', message: 'Nothing was downloaded.' };
    const outcome = await whatChanged(previous.ok ? previous.book : null, result.book, workload, options.pricing);
    return { phase: 'done', outcome };
  }

  async function start(input: IpcParsedInput<'startPriceUpdate'>): Promise<IpcOutput<'startPriceUpdate'>> {
    const planned = plans.get(input.planId);
    if (!planned) throw new HandlerError('not-found', 'That plan is no longer known; look up the files again.');
    if ([...jobs.values()].some((r) => !r.job.finished) || options.importRunning?.()) {
      throw new HandlerError('conflict', 'Another price import or update is running; wait for it or cancel it first.');
    }
    const jobId = randomBytes(16).toString('hex');
    const already = await kept(planned);
    const downloads: DownloadProgress[] = planned.offers.map((o) => ({
      name: o.url,
      bytesDone: 0,
      bytesTotal: o.bytes,
    }));
    const running: Running = { job: new ObservedJob(jobId), abort: new AbortController(), ended: Promise.resolve() };
    remember(jobs, jobId, running);
    const resumedBytes = already.reduce((sum, b) => sum + b, 0);
    running.job.update({
      phase: 'downloading',
      bytesDone: 0,
      bytesTotal: planned.offers.reduce((sum, o) => sum + (o.bytes ?? 0), 0),
      downloads,
      ...(resumedBytes > 0 ? { resumedBytes } : {}),
    });
    running.ended = (async () => {
      let end: Partial<JobState>;
      try {
        end = await run(running, planned, input.workload, downloads);
      } catch (error) {
        end = running.abort.signal.aborted
          ? {
              phase: 'cancelled',
              message:
                'Cancelled; the current prices are unchanged. What was downloaded is kept: ' +
                'the next update of this Region continues from it.',
            }
          : { phase: 'failed', message: `${(error as Error).message}. The current prices are unchanged.` };
      }
      running.job.update(end);
    })();
    return running.job.snapshot;
  }

  return {
    plan,
    start,
    has: (jobId: string): boolean => jobs.has(jobId),
    running: (): boolean => [...jobs.values()].some((r) => !r.job.finished),
    wait: (input: IpcParsedInput<'waitForPriceJob'>) => {
      const running = jobs.get(input.jobId);
      if (!running) throw new HandlerError('not-found', 'That update is no longer known; start it again.');
      return running.job.wait(input.seen, input.timeoutMs);
    },
    /** Stops the download and waits until it has stopped: a book already being stored is reported as done. */
    async cancel({ jobId }: IpcParsedInput<'cancelPriceJob'>): Promise<IpcOutput<'cancelPriceJob'>> {
      const running = jobs.get(jobId);
      if (!running) throw new HandlerError('not-found', 'That update is no longer known; start it again.');
      running.abort.abort();
      await running.ended;
      return running.job.snapshot;
    },
  };
}

export type PriceUpdateJobs = ReturnType<typeof createPriceUpdateJobs>;

import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PriceBookData } from '../../../common/pricing/price-book-data';
import type { PriceBookStore } from '../../price-books/price-book-store';
import { importPriceBook } from '../import-price-book';
import type { ImportProblem } from '../import-problems';
import { mappingFor } from '../mapping';
import type { OfferCode } from '../offer-codes';
import { sniffOfferFile } from '../offer-header';
import { downloadFile } from './download-file';
import { AWS_PRICE_LIST_URL, DownloadError, planUpdate, type RemoteOffer, type UpdatePlan } from './price-list-index';

export interface RegionUpdate {
  store: PriceBookStore;
  region: string;
  ids: readonly string[];
  template: PriceBookData;
  baseUrl?: string;
  format?: 'json' | 'csv';
  signal?: AbortSignal;
  stallMs?: number;
  retries?: number;
  /** Shown the plan (files and sizes) before anything big is fetched; false stops there. */
  confirm(plan: UpdatePlan): Promise<boolean>;
  /** A plan the user has already seen and accepted (the app's dialog): it is fetched as shown, not asked again. */
  plan?: UpdatePlan;
  onProgress?(progress: UpdateProgress): void;
}

export interface UpdateProgress {
  phase: 'download' | 'import';
  bytesDone: number;
  /** Null when a server didn't say how big a file is. */
  bytesTotal: number | null;
  /** While downloading: the offer whose file is arriving, and how much of it is here. */
  offer?: OfferCode;
  offerBytesDone?: number;
  /** While importing: the file being read. */
  file?: string;
}

export type UpdateResult =
  | { kind: 'updated'; plan: UpdatePlan; book: PriceBookData; replaced?: string }
  | { kind: 'declined'; plan: UpdatePlan }
  | { kind: 'refused'; plan: UpdatePlan; problems: ImportProblem[] };

export const DOWNLOADS_FOLDER = 'downloads';

/** The offers the given price ids come from, in a stable order. */
export function offersFor(ids: readonly string[]): OfferCode[] {
  return [...new Set(ids.map((id) => mappingFor(id)?.offer).filter((o): o is OfferCode => o !== undefined))].sort();
}

/**
 * "Update prices for a Region": asks AWS's bulk endpoint what the Region's
 * current offer files are and how big, lets the user confirm, downloads them
 * (resuming after a cut or a cancelled run), imports them and makes the
 * result the Region's book. Only ever started by the user. Whatever fails,
 * the current book stays; an error leaves no downloaded file behind, a
 * cancel keeps the partial files so the next update resumes.
 */
export async function updateRegion(request: RegionUpdate): Promise<UpdateResult> {
  const { store, region, signal } = request;
  const format = request.format ?? 'csv';
  const stallMs = request.stallMs ?? 30_000;
  const http = { stallMs, ...(signal ? { signal } : {}) };
  const plan =
    request.plan ??
    (await planUpdate(request.baseUrl ?? AWS_PRICE_LIST_URL, region, offersFor(request.ids), format, http));
  if (!request.plan && !(await request.confirm(plan))) return { kind: 'declined', plan };

  const staging = stagingFolder(store, region);
  await mkdir(staging, { recursive: true });
  const targets = plan.offers.map((o) => stagedFile(staging, o, plan.format));
  await removeStale(staging, targets);

  const total = plan.offers.every((o) => o.bytes !== null) ? plan.offers.reduce((s, o) => s + o.bytes!, 0) : null;
  let done = 0;
  try {
    for (const [i, offer] of plan.offers.entries()) {
      const target = targets[i]!;
      if (
        offer.bytes !== null &&
        (await stat(target).then(
          (s) => s.size,
          () => -1,
        )) === offer.bytes
      ) {
        done += offer.bytes;
        request.onProgress?.({
          phase: 'download',
          bytesDone: done,
          bytesTotal: total,
          offer: offer.offer,
          offerBytesDone: offer.bytes,
        });
        continue;
      }
      let offerDone = 0;
      await downloadFile({
        url: offer.url,
        target,
        bytes: offer.bytes,
        etag: offer.etag,
        stallMs,
        retries: request.retries ?? 2,
        ...(signal ? { signal } : {}),
        onBytes: (delta) => {
          done += delta;
          offerDone += delta;
          request.onProgress?.({
            phase: 'download',
            bytesDone: done,
            bytesTotal: total,
            offer: offer.offer,
            offerBytesDone: offerDone,
          });
        },
      });
      await checkVersion(target, offer.offer, offer.version);
    }
  } catch (error) {
    // A cancel keeps what was fetched, to resume; anything else leaves nothing behind.
    if (!signal?.aborted) await rm(staging, { recursive: true, force: true });
    throw error;
  }

  try {
    const imported = await importPriceBook({
      files: targets,
      ids: request.ids,
      template: request.template,
      region,
      notOffered: plan.notOffered,
      ...(signal ? { signal } : {}),
      onProgress: (p) =>
        request.onProgress?.({ phase: 'import', bytesDone: p.bytesRead, bytesTotal: p.totalBytes, file: p.file }),
    });
    if (!imported.ok) return { kind: 'refused', plan, problems: imported.problems };
    const { replaced } = await store.put(imported.book);
    return { kind: 'updated', plan, book: imported.book, ...(replaced ? { replaced } : {}) };
  } finally {
    if (!signal?.aborted) await rm(staging, { recursive: true, force: true });
  }
}

/** Where a Region's files wait while they download: kept after a cancel so the next update resumes. */
export const stagingFolder = (store: PriceBookStore, region: string): string =>
  path.join(store.dir, DOWNLOADS_FOLDER, region);

/** One offer file's name there: its version is in the name, so another version is never resumed into it. */
export const stagedFile = (staging: string, offer: Pick<RemoteOffer, 'offer' | 'version'>, format: 'json' | 'csv') =>
  path.join(staging, `${offer.offer}-${offer.version}.${format}`);

/** Partial files of other versions can't be resumed: they go. */
async function removeStale(staging: string, targets: readonly string[]): Promise<void> {
  const keep = new Set(targets.flatMap((t) => [path.basename(t), `${path.basename(t)}.part`]));
  for (const name of await readdir(staging)) {
    if (!keep.has(name)) await rm(path.join(staging, name), { recursive: true, force: true });
  }
}

/** The file says which version it is; it must be the one the region index named. */
async function checkVersion(file: string, offer: OfferCode, version: string): Promise<void> {
  const sniffed = await sniffOfferFile(file);
  if (sniffed.kind !== 'offer')
    throw new DownloadError(`${offer}: the downloaded file is not an offer file (${sniffed.reason})`);
  if (sniffed.header.offerCode !== offer || sniffed.header.version !== version) {
    throw new DownloadError(
      `${offer} changed while it was downloading: the region index named version ${version}, ` +
        `the file is ${sniffed.header.offerCode} version ${sniffed.header.version}; nothing was changed, try again`,
    );
  }
}

import '../../../common/zod-no-eval';
import * as z from 'zod';
import { describeZodError } from '../../../common/schema-error';
import type { OfferCode } from '../offer-codes';

/** AWS's public bulk endpoint: no credentials, the same files for everyone. */
export const AWS_PRICE_LIST_URL = 'https://pricing.us-east-1.amazonaws.com';
export const OFFER_INDEX_PATH = '/offers/v1.0/aws/index.json';

export class DownloadError extends Error {}

const offerIndexSchema = z.object({
  offers: z.record(z.string(), z.object({ offerCode: z.string(), currentRegionIndexUrl: z.string() })),
});

// Offer region indexes key Regions by code; Savings Plans ones list them. Both are read.
const regionEntrySchema = z.object({ regionCode: z.string(), currentVersionUrl: z.string() });
const regionIndexSchema = z.object({
  regions: z.union([z.record(z.string(), regionEntrySchema), z.array(regionEntrySchema)]),
});

export interface HttpOptions {
  signal?: AbortSignal;
  /** Give up on a response that sends nothing for this long. */
  stallMs: number;
}

/** A URL the index names, on the endpoint's own host only: an index can't send the app elsewhere. */
export function resolveOnEndpoint(base: string, pathOrUrl: string): string {
  const endpoint = new URL(base);
  const url = new URL(pathOrUrl, endpoint);
  if (url.origin !== endpoint.origin) throw new DownloadError(`${pathOrUrl}: not on ${endpoint.origin}; not fetched`);
  return url.href;
}

async function fetchJson<T>(url: string, schema: z.ZodType<T>, { signal, stallMs }: HttpOptions): Promise<T> {
  const timeout = AbortSignal.timeout(stallMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    if (!response.ok) throw new DownloadError(`${url}: ${response.status} ${response.statusText}`);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success)
      throw new DownloadError(`${url}: not the index AWS publishes (${describeZodError(parsed.error)})`);
    return parsed.data;
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof DownloadError) throw error;
    if (timeout.aborted) throw new DownloadError(`${url}: no answer in ${stallMs / 1000} s`);
    throw new DownloadError(`${url}: ${(error as Error).message}`);
  }
}

export interface RemoteOffer {
  offer: OfferCode;
  version: string;
  url: string;
  /** From a HEAD request; null when the server doesn't say. */
  bytes: number | null;
  etag: string | null;
}

export interface UpdatePlan {
  region: string;
  format: 'json' | 'csv';
  offers: RemoteOffer[];
  /** Offers whose region index lacks the Region: AWS doesn't offer the service there. */
  notOffered: OfferCode[];
}

/**
 * What updating a Region would fetch, before anything big is fetched: the
 * offer index, each offer's region index and the size of each current file.
 */
export async function planUpdate(
  base: string,
  region: string,
  offers: readonly OfferCode[],
  format: 'json' | 'csv',
  http: HttpOptions,
): Promise<UpdatePlan> {
  const index = await fetchJson(resolveOnEndpoint(base, OFFER_INDEX_PATH), offerIndexSchema, http);
  const plan: UpdatePlan = { region, format, offers: [], notOffered: [] };
  for (const offer of offers) {
    const entry = index.offers[offer];
    if (!entry) throw new DownloadError(`AWS's offer index has no ${offer}`);
    const regionIndex = await fetchJson(resolveOnEndpoint(base, entry.currentRegionIndexUrl), regionIndexSchema, http);
    const regions = Array.isArray(regionIndex.regions) ? regionIndex.regions : Object.values(regionIndex.regions);
    const current = regions.find((r) => r.regionCode === region);
    if (!current) {
      plan.notOffered.push(offer);
      continue;
    }
    const version = /\/([^/]+)\/[^/]+\/index\.json$/.exec(current.currentVersionUrl)?.[1];
    if (!version) throw new DownloadError(`${offer}: unexpected file address ${current.currentVersionUrl}`);
    const url = resolveOnEndpoint(base, current.currentVersionUrl.replace(/\.json$/, `.${format}`));
    plan.offers.push({ offer, version, url, ...(await headOf(url, http)) });
  }
  if (plan.offers.length === 0) {
    throw new DownloadError(`None of AWS's region indexes lists ${region}: is that the Region's code?`);
  }
  return plan;
}

async function headOf(url: string, { signal, stallMs }: HttpOptions) {
  const timeout = AbortSignal.timeout(stallMs);
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (!response.ok) throw new DownloadError(`${url}: ${response.status} ${response.statusText}`);
    const length = response.headers.get('content-length');
    return { bytes: length === null ? null : Number(length), etag: response.headers.get('etag') };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(
      `${url}: ${timeout.aborted ? `no answer in ${stallMs / 1000} s` : (error as Error).message}`,
    );
  }
}

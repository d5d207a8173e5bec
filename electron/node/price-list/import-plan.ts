import path from 'node:path';
import { knownRegion } from '../../common/pricing/aws-regions';
import { regionCodeSchema } from '../../common/pricing/price-book-data';
import type { ImportProblem } from './import-problems';
import type { PriceListImport } from './import-price-book';
import { mappingFor, type PriceMapping } from './mapping';
import { isOfferCode, OFFER_NAMES, type OfferCode } from './offer-codes';
import { sniffOfferFile, type OfferHeader } from './offer-header';
import type { RegionFilter } from './product-match';

export interface PlannedOffer {
  offer: OfferCode;
  file: string;
  header: OfferHeader;
  wanted: Array<readonly [id: string, mapping: PriceMapping]>;
}

export type ImportPlan =
  | {
      ok: true;
      offers: PlannedOffer[];
      region: RegionFilter;
      absent: Record<string, { reason: string }>;
      skipped: ImportProblem[];
    }
  | { ok: false; problems: ImportProblem[]; skipped: ImportProblem[] };

interface OfferFile {
  file: string;
  offer: OfferCode;
  header: OfferHeader;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Before any price is read: which file holds which offer, which Region they
 * are for, which prices each must give, and which are absent because AWS
 * doesn't offer the service there. Everything wrong here is said at once.
 */
export async function planOffers(request: PriceListImport): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  const offerFiles: OfferFile[] = [];
  for (const file of request.files) {
    let sniffed;
    try {
      sniffed = await sniffOfferFile(file);
    } catch (error) {
      problems.push({ kind: 'file', file, message: `cannot be read (${errorText(error)})` });
      continue;
    }
    if (sniffed.kind === 'other') skipped.push({ kind: 'skipped', file, message: sniffed.reason });
    else if (!isOfferCode(sniffed.header.offerCode)) {
      skipped.push({ kind: 'skipped', file, message: `the app uses no prices from ${sniffed.header.offerCode}` });
    } else offerFiles.push({ file, offer: sniffed.header.offerCode, header: sniffed.header });
  }

  const region = regionOf(request.region, offerFiles, problems);
  const byOffer = new Map<OfferCode, OfferFile[]>();
  for (const offerFile of offerFiles) {
    // In AWS's layout (…/<offer>/<version>/<region>/index.json) a folder of several Regions is fine.
    const pathRegion = regionsInPath(offerFile.file)[0];
    if (region && pathRegion !== undefined && pathRegion !== region.code) {
      skipped.push({ kind: 'skipped', file: offerFile.file, message: `for ${pathRegion}, not ${region.code}` });
      continue;
    }
    byOffer.set(offerFile.offer, [...(byOffer.get(offerFile.offer) ?? []), offerFile]);
  }

  const chosen = new Map<OfferCode, OfferFile>();
  for (const [offer, files] of byOffer) {
    const pick = pickOne(files);
    if (!pick) {
      problems.push({ kind: 'duplicate-offer', offer, files: files.map((f) => f.file) });
      continue;
    }
    chosen.set(offer, pick);
    for (const { file } of files) {
      if (file !== pick.file)
        skipped.push({
          kind: 'skipped',
          file,
          message: `the same offer version as a ${pick.header.format.toUpperCase()} file read instead`,
        });
    }
  }

  const wantedByOffer = new Map<OfferCode, Array<readonly [string, PriceMapping]>>();
  for (const id of request.ids) {
    const mapping = mappingFor(id);
    if (!mapping) {
      problems.push({ kind: 'unmapped', id });
      continue;
    }
    const list = wantedByOffer.get(mapping.offer) ?? [];
    list.push([id, mapping]);
    wantedByOffer.set(mapping.offer, list);
  }

  const offers: PlannedOffer[] = [];
  const absent: Record<string, { reason: string }> = {};
  const regionName = region ? (knownRegion(region.code)?.name ?? region.code) : '';
  for (const [offer, wanted] of wantedByOffer) {
    const found = chosen.get(offer);
    if (request.notOffered?.includes(offer)) {
      if (found) skipped.push({ kind: 'skipped', file: found.file, message: `${offer} is marked not offered here` });
      for (const [id] of wanted) absent[id] = { reason: `AWS does not offer ${OFFER_NAMES[offer]} in ${regionName}.` };
    } else if (found) {
      offers.push({ offer, file: found.file, header: found.header, wanted });
    } else {
      problems.push({ kind: 'offer-missing', offer, ids: wanted.map(([id]) => id) });
    }
  }
  for (const [offer, found] of chosen) {
    if (!wantedByOffer.has(offer))
      skipped.push({ kind: 'skipped', file: found.file, message: 'none of its prices is needed' });
  }

  if (problems.length > 0 || !region) return { ok: false, problems, skipped };
  return { ok: true, offers, region, absent, skipped };
}

const regionsInPath = (file: string) =>
  path
    .resolve(file)
    .split(path.sep)
    .filter((part) => regionCodeSchema.safeParse(part).success);

/** One file per offer; given the same version as JSON and CSV, the CSV (a third of the size). */
function pickOne(files: readonly OfferFile[]): OfferFile | undefined {
  if (files.length === 1) return files[0];
  const versions = new Set(files.map((f) => f.header.version));
  if (versions.size > 1) return undefined;
  return files.find((f) => f.header.format === 'csv') ?? files[0];
}

/** The Region asked for, else the one the files' paths (AWS's layout) and first products name. */
function regionOf(asked: string | undefined, files: readonly OfferFile[], problems: ImportProblem[]) {
  const filter = (code: string): RegionFilter => {
    const known = knownRegion(code);
    return known ? { code, name: known.name, usagePrefix: known.usagePrefix } : { code };
  };
  if (asked !== undefined) {
    for (const { file, header } of files) {
      if (regionsInPath(file).length > 0) continue;
      const others = [...new Set(header.sampleRegions.filter((r) => r !== asked))];
      if (others.length > 0 && !header.sampleRegions.includes(asked)) {
        problems.push({ kind: 'file', file, message: `holds prices for ${others.join(', ')}, not ${asked}` });
      }
    }
    return filter(asked);
  }
  // AWS's layout puts the Region in the path (…/AmazonEC2/<version>/eu-central-1/index.json);
  // otherwise the Region most of the first products are in.
  const fromPaths = new Set<string>();
  const counts = new Map<string, number>();
  for (const { file, header } of files) {
    for (const code of regionsInPath(file)) fromPaths.add(code);
    for (const code of header.sampleRegions) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (fromPaths.size === 1) return filter([...fromPaths][0]!);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (fromPaths.size === 0 && ranked.length > 0 && ranked[0]![1] !== ranked[1]?.[1]) return filter(ranked[0]![0]);
  const seen = fromPaths.size > 0 ? fromPaths : new Set(counts.keys());
  problems.push({
    kind: 'region',
    message:
      seen.size === 0
        ? 'Cannot tell which Region the files are for; name it with --region.'
        : `The files are for several Regions (${[...seen].sort().join(', ')}); name one with --region.`,
  });
  return undefined;
}

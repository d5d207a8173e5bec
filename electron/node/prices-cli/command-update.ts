import path from 'node:path';
import { knownRegion } from '../../common/pricing/aws-regions';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../common/pricing/price-book';
import { regionCodeSchema } from '../../common/pricing/price-book-data';
import type { PriceBookStore } from '../price-books/price-book-store';
import { AWS_PRICE_LIST_URL, DownloadError, type UpdatePlan } from '../price-list/download/price-list-index';
import { PRICE_LIST_URL_VARIABLE } from '../price-list/download/price-list-url-variable';
import { updateRegion } from '../price-list/download/update-region';
import type { Command } from './args';
import { endProgress, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, megabytes, progressLine, type PricesCliIo } from './io';
import { showImported, showRefusal } from './show-book';

function describePlan(plan: UpdatePlan, base: string): string {
  const name = knownRegion(plan.region)?.name ?? plan.region;
  const lines = [`Prices for ${plan.region} (${name}) from ${base}:`];
  for (const offer of plan.offers) {
    const size = offer.bytes === null ? 'size unknown' : megabytes(offer.bytes);
    lines.push(`  ${offer.offer.padEnd(17)} version ${offer.version}  ${size.padStart(10)}`);
  }
  for (const offer of plan.notOffered)
    lines.push(`  ${offer.padEnd(17)} not offered in ${name}: its prices will be absent`);
  const known = plan.offers.every((o) => o.bytes !== null);
  const total = plan.offers.reduce((sum, o) => sum + (o.bytes ?? 0), 0);
  lines.push(
    `  ${'Total'.padEnd(17)} ${plan.offers.length} ${plan.format.toUpperCase()} files, ${known ? megabytes(total) : `at least ${megabytes(total)}`}`,
  );
  return `${lines.join('\n')}\n`;
}

export async function runUpdate(
  command: Extract<Command, { name: 'update' }>,
  store: PriceBookStore,
  io: PricesCliIo,
): Promise<number> {
  if (!regionCodeSchema.safeParse(command.region).success) {
    io.stderr(`"${command.region}" is not an AWS Region code (like eu-central-1).\n`);
    return EXIT_BAD_INPUT;
  }
  const base = io.env[PRICE_LIST_URL_VARIABLE] || AWS_PRICE_LIST_URL;
  let started = false;
  try {
    const result = await updateRegion({
      store,
      region: command.region,
      ids: PRICE_IDS,
      template: BUNDLED_PRICE_BOOK,
      baseUrl: base,
      format: command.format,
      ...(io.signal ? { signal: io.signal } : {}),
      confirm: async (plan) => {
        io.stdout(describePlan(plan, base));
        if (command.yes) return true;
        if (!io.ask) {
          io.stdout('Nothing was downloaded. Run again with --yes to download.\n');
          return false;
        }
        return io.ask('Download these files? [y/N] ');
      },
      onProgress: (p) => {
        started = true;
        progressLine(io, p.phase === 'download' ? 'Downloading' : 'Reading', p.bytesDone, p.bytesTotal);
      },
    });
    if (started) endProgress(io);
    if (result.kind === 'declined') return EXIT_OK;
    if (result.kind === 'refused') {
      showRefusal(io, `The update of ${command.region}`, result.problems);
      return EXIT_BAD_INPUT;
    }
    showImported(io, result.book, path.join(store.dir, `${command.region}.json`), result.replaced);
    return EXIT_OK;
  } catch (error) {
    if (started) endProgress(io);
    if (!(error instanceof DownloadError)) throw error;
    io.stderr(`The update of ${command.region} failed; nothing was changed:\n  ${error.message}\n`);
    return EXIT_FAILED;
  }
}

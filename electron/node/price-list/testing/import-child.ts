// A child process that imports the AmazonEC2 prices from the offer files it
// is given and prints what it found, how long it took and its peak memory:
// the unit test's memory cap and `npm run bench` measure through it.
import { stat } from 'node:fs/promises';
import { BUNDLED_PRICE_BOOK, PRICE_IDS } from '../../../common/pricing/price-book';
import { importPriceBook } from '../import-price-book';
import { describeProblem } from '../import-problems';
import { mappingFor } from '../mapping';

async function main(files: string[]): Promise<void> {
  const ids = PRICE_IDS.filter((id) => mappingFor(id)?.offer === 'AmazonEC2');
  const bytes = (await Promise.all(files.map((f) => stat(f)))).reduce((sum, s) => sum + s.size, 0);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const result = await importPriceBook({ files, ids, template: BUNDLED_PRICE_BOOK, region: 'us-east-1' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const report = {
    ok: result.ok,
    problems: result.ok ? [] : result.problems.map(describeProblem),
    prices: result.ok ? Object.fromEntries(Object.entries(result.book.prices).map(([id, e]) => [id, e.usd])) : {},
    bytes,
    seconds,
    // On a shared machine the wall clock waits for other processes; CPU time doesn't.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // maxRSS is in kilobytes: the most memory the process ever held.
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(report));
}

void main(process.argv.slice(2));

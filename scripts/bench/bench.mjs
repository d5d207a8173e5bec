// `npm run bench`: prints the performance figures the issues set targets for.
// Figures only — targets are compared by people, not asserted (shared machines are noisy).
import { benchDiagrams } from './diagrams.mjs';
import { benchExportAll } from './export-all.mjs';
import { benchInstallCheck } from './install-check.mjs';
import { benchLevers, loadNote } from './levers.mjs';
import { machineSpeed } from './machine-speed.mjs';
import { benchPresenting } from './presenting.mjs';
import { benchPriceList } from './price-list.mjs';
import { benchPricing } from './pricing.mjs';
import { benchProfiles } from './profiles.mjs';
import { benchReport } from './report.mjs';
import { benchSliderDrag } from './slider-drag.mjs';

// Every figure with a target carries the load it was measured under: on a shared machine that says how far to trust it.
const print = console.log;
console.log = (...args) => {
  const line = String(args[0]);
  print(...args, ...(/target/.test(line) && !line.includes('[load ') ? [loadNote()] : []));
};

console.log(`Compute Explorer benchmarks — ${new Date().toISOString()} — node ${process.version}`);
console.log(`${await machineSpeed('at the start')}  ${loadNote()}`);
benchInstallCheck();
await benchDiagrams();
await benchPricing();
await benchProfiles();
await benchLevers();
await benchSliderDrag();
await benchPriceList();
console.log('\n# Presenting (browser mode, Chromium)');
for (const line of await benchPresenting(benchExportAll)) console.log(line);
console.log('\n# Report');
await benchReport();
console.log(`\n${await machineSpeed('at the end')}  ${loadNote()}`);

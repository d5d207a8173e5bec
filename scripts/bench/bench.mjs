// `npm run bench`: prints the performance figures the issues set targets for.
// Figures only — targets are compared by people, not asserted (shared machines are noisy).
import { existsSync } from 'node:fs';
import { benchDiagrams } from './diagrams.mjs';
import { benchPresenting } from './presenting.mjs';
import { benchPricing } from './pricing.mjs';
import { benchProfiles } from './profiles.mjs';

// Export-all's figure comes from its own module, which may not be there yet.
const EXPORT_ALL = new URL('./export-all.mjs', import.meta.url);

console.log(`Compute Explorer benchmarks — ${new Date().toISOString()} — node ${process.version}`);
await benchDiagrams();
await benchPricing();
await benchProfiles();
console.log('\n# Presenting (browser mode, Chromium)');
const exportAll = existsSync(EXPORT_ALL) ? (await import(EXPORT_ALL.href)).benchExportAll : undefined;
for (const line of await benchPresenting(exportAll)) console.log(line);

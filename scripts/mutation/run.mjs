// `npm run mutation [-- area…]`: StrykerJS over each area in turn (all when
// none is named), then one line per area with its score. Not part of
// `npm test`: a full run takes an hour or more on two cores.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREA_NAMES, MUTATION_AREAS } from './areas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = 'scripts/mutation/stryker.config.mjs';

const args = process.argv.slice(2);
const strykerArgs = args.filter((arg) => arg.startsWith('-'));
const names = args.filter((arg) => !arg.startsWith('-'));
const unknown = names.filter((name) => !AREA_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown area ${unknown.join(', ')}: choose from ${AREA_NAMES.join(', ')}.`);
  process.exit(2);
}

/** Counts by status from Stryker's JSON report (mutation-testing-report-schema). */
function summarise(name) {
  const report = JSON.parse(readFileSync(path.join(root, `reports/mutation/${name}/report.json`), 'utf8'));
  const counts = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  const n = (status) => counts[status] ?? 0;
  // Stryker's mutation score: detected / (detected + undetected); compile errors and ignored mutants don't count.
  const detected = n('Killed') + n('Timeout');
  const undetected = n('Survived') + n('NoCoverage');
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  return `${MUTATION_AREAS[name].title.padEnd(20)} ${score.toFixed(2).padStart(6)} %  killed ${n('Killed')}, survived ${n('Survived')}, no coverage ${n('NoCoverage')}, timeout ${n('Timeout')}`;
}

const lines = [];
let failed = false;
for (const name of names.length > 0 ? names : AREA_NAMES) {
  console.log(`\n=== Mutation testing: ${MUTATION_AREAS[name].title} (${name}) ===`);
  const run = spawnSync('npx', ['stryker', 'run', config, ...strykerArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_AREA: name },
  });
  if (run.status !== 0) {
    failed = true;
    lines.push(`${MUTATION_AREAS[name].title.padEnd(20)} Stryker failed (exit ${run.status ?? run.signal})`);
    continue;
  }
  lines.push(summarise(name));
}
console.log(`\nMutation scores (reports in reports/mutation/<area>/index.html):\n${lines.join('\n')}`);
process.exit(failed ? 1 : 0);

// `node scripts/mutation/partial.mjs <area>`: what a run that has not finished
// (or was stopped) has tested so far, from the results Stryker's event
// recorder writes one mutant at a time (reports/mutation/<area>/events).
// The counts cover only the mutants tested so far; the full report and the
// incremental file are written only when a run ends.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREA_NAMES } from './areas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2] ?? '';
if (!AREA_NAMES.includes(name)) {
  console.error(`Usage: node scripts/mutation/partial.mjs <${AREA_NAMES.join('|')}>`);
  process.exit(2);
}

const dir = path.join(root, `reports/mutation/${name}/events`);
const results = readdirSync(dir)
  .filter((file) => file.endsWith('-onMutantTested.json'))
  .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')));

const counts = {};
for (const { status } of results) counts[status] = (counts[status] ?? 0) + 1;
const n = (status) => counts[status] ?? 0;
const detected = n('Killed') + n('Timeout');
const undetected = n('Survived') + n('NoCoverage');
const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
console.log(
  `${results.length} mutants so far: score ${score.toFixed(2)} %, killed ${n('Killed')}, survived ${n('Survived')},` +
    ` no coverage ${n('NoCoverage')}, timeout ${n('Timeout')}, compile errors ${n('CompileError')}, ignored ${n('Ignored')}`,
);
for (const mutant of results) {
  if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
  const { line, column } = mutant.location.start;
  const file = path.relative(root, mutant.fileName);
  console.log(`${mutant.status.padEnd(10)} ${file}:${line}:${column} ${mutant.mutatorName}: ${mutant.replacement}`);
}

// `node scripts/mutation/survivors.mjs <area>`: the mutants of the last run
// of an area that no test noticed (Survived, NoCoverage), one line each with
// where it is and what it changed — the list docs/testing.md explains.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREA_NAMES } from './areas.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2] ?? '';
if (!AREA_NAMES.includes(name)) {
  console.error(`Usage: node scripts/mutation/survivors.mjs <${AREA_NAMES.join('|')}>`);
  process.exit(2);
}

const report = JSON.parse(readFileSync(path.join(root, `reports/mutation/${name}/report.json`), 'utf8'));
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const lines = source.split('\n');
  for (const mutant of mutants) {
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
    const { line, column } = mutant.location.start;
    const original = lines[line - 1]?.trim() ?? '';
    const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
    console.log(`${mutant.status.padEnd(10)} ${file}:${line}:${column} ${mutant.mutatorName}: ${replacement}`);
    console.log(`           ${original.slice(0, 140)}`);
  }
}

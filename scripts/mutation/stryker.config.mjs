// @ts-check
import { AREA_NAMES, MUTATION_AREAS } from './areas.mjs';

// One area per run (scripts/mutation/run.mjs sets MUTATION_AREA): the machine
// is shared, and a score per area is what docs/testing.md reports.
const name = process.env.MUTATION_AREA ?? '';
const area = MUTATION_AREAS[/** @type {keyof typeof MUTATION_AREAS} */ (name)];
if (!area) throw new Error(`MUTATION_AREA must be one of ${AREA_NAMES.join(', ')} (got "${name}").`);

const reportDir = `reports/mutation/${name}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The area's tests only (see vitest.config.mjs there); every mutant runs the tests that reach it.
  vitest: { configFile: 'scripts/mutation/vitest.config.mjs', related: false },
  checkers: ['typescript'],
  tsconfigFile: area.tsconfig ?? 'electron/tsconfig.json',
  mutate: area.mutate,
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one test runner, one checker.
  concurrency: 1,
  // A loaded machine runs slowly; a mutant that merely ran slowly is not an infinite loop.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: `${reportDir}/incremental.json`,
  // event-recorder writes each mutant's result as it is known: a run stopped early (a deadline,
  // a shared machine too slow to finish) still leaves what it tested in ${reportDir}/events.
  reporters: ['clear-text', 'progress', 'html', 'json', 'event-recorder'],
  eventReporter: { baseDir: `${reportDir}/events` },
  htmlReporter: { fileName: `${reportDir}/index.html` },
  jsonReporter: { fileName: `${reportDir}/report.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  ignorePatterns: ['dist', 'release', 'test-results', 'playwright-report', 'reports', 'e2e'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

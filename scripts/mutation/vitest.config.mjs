// The project's Vitest settings, limited to the tests of the area being
// mutated (MUTATION_AREA). Not Stryker's own `testFiles` option: in 9.6 it
// switches a module-level mutant on only after the module has loaded, so
// those mutants survive whatever the tests say (stryker-js issue #6144).
import { fileURLToPath } from 'node:url';
import base from '../../vitest.config';
import { MUTATION_AREAS } from './areas.mjs';
import { LoadFailureReporter } from './load-failure-reporter.mjs';

const area = MUTATION_AREAS[process.env.MUTATION_AREA ?? ''];
if (!area) throw new Error('MUTATION_AREA must name an area of scripts/mutation/areas.mjs.');

export default {
  ...base,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    ...base.test,
    include: area.testFiles,
    // Property tests try 30 cases instead of 300 (electron/common/pricing/workload-arbitrary.ts): they
    // reach nearly every pricing mutant, and at 300 cases they were two thirds of each mutant's test time.
    // `PROPERTY_RUNS=300 npm run mutation -- pricing` asks for as many as `npm test` tries.
    env: { ...base.test?.env, PROPERTY_RUNS: process.env.PROPERTY_RUNS ?? '30' },
    // A test file that a mutant stops from loading fails one test, so Stryker sees the mutant killed.
    reporters: ['default', new LoadFailureReporter()],
  },
};

/**
 * The code `npm run mutation` mutates, one area at a time, and the tests
 * asked to notice. Each area's tests are the ones written for it (Vitest's
 * "related" files would pull in half the suite, and a test elsewhere that
 * happens to kill a mutant says little about this area's own tests).
 * Test files, test helpers and fixtures are never mutated.
 */
const NOT_CODE_UNDER_TEST = ['!**/*.test.ts', '!**/testing/**', '!**/fixtures/**'];

export const MUTATION_AREAS = {
  pricing: {
    title: 'Pricing engine',
    mutate: [
      'electron/common/pricing/**/*.ts',
      ...NOT_CODE_UNDER_TEST,
      // Test helpers: workload builders and fast-check arbitraries.
      '!electron/common/pricing/test-helpers.ts',
      '!electron/common/pricing/workload-arbitrary.ts',
    ],
    testFiles: ['electron/common/pricing/**/*.test.ts'],
    // The type checker looks at electron/common only, not the whole of electron/: half the work
    // for every mutant it checks (each took 20–40 s under load with the whole program). A mutant
    // that only breaks a caller outside common then runs the tests instead of being thrown out.
    tsconfig: 'scripts/mutation/tsconfig.pricing.json',
  },
  profiles: {
    title: 'Profile store',
    mutate: [
      'electron/node/profiles/**/*.ts',
      ...NOT_CODE_UNDER_TEST,
      '!electron/node/profiles/profile-test-helpers.ts',
      // Built by the crash and probe tests into child processes, where Stryker cannot switch mutants on.
      '!electron/node/profiles/build-crash-child-for-tests.ts',
      '!electron/node/profiles/crash-loop-child.ts',
      '!electron/node/profiles/crash-loop-content.ts',
      '!electron/node/profiles/store-probe-child.ts',
    ],
    // Not crash-safety.test.ts: it SIGKILLs a bundled child process (where no mutant is switched on)
    // for 14 s, and its set-up would make every store mutant pay for it.
    testFiles: ['electron/node/profiles/!(crash-safety).test.ts'],
  },
  'browser-host': {
    title: 'Browser host guards',
    mutate: ['electron/node/browser-host/guards.ts'],
    // Not server.test.ts, which drives the guards over real HTTP: it starts a pricing worker and a
    // profile store for every mutant (7 s each on a shared machine); the guards' own tests ask the same questions.
    testFiles: ['electron/node/browser-host/guards*.test.ts'],
  },
  ipc: {
    title: 'IPC adapter',
    mutate: [
      'electron/main/ipc-adapter.ts',
      'electron/main/sender-check.ts',
      // What the sender check and the handler table call to decide: the app's origin, forbidden keys.
      'electron/main/app-origin.ts',
      'electron/common/forbidden-keys.ts',
      'electron/node/ipc/handler-table.ts',
    ],
    // Not main-process.test.ts: it bundles main.cjs and runs it in a child process,
    // where Stryker's mutant switch does not reach (and it takes a minute per run).
    testFiles: ['electron/main/{ipc-adapter,sender-check}*.test.ts', 'electron/node/ipc/*.test.ts'],
  },
};

export const AREA_NAMES = Object.keys(MUTATION_AREAS);

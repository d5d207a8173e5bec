// A test file that fails to load (a mutant that breaks a module's top level:
// a table emptied that a schema is built from, a zod call given a bad key)
// has no tests, and Stryker's Vitest runner counts only tests: no failed test,
// so the mutant "survived" though `npm test` goes red. This reporter gives each
// such file one failed test carrying the load error, which Stryker then reads
// as the mutant killed. Only in the mutation runs' Vitest config.
export class LoadFailureReporter {
  onTestRunEnd(testModules) {
    for (const file of testModules.map((testModule) => testModule.task)) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      const errors = file.result.errors ?? [{ message: 'the test file failed to load' }];
      file.tasks.push({
        id: `${file.id}_load`,
        type: 'test',
        name: 'the test file loads',
        mode: 'run',
        suite: undefined,
        file,
        meta: {},
        context: {},
        result: { state: 'fail', errors, duration: 0 },
      });
    }
  }
}

// Issue #18 figure: what the pre-step of `npm start` / `npm test`
// (scripts/install-if-needed.mjs) costs when node_modules is already up to date.
import { spawnSync } from 'node:child_process';
import { compareInstall, readInstall } from '../setup/installed-deps.mjs';
import { ms, percentile } from './browser-session.mjs';

export function benchInstallCheck() {
  console.log('\n# npm start / npm test pre-step (dependencies up to date)');
  if (!compareInstall(readInstall('.')).upToDate) {
    console.log('skipped: node_modules differs from package-lock.json (run npm ci first)');
    return;
  }
  const check = [];
  for (let run = 0; run < 20; run++) {
    const started = performance.now();
    compareInstall(readInstall('.'));
    check.push(performance.now() - started);
  }
  const wholeProcess = timeProcess(['scripts/install-if-needed.mjs']);
  const bareNode = timeProcess(['-e', '0']);
  console.log(
    `up-to-date check: median ${ms(percentile(check, 50))} in process; the whole step ${ms(percentile(wholeProcess, 50))} ` +
      `median over ${wholeProcess.length} runs, of which starting Node itself takes ${ms(percentile(bareNode, 50))} (target < 100 ms)`,
  );
}

/** Wall time of `node ...args`, 10 runs. @param {string[]} args */
function timeProcess(args) {
  const times = [];
  for (let run = 0; run < 10; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  }
  return times;
}

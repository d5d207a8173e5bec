// `npm run dist`: builds the app, then the current OS's installers into
// release/ with electron-builder (electron-builder.yml). Without the Electron
// binary it builds nothing and explains, exiting 3 (a failed build exits 1).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronDist, planDist } from './packaging/dist-plan.mjs';

const require = createRequire(import.meta.url);
const electronPackageDir = path.dirname(require.resolve('electron/package.json'));
const plan = planDist({ platform: process.platform, electron: findElectronDist(electronPackageDir) });

if (plan.kind === 'explain') {
  console.error(plan.message);
  process.exit(plan.exitCode);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run(npm, ['run', 'build'], { shell: process.platform === 'win32' });
console.log(`npm run dist: building installers for ${plan.platformName} into release/`);
run(process.execPath, [require.resolve('electron-builder/cli.js'), ...plan.args]);

/** @param {string} command @param {string[]} args @param {{ shell?: boolean }} [options] */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(1);
}

import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';
import { runServe } from './serve';

// `npm start`: the desktop window when Electron's binary is here, else browser mode.
const argv = process.argv.slice(2);
const electron = findElectronBinary();
if (electron.found) {
  const child = spawn(electron.path, [path.join(__dirname, 'main.cjs'), ...argv], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
} else {
  console.log(`Electron is not available (${electron.reason}); starting browser mode instead.`);
  void runServe(argv).then((code) => process.exit(code));
}

// Issue #13 figure: the report PDF for the default workload, made as a user
// makes it from the command line (`npm run report`): host, headless Chromium,
// pricing, eight diagrams and the PDF, until the process has exited.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ms, percentile } from './browser-session.mjs';

const run = promisify(execFile);

export async function benchReport() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-report-'));
  try {
    // The default workload: a profile that sets nothing, so every input takes its default.
    const profile = path.join(dir, 'default.json');
    await writeFile(profile, JSON.stringify({ name: 'Default workload', workload: {} }));
    const times = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await run(process.execPath, [
        'dist/electron/report.cjs',
        profile,
        path.join(dir, `report-${i}.pdf`),
        '--data-dir',
        dir,
      ]);
      times.push(performance.now() - started);
    }
    console.log(
      `report PDF for the default workload (npm run report, end to end): median ${ms(percentile(times, 50))} (runs: ${times.map(ms).join(', ')}; target < 3 s)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Shared by the benches that split where a renderer's time goes.
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time (user + system) used so far by this bench's Chromium renderers: the
 * descendants of this process whose command line says `--type=renderer`
 * (Linux /proc; other engineers' browsers are not ours, so not counted).
 */
export function rendererCpuMs() {
  const procs = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  const parentOf = new Map();
  const stats = new Map();
  for (const pid of procs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(pid, fields[1]);
      stats.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // Gone meanwhile.
    }
  }
  const ours = (pid) => {
    for (let at = parentOf.get(pid); at && at !== '0'; at = parentOf.get(at))
      if (at === String(process.pid)) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, used] of stats) {
    if (!ours(pid)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.includes('--type=renderer')) ticks += used;
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux.
}

// Opening a profile alone (issue 15): each of the 10 opens, click → costs
// painted, with the load beside it. `PROFILE=1` also takes Chromium's CPU
// profile of every open and prints, per open, where the main thread's time
// went (by script file and by function), so a slow open can be named.
// Run after `npm run build`: `node scripts/bench/profile-open.mjs`.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ms, percentile } from './browser-session.mjs';
import { loadNote } from './levers.mjs';
import { rendererCpuMs } from './renderer-cpu.mjs';
import { openToPainted } from './profiles.mjs';

const PROFILE = process.env.PROFILE === '1';
const ROUNDS = Number(process.env.ROUNDS ?? 1);

/** Main-thread time of one CPU profile split by script file and by function (self time), plus idle. */
function split(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const files = new Map();
  const functions = new Map();
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const dt = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') {
      idle += dt;
      return;
    }
    const file = url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '') || functionName;
    files.set(file, (files.get(file) ?? 0) + dt);
    const key = `${functionName || '(anon)'} ${file}:${lineNumber}`;
    functions.set(key, (functions.get(key) ?? 0) + dt);
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => `${t.toFixed(1)} ${name}`)
      .join('; ');
  return { idle, files: top(files, 6), functions: top(functions, 8), strip: strip(profile, byId) };
}

const MERMAID = /^(mermaid|chunk-|dagre-|graphlib-|flowDiagram|purify|cytoscape|katex)/;

/** What the main thread did in each 10 ms of the open: . idle, M Mermaid, p native (style, layout, paint), g GC, j other script. */
function strip(profile, byId) {
  const slots = [];
  let at = 0;
  profile.samples.forEach((id, index) => {
    at += (profile.timeDeltas[index] ?? 0) / 1000;
    const { functionName, url } = byId.get(id).callFrame;
    const file = url.replace(/^.*\/assets\//, '');
    const kind =
      functionName === '(idle)'
        ? '.'
        : functionName === '(program)'
          ? 'p'
          : functionName === '(garbage collector)'
            ? 'g'
            : MERMAID.test(file)
              ? 'M'
              : 'j';
    const slot = (slots[Math.floor(at / 10)] ??= {});
    slot[kind] = (slot[kind] ?? 0) + 1;
  });
  return [...slots].map((slot) => (slot ? Object.entries(slot).sort((a, b) => b[1] - a[1])[0][0] : ' ')).join('');
}

export async function benchProfileOpen() {
  for (let round = 0; round < ROUNDS; round++) {
    const opens = await openToPainted({ cpuProfile: PROFILE, cpuTime: rendererCpuMs });
    console.log(
      `open a profile → its costs painted (browser mode): p50 ${ms(percentile(opens, 50))}, max ${ms(Math.max(...opens))} over ${opens.length} opens (target < 100 ms)  ${loadNote()}`,
    );
    console.log(`  each open: ${opens.map(ms).join(', ')}`);
    console.log(
      `  the page before the first open: ${opens.dom.elements} elements, ${opens.dom.controls} form controls`,
    );
    for (const [index, seen] of opens.milestones.entries())
      console.log(
        `  open ${index + 1}: ${Object.entries(seen)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    const sum = (key) => opens.milestones.reduce((total, seen) => total + seen[key], 0) / opens.length;
    console.log(
      `  per open (mean): renderer CPU ${ms(sum('cpuMs'))}, layout ${ms(sum('layoutMs'))}, style ${ms(sum('styleMs'))}, script ${ms(sum('scriptMs'))}`,
    );
    for (const [index, profile] of (opens.profiles ?? []).entries()) {
      const { idle, files, functions, strip } = split(profile);
      console.log(
        `  open ${index + 1} (${ms(opens[index])}), idle ${ms(idle)}\n    10 ms slots: ${strip}\n    files: ${files}\n    self: ${functions}`,
      );
    }
  }
}

if (fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) await benchProfileOpen();

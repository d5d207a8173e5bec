// The browser's own work behind a slider move on the Costs page: moves the
// requests slider as the bench does, with Chromium's tracing on, then sums
// the main thread's spans per move by name (script, style, layout, paint,
// commit). Spans nest, so a parent's time includes its children's: read the
// lines as "how much of each", not as parts of one sum.
import os from 'node:os';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, startHost } from './browser-session.mjs';
import { openCostsPageSettled, timeMovesAndFrames } from './levers.mjs';

const MOVES = Number(process.env.MOVES ?? 60);
const SHOWN = [
  'RunTask',
  'FireAnimationFrame',
  'FunctionCall',
  'EventDispatch',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'ParseHTML',
];

export async function traceSliderMoves() {
  const browser = await launchChromium();
  const host = await startHost();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openCostsPageSettled(page, host.url);
    // HIDE="css selector": leaves that part out (display: none), to see what its updates cost a move.
    if (process.env.HIDE) await page.addStyleTag({ content: `${process.env.HIDE} { display: none !important; }` });
    // STYLE="css": a style sheet added to the page, to try a CSS lever before building it in.
    if (process.env.STYLE) await page.addStyleTag({ content: process.env.STYLE });
    const args = {
      moves: 10,
      slider: '[data-testid="slider-requestsPerMonth"]',
      shown: '[data-testid="cost-bar-lambda"]',
      attribute: 'data-monthly-usd',
    };
    await page.evaluate(timeMovesAndFrames, args);
    if (process.env.PROFILE) {
      // PROFILE=1: V8's sampling profiler instead of the trace, the script's time by function.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const moved = await page.evaluate(timeMovesAndFrames, { ...args, moves: MOVES });
      const { profile } = await cdp.send('Profiler.stop');
      reportProfile(profile, moved);
      return;
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink'] });
    const moved = await page.evaluate(timeMovesAndFrames, { ...args, moves: MOVES });
    report(JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents, moved);
  } finally {
    await browser.close();
    await host.stop();
  }
}

function report(events, moved) {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const totals = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || !mains.has(`${event.pid}:${event.tid}`)) continue;
    const total = totals.get(event.name) ?? { count: 0, ms: 0 };
    total.count += 1;
    total.ms += (event.dur ?? 0) / 1000;
    totals.set(event.name, total);
  }
  const sorted = (values) => [...values].sort((a, b) => a - b);
  const at = (values, p) => sorted(values)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
  const load = os.loadavg().map((value) => value.toFixed(2));
  console.log(
    `${MOVES} moves of the requests slider (Costs page), load ${load.join(' / ')} on ${os.cpus().length} CPUs`,
  );
  console.log(
    `own frame (input → committed) p50 ${at(moved.committed, 50).toFixed(1)} ms, p95 ${at(moved.committed, 95).toFixed(1)} ms`,
  );
  console.log('main thread, per move:');
  for (const [name, { count, ms }] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) {
    if (!SHOWN.includes(name) && ms / MOVES < 0.2) continue;
    console.log(`  ${(ms / MOVES).toFixed(2).padStart(7)} ms  ${(count / MOVES).toFixed(1).padStart(5)}×  ${name}`);
  }
}

/** Self time per function (a CPU profile's samples × their interval), per move, the top 25. */
function reportProfile(profile, moved) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i]);
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    // timeDeltas[i + 1] is the time from this sample to the next: how long this one stood.
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  console.log(`${MOVES} moves, own frame p50 ${median(moved.committed).toFixed(1)} ms; self time per move:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`  ${(ms / MOVES).toFixed(2).padStart(6)} ms  ${name}`);
  }
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

if (fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) await traceSliderMoves();

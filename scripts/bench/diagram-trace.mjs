// The browser's own work behind an edited preview: types into the diagram
// editor (as diagram-profile.mjs does) with Chromium's tracing on, then counts
// the main thread's style recalculations, layouts, paints and HTML parses per
// keystroke. A recalculation or layout that Blink marks as forced was asked for
// by script (Mermaid's getComputedTextLength / getBBox); the others ran for a
// frame. The CPU profile cannot tell these apart: a forced layout shows as the
// measuring call, a frame's as "(program)".
import os from 'node:os';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { typeAndAwaitPreview, withBenchEditor } from './diagram-editing.mjs';

const OPTION = 'eks-ec2';
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 10);
const COUNTED = ['UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML'];
/** Blink's span around a style and layout update that script asked for. */
const FORCED = 'Blink.ForcedStyleAndLayout.UpdateTime';

export async function traceDiagramEditing() {
  await withBenchEditor(OPTION, async ({ browser, page, name }) => {
    for (let key = 0; key < KEYSTROKES + 2; key++) {
      if (key === 2) await browser.startTracing(page, { categories: ['devtools.timeline', 'blink'] });
      await typeAndAwaitPreview(page, name, key);
    }
    report(JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents);
  });
}

function report(events) {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const spans = events
    .filter((event) => event.ph === 'X' && mains.has(`${event.pid}:${event.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = new Map();
  /** End times of the forced updates open at the current event (spans nest on one thread). */
  const openForced = [];
  for (const span of spans) {
    while (openForced.length > 0 && openForced.at(-1) <= span.ts) openForced.pop();
    if (span.name === FORCED) openForced.push(span.ts + (span.dur ?? 0));
    if (!COUNTED.includes(span.name)) continue;
    const key = `${span.name}${openForced.length > 0 ? ' (forced by a measurement)' : ' (for a frame)'}`;
    const total = totals.get(key) ?? { count: 0, ms: 0 };
    total.count += 1;
    total.ms += (span.dur ?? 0) / 1000;
    totals.set(key, total);
  }
  const load = os.loadavg().map((value) => value.toFixed(2));
  console.log(`${KEYSTROKES} previews of ${OPTION}, load average ${load.join(' / ')} on ${os.cpus().length} CPUs`);
  console.log('main thread, per keystroke (typing and the preview):');
  for (const [key, { count, ms }] of [...totals].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `  ${(ms / KEYSTROKES).toFixed(1).padStart(7)} ms  ${(count / KEYSTROKES).toFixed(0).padStart(4)}×  ${key}`,
    );
}

if (fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) await traceDiagramEditing();

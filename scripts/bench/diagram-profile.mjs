// Where a diagram layout's time goes: types into the diagram editor (the
// largest generated diagram, as the editing bench does) with Chromium's CPU
// profiler on, then splits the samples by what they were doing. For a readable
// split build without minifying first: `npx vite build --config
// renderer/vite.config.ts --minify false && npm run build:electron`.
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { typeAndAwaitPreview, withBenchEditor } from './diagram-editing.mjs';
import { rendererCpuMs } from './renderer-cpu.mjs';

const OPTION = 'eks-ec2';
const KEYSTROKES = Number(process.env.KEYSTROKES ?? 30);
/** PROFILE=0: renderer CPU time only, without the profiler's own overhead. */
const PROFILE = process.env.PROFILE !== '0';

/** What a sample was doing, from the names on its stack (innermost rule first). */
function phaseOf(names, leaf) {
  const has = (name) => names.has(name);
  if (leaf === '(garbage collector)') return 'garbage collection';
  if (leaf === '(program)') return 'browser: style, layout, paint (native)';
  if (has('unsafeParts')) return 'our SVG guard (unsafeParts, DOMPurify)';
  if (has('decorateDiagramSvg')) return 'our decorateDiagramSvg';
  if (/^(getComputedTextLength|getBBox|getBoundingClientRect|getTotalLength)$/.test(leaf))
    return 'text measurement (getComputedTextLength, getBBox)';
  if (has('assignWithDepth')) return 'Mermaid config copies (getConfig)';
  if (has('DOMPurify.sanitize')) return 'Mermaid DOMPurify (labels, final pass)';
  if (has('getIconSVG') || has('iconToSVG')) return 'icon SVG (getIconSVG)';
  if (has('dagre:layout')) return 'dagre layout';
  if (has('fromText')) return 'Mermaid parse';
  if ([...names].some((name) => name.startsWith('mermaid:'))) return 'Mermaid drawing (SVG nodes, edges, d3)';
  if ([...names].some((name) => name.startsWith('editor:'))) return 'editor (CodeMirror, Svelte)';
  return 'other (Svelte, app, Playwright)';
}
export async function profileDiagramEditing() {
  await withBenchEditor(OPTION, async ({ context, page, name }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    let wall = 0;
    let cpuBefore = 0;
    for (let key = 0; key < KEYSTROKES + 2; key++) {
      if (key === 2) {
        cpuBefore = rendererCpuMs();
        if (PROFILE) await cdp.send('Profiler.start');
      }
      await typeAndAwaitPreview(page, name, key);
      if (key >= 2) wall += await page.evaluate((mark) => performance.getEntriesByName(mark).at(-1).duration, name);
    }
    const cpu = rendererCpuMs() - cpuBefore;
    console.log(
      `${KEYSTROKES} previews of ${OPTION}: renderer CPU time ${(cpu / KEYSTROKES).toFixed(1)} ms per keystroke (typing and the preview; CPU time barely depends on the load, wall time does)${PROFILE ? ', with the profiler on' : ''}`,
    );
    if (!PROFILE) return;
    const { profile } = await cdp.send('Profiler.stop');
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
    report(profile, wall);
  });
}

/**
 * A frame's name: V8's, or for Mermaid's `var name = __name((…) => …)` functions
 * (anonymous to V8) the name on the source line, read from the built file.
 */
function namer() {
  const lines = new Map();
  const sourceLine = (url, line) => {
    const file = url.replace(/^.*\/assets\//, 'dist/renderer/assets/');
    if (!lines.has(file)) lines.set(file, existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []);
    return lines.get(file)[line] ?? '';
  };
  return ({ functionName, url, lineNumber }) => {
    const name = functionName || /(?:var|const|let)\s+([\w$]+)\s*=/.exec(sourceLine(url, lineNumber))?.[1] || '(anon)';
    return name;
  };
}

function report(profile, wall) {
  const nameOf = namer();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const deltas = profile.timeDeltas;
  const self = new Map();
  const phases = new Map();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const dt = (deltas[index + 1] ?? 0) / 1000;
    const leafFrame = byId.get(id).callFrame;
    const leaf = nameOf(leafFrame);
    if (leaf === '(idle)') return;
    busy += dt;
    const key = `${leaf} ${shortUrl(leafFrame.url)}:${leafFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const names = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at).callFrame;
      const name = nameOf(frame);
      names.add(name);
      const file = shortUrl(frame.url);
      if (/^dagre-/.test(file) && name === 'layout') names.add('dagre:layout');
      if (/^(mermaid|chunk-|dagre-|flowDiagram)/.test(file)) names.add(`mermaid:${name}`);
      if (/^DiagramEditor-/.test(file)) names.add(`editor:${name}`);
    }
    const phase = phaseOf(names, leaf);
    phases.set(phase, (phases.get(phase) ?? 0) + dt);
  });
  const n = KEYSTROKES;
  console.log(
    `load average ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ')} on ${os.cpus().length} CPUs`,
  );
  console.log(
    `${n} previews; measured read → painted ${(wall / n).toFixed(1)} ms each; main thread busy ${(busy / n).toFixed(1)} ms per keystroke (typing and the preview)`,
  );
  console.log('\nphases (ms per keystroke):');
  for (const [phase, t] of [...phases].sort((a, b) => b[1] - a[1]))
    console.log(`  ${(t / n).toFixed(1).padStart(7)}  ${phase}`);
  console.log('\ntop self (ms per keystroke):');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(t / n).toFixed(2).padStart(7)}  ${k}`);
}
const shortUrl = (url) => url.replace(/^.*\/assets\//, '').replace(/^https?:\/\/[^/]+\//, '');

if (fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  // PROFILE_IN=<file> splits a profile saved earlier (PROFILE_OUT=<file>) against the build in dist/.
  if (process.env.PROFILE_IN) report(JSON.parse(readFileSync(process.env.PROFILE_IN, 'utf8')), Number.NaN);
  else await profileDiagramEditing();
}

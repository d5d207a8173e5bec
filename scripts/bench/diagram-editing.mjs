// Issue #11 figure: keystroke in the diagram editor → preview painted, for the
// largest generated diagram, in browser mode. The editor waits for typing to
// pause (its debounce) before it reads the text; the figure starts when that
// debounced read starts (the editor's `diagram-edit-preview:<option>` measure
// covers read → model → Mermaid layout → SVG in the page → the frame after it
// is painted), so the debounce itself is left out.
import os from 'node:os';
import { launchChromium, ms, percentile, startHost } from './browser-session.mjs';

const CANDIDATES = ['lambda', 'ec2', 'ecs-ec2', 'fargate', 'eks-ec2', 'eks-fargate', 'batch', 'lightsail'];
const KEYSTROKES = 40;
/** The first few warm Mermaid's caches for the draft; they are typed but not counted. */
const WARM_UP = 4;

export async function benchDiagramEditing() {
  const browser = await launchChromium();
  const host = await startHost();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${host.url}#/`);
    await page.getByTestId('catalog').waitFor();
    const largest = await largestDiagram(page, host.url);
    const samples = await keystrokes(page, host.url, largest);
    const load = os.loadavg().map((value) => value.toFixed(2));
    console.log(
      `keystroke → edited preview painted, largest diagram (${largest.id}, ${largest.parts} nodes and groups; debounced read → painted): p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))} over ${samples.length} keystrokes (target p95 < 200 ms); load average ${load.join(' / ')} on ${os.cpus().length} CPUs`,
    );
  } finally {
    await context.close();
    await host.stop();
    await browser.close();
  }
}

/** EKS on EC2 and on Fargate share EKS's page, ECS on EC2 is on ECS's. */
const servicePage = (optionId) => optionId.replace(/-(ec2|fargate)$/, '');

/** The option whose generated diagram has the most nodes and groups, for the default workload. */
async function largestDiagram(page, url) {
  let largest = { id: '', parts: -1 };
  for (const id of CANDIDATES) {
    await page.goto(`${url.split('#')[0]}#/service/${servicePage(id)}`);
    const figure = page.locator(`[data-testid="diagram-${id}"][data-state="rendered"] > .canvas > svg`);
    if ((await figure.count()) === 0) {
      try {
        await figure.waitFor({ state: 'visible', timeout: 15_000 });
      } catch {
        continue; // Not on that page (EKS on Fargate shares EKS's page).
      }
    }
    const parts = await figure.evaluate((svg) => svg.querySelectorAll('g.node, g.icon-shape, g.cluster').length);
    if (parts > largest.parts) largest = { id, parts };
  }
  return largest;
}

/**
 * Opens the editor of option `id`'s generated diagram and adds a box of the
 * user's own at the end, with the caret inside its label: each key typed next
 * lengthens the label, so every preview is a new layout. Resolves with the name
 * of the editor's preview measure. The profile bench opens the editor this way too.
 */
export async function openEditorWithBenchBox(page, url, id) {
  await page.goto(`${url.split('#')[0]}#/service/${servicePage(id)}`);
  await page.locator(`[data-testid="diagram-${id}"][data-state="rendered"]`).waitFor();
  await page.getByTestId(`diagram-edit-${id}`).click();
  const source = page.getByTestId(`diagram-editor-source-${id}`);
  await source.waitFor();
  await page.locator(`[data-testid="diagram-editor-preview-${id}"] svg.flowchart`).waitFor();
  const name = `diagram-edit-preview:${id}`;
  await source.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nnote["Bench"]');
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length >= 2, name);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  return name;
}

/**
 * The profile and trace benches' set-up: a fresh browser mode with the editor
 * open on option `id`'s bench box; `use` gets the page (and its browser, for
 * tracing) and the preview measure's name. Everything is stopped after.
 */
export async function withBenchEditor(id, use) {
  const browser = await launchChromium();
  const host = await startHost();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const name = await openEditorWithBenchBox(page, host.url, id);
    return await use({ browser, context, page, name });
  } finally {
    await context.close();
    await host.stop();
    await browser.close();
  }
}

/** Types the `key`-th letter into the bench box's label and waits for the preview it causes. */
export async function typeAndAwaitPreview(page, name, key) {
  const before = await page.evaluate((mark) => performance.getEntriesByName(mark).length, name);
  await page.keyboard.type(String.fromCharCode(97 + (key % 26)));
  await page.waitForFunction(([mark, count]) => performance.getEntriesByName(mark).length > count, [name, before]);
}

/** Types one character at a time into a label, waiting for each preview before the next key. */
async function keystrokes(page, url, { id }) {
  const name = await openEditorWithBenchBox(page, url, id);
  for (let key = 0; key < KEYSTROKES + WARM_UP; key++) await typeAndAwaitPreview(page, name, key);
  const durations = await page.evaluate(
    (mark) => performance.getEntriesByName(mark).map((entry) => entry.duration),
    name,
  );
  return durations.slice(-KEYSTROKES);
}

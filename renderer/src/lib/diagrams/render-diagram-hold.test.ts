import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  diskAnswers,
  laidOut,
  mermaidLoads,
  pageGoesIdle,
  pendingLookups,
  renderQueueForEachTest,
  settled,
} from './testing/render-queue-harness';

vi.mock('./mermaid-loader', async () => (await import('./testing/render-queue-harness')).standInMermaidLoader);
vi.mock('./disk-cache', async () => (await import('./testing/render-queue-harness')).standInDiskCache);
vi.mock('./decorate-svg', async () => (await import('./testing/render-queue-harness')).standInDecorate);
vi.mock('./svg-guard', async () => (await import('./testing/render-queue-harness')).standInSvgGuard);

const { renderDiagram } = await import('./render-diagram');
const { holdIdleLayouts } = await import('./layout-hold');

renderQueueForEachTest();

/** A hold as a drag or the report takes it; whatever a test leaves held is released after it. */
const takenHolds: (() => void)[] = [];
function hold(): () => void {
  const release = holdIdleLayouts();
  takenHolds.push(release);
  return release;
}
afterEach(async () => {
  for (const release of takenHolds.splice(0)) release();
  await pageGoesIdle();
});

// The queue remembers every diagram for the session: each test draws diagrams of its own.
let made = 0;
const newDiagram = (): string => `flowchart LR\n  a${++made} --> b${made}`;

/** Records when a render settles, so a test can say "not yet" as well as "now". */
function watch(rendering: Promise<{ svg: string }>): { settled: () => boolean; svg: () => string | undefined } {
  let svg: string | undefined;
  let done = false;
  rendering.then(
    (drawn) => ((svg = drawn.svg), (done = true)),
    () => (done = true),
  );
  return { settled: () => done, svg: () => svg };
}

describe('a background layout while the app holds layouts', () => {
  it('waits when the hold is taken during its disk lookup, then is laid out exactly once, in idle time after the release', async () => {
    const warmUp = newDiagram();
    const rendering = watch(renderDiagram('lambda', warmUp, 'light', 'background'));
    await settled();
    expect(pendingLookups()).toEqual([[warmUp]]);

    // The user starts dragging while the disk cache is being asked.
    const release = hold();
    await diskAnswers();
    expect(laidOut).toEqual([]);
    expect(rendering.settled()).toBe(false);

    release();
    await settled();
    expect(laidOut).toEqual([]);
    await pageGoesIdle();
    expect(laidOut).toEqual([warmUp]);
    expect(rendering.svg()).toMatch(/^<svg/);
    await pageGoesIdle();
    expect(laidOut).toEqual([warmUp]);
  });

  it('does not hold back a visible diagram queued behind it: that one is laid out at once, held or not', async () => {
    const warmUp = newDiagram();
    const onScreen = newDiagram();
    const background = watch(renderDiagram('fargate', warmUp, 'light', 'background'));
    const visible = watch(renderDiagram('lambda', onScreen, 'light', 'visible'));
    await settled();
    const release = hold();
    await diskAnswers();
    await diskAnswers();
    expect(laidOut).toEqual([onScreen]);
    expect(visible.svg()).toMatch(/^<svg/);
    expect(background.settled()).toBe(false);

    release();
    await pageGoesIdle();
    expect(laidOut).toEqual([onScreen, warmUp]);
    expect(background.svg()).toMatch(/^<svg/);
  });

  it('is laid out at once when a view asks for that same diagram while it waits', async () => {
    const release = hold();
    const diagram = newDiagram();
    const background = watch(renderDiagram('ecs', diagram, 'dark', 'background'));
    await diskAnswers();
    expect(laidOut).toEqual([]);

    const shown = watch(renderDiagram('ecs', diagram, 'dark', 'visible'));
    await settled();
    expect(laidOut).toEqual([diagram]);
    expect(shown.svg()).toBe(background.svg());
    release();
  });

  it('is laid out at once when a view asks for that same diagram during its disk lookup', async () => {
    const diagram = newDiagram();
    watch(renderDiagram('ecs', diagram, 'dark', 'background'));
    await settled();
    const release = hold();
    const shown = watch(renderDiagram('ecs', diagram, 'dark', 'visible'));
    await diskAnswers();
    expect(laidOut).toEqual([diagram]);
    expect(shown.svg()).toMatch(/^<svg/);
    release();
  });

  it('resumes, in order, only once every hold is released', async () => {
    const drag = hold();
    const report = hold();
    const first = newDiagram();
    const second = newDiagram();
    watch(renderDiagram('lambda', first, 'light', 'background'));
    watch(renderDiagram('fargate', second, 'light', 'background'));
    await diskAnswers();
    await diskAnswers();
    expect(laidOut).toEqual([]);

    drag();
    drag();
    await pageGoesIdle();
    expect(laidOut).toEqual([]);

    report();
    await pageGoesIdle();
    expect(laidOut).toEqual([first, second]);
  });

  it('lets the diagram on screen, redrawn once a drag rests, go before it', async () => {
    const drag = hold();
    const warmUp = newDiagram();
    const redrawn = newDiagram();
    watch(renderDiagram('report-warm-up:lambda', warmUp, 'light', 'background'));
    await diskAnswers();
    // The drag rests: its hold goes, and the slide asks for its diagram before the page is idle again.
    drag();
    await settled();
    const shown = watch(renderDiagram('lambda', redrawn, 'light', 'visible'));
    await diskAnswers();
    expect(laidOut).toEqual([redrawn]);
    expect(shown.svg()).toMatch(/^<svg/);

    await pageGoesIdle();
    expect(laidOut).toEqual([redrawn, warmUp]);
  });

  it('is served while held when the disk cache has its picture: no layout needed', async () => {
    const release = hold();
    const diagram = newDiagram();
    const rendering = watch(renderDiagram('batch', diagram, 'light', 'background'));
    await settled();
    await diskAnswers({ [diagram]: '<svg data-saved="yes"/>' });
    expect(rendering.svg()).toBe('<svg data-saved="yes"/>');
    expect(laidOut).toEqual([]);
    release();
  });

  it('does not load Mermaid for the next workload until the hold is released (a report printing from the disk needs none)', async () => {
    const release = hold();
    const diagram = newDiagram();
    watch(renderDiagram('batch', diagram, 'light', 'visible'));
    await settled();
    await diskAnswers({ [diagram]: '<svg data-saved="yes"/>' });
    await pageGoesIdle();
    await pageGoesIdle();
    expect(mermaidLoads.count).toBe(0);

    release();
    await pageGoesIdle();
    expect(mermaidLoads.count).toBe(1);
  });
});

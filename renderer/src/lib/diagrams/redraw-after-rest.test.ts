import { afterEach, describe, expect, it, vi } from 'vitest';
import { diskAnswers, laidOut, pageGoesIdle, renderQueueForEachTest, settled } from './testing/render-queue-harness';

vi.mock('./mermaid-loader', async () => (await import('./testing/render-queue-harness')).standInMermaidLoader);
vi.mock('./disk-cache', async () => (await import('./testing/render-queue-harness')).standInDiskCache);
vi.mock('./decorate-svg', async () => (await import('./testing/render-queue-harness')).standInDecorate);
vi.mock('./svg-guard', async () => (await import('./testing/render-queue-harness')).standInSvgGuard);

const { renderDiagram } = await import('./render-diagram');
const { holdIdleLayouts, layoutsHeld } = await import('./layout-hold');
const { redrawAfterRest } = await import('./redraw-after-rest');

renderQueueForEachTest();
afterEach(async () => {
  await pageGoesIdle();
  await pageGoesIdle();
});

let made = 0;
const newDiagram = (): string => `flowchart LR\n  r${++made} --> s${made}`;

/** A drag over a diagram on screen, while the report's warm-up waits: the warm-up's next picture is held back. */
async function dragWithWarmUpHeld(): Promise<{ warmUp: string; dragRests: () => void }> {
  const dragRests = holdIdleLayouts();
  const warmUp = newDiagram();
  void renderDiagram('report-warm-up:fargate', warmUp, 'light', 'background');
  await diskAnswers();
  expect(laidOut).toEqual([]);
  return { warmUp, dragRests };
}

describe('a diagram on screen redrawn once the workload rests', () => {
  it('is laid out before the background picture the drag held back, though the drag lets go first', async () => {
    const { warmUp, dragRests } = await dragWithWarmUpHeld();
    const onScreen = newDiagram();
    redrawAfterRest(() => void renderDiagram('lambda', onScreen, 'light', 'visible'), {
      idleWaitMs: 1000,
      onScreen: true,
      settleMs: 0,
    });
    // At the rest the drag's hold goes in the same idle time as the redraw's ask: here, before it.
    dragRests();
    await pageGoesIdle();
    await diskAnswers();
    await pageGoesIdle();
    expect(laidOut).toEqual([onScreen, warmUp]);
  });

  it('holds nothing back for a picture out of sight', async () => {
    const { warmUp, dragRests } = await dragWithWarmUpHeld();
    const offstage = newDiagram();
    redrawAfterRest(() => void renderDiagram('ec2', offstage, 'light', 'background'), {
      idleWaitMs: 1000,
      onScreen: false,
      settleMs: 0,
    });
    dragRests();
    expect(layoutsHeld()).toBe(false);
    await pageGoesIdle();
    await diskAnswers();
    await pageGoesIdle();
    expect(laidOut[0]).toBe(warmUp);
  });

  it('lets go of its hold when the workload moves again before it asked', async () => {
    const cancel = redrawAfterRest(() => undefined, { idleWaitMs: 1000, onScreen: true, settleMs: 0 });
    expect(layoutsHeld()).toBe(true);
    cancel();
    expect(layoutsHeld()).toBe(false);
    await settled();
  });
});

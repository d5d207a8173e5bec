import { describe, expect, it, vi } from 'vitest';
import { drawn, idlePassForEachTest, pageGoesIdle } from './testing/idle-pass-harness';

vi.mock('./render-diagram', async () => (await import('./testing/idle-pass-harness')).recordingRenderDiagram);

const { idleLayoutPass } = await import('./idle-layouts');
const { renderDiagram } = await import('./render-diagram');
const { holdLayoutsWhileChanging } = await import('./workload-settle');

// Between a drag's moves there is idle time; the moves themselves are timed on a fake clock.
idlePassForEachTest({ fakeTimers: true });

describe('background layouts while a slider is dragged', () => {
  const jobs = [
    { id: 'lambda', source: 'flowchart LR\n a --> b' },
    { id: 'fargate', source: 'flowchart LR\n c --> d' },
  ];

  it('wait through a drag of moves 100 ms apart and run once the workload has rested 250 ms', async () => {
    const moved = holdLayoutsWhileChanging(250);
    idleLayoutPass('warm-up').start(jobs, 'light');
    for (let move = 0; move < 5; move++) {
      moved();
      await pageGoesIdle();
      await vi.advanceTimersByTimeAsync(100);
    }
    // 5 moves over 500 ms: the page was idle between each, and nothing was laid out.
    expect(drawn).toEqual([]);

    await vi.advanceTimersByTimeAsync(149);
    await pageGoesIdle();
    expect(drawn).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });

  it('leave a pass alone when nothing moves', async () => {
    holdLayoutsWhileChanging(250);
    idleLayoutPass('warm-up').start(jobs, 'light');
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });

  it('keep waiting when a move comes after the rest but before the page was idle', async () => {
    const moved = holdLayoutsWhileChanging(250);
    idleLayoutPass('warm-up').start(jobs, 'light');
    moved();
    await vi.advanceTimersByTimeAsync(250);
    // Rested, but the page is busy until the next move: the hold never went.
    moved();
    await pageGoesIdle();
    expect(drawn).toEqual([]);

    await vi.advanceTimersByTimeAsync(250);
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });

  it('let the diagram on screen, redrawn once the drag rests, be laid out before them', async () => {
    const moved = holdLayoutsWhileChanging(250);
    idleLayoutPass('warm-up').start(jobs, 'light');
    moved();
    // As the slide's diagram does on each move: after the rest, its redraw waits for idle time.
    setTimeout(
      () => requestIdleCallback(() => void renderDiagram('on-screen', 'flowchart LR\n e --> f', 'light')),
      250,
    );
    await vi.advanceTimersByTimeAsync(250);
    await pageGoesIdle();
    expect(drawn).toEqual(['on-screen', 'lambda', 'fargate']);
  });
});

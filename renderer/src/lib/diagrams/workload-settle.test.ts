import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const drawn: string[] = [];
vi.mock('./render-diagram', () => ({
  renderDiagram: async (id: string) => {
    drawn.push(id);
    return { svg: '<svg/>', cached: false };
  },
  cachedDiagram: () => undefined,
}));

const { idleLayoutPass } = await import('./idle-layouts');
const { holdLayoutsWhileChanging } = await import('./workload-settle');

/** Idle callbacks run when the test says the page is idle (between a drag's moves there is idle time). */
let idle: (() => void)[] = [];
async function pageGoesIdle(): Promise<void> {
  for (let round = 0; round < 10; round++) {
    for (const callback of idle.splice(0)) callback();
    await vi.advanceTimersByTimeAsync(0);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  drawn.length = 0;
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('background layouts while a slider is dragged', () => {
  const jobs = [
    { id: 'lambda', source: 'flowchart LR\n a --> b' },
    { id: 'fargate', source: 'flowchart LR\n c --> d' },
  ];

  it('wait through a drag of moves 100 ms apart and run once the workload has rested 250 ms', async () => {
    const moved = holdLayoutsWhileChanging(250);
    idleLayoutPass().start(jobs, 'light');
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
    idleLayoutPass().start(jobs, 'light');
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const drawn: string[] = [];
vi.mock('../diagrams/render-diagram', () => ({
  renderDiagram: async (id: string) => {
    drawn.push(id);
    return { svg: '<svg/>', cached: false };
  },
  cachedDiagram: () => undefined,
}));

const { idleLayoutPass } = await import('../diagrams/idle-layouts');
const { reportOpened } = await import('./report-diagrams');

/** Idle callbacks run when the test says the page is idle. */
let idle: (() => void)[] = [];
async function pageGoesIdle(): Promise<void> {
  for (let round = 0; round < 10; round++) {
    for (const callback of idle.splice(0)) callback();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

beforeEach(() => {
  drawn.length = 0;
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
});
afterEach(() => vi.unstubAllGlobals());

describe('while the report is open', () => {
  const jobs = [
    { id: 'lambda', source: 'flowchart LR\n a --> b' },
    { id: 'fargate', source: 'flowchart LR\n c --> d' },
  ];

  it('the service pages’ warm-up lays out nothing, then carries on from where it stopped once the report closes', async () => {
    const warmUp = idleLayoutPass();
    warmUp.start(jobs, 'dark');
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);

    drawn.length = 0;
    const closeReport = reportOpened();
    warmUp.start(jobs, 'light');
    await pageGoesIdle();
    expect(drawn).toEqual([]);

    closeReport();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });
});

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
const { profilesPageShown } = await import('./profiles-page-shown');

/** Idle callbacks run when the test says the page is idle (the user reading the list). */
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

describe('while the profiles page is up', () => {
  const jobs = [
    { id: 'lambda', source: 'flowchart LR\n a --> b' },
    { id: 'fargate', source: 'flowchart LR\n c --> d' },
  ];

  it('the diagrams’ warm-up lays out nothing however idle the page is, then carries on once the page goes', async () => {
    const leavePage = profilesPageShown();
    idleLayoutPass().start(jobs, 'light');
    await pageGoesIdle();
    expect(drawn).toEqual([]);

    leavePage();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });

  it('a warm-up that had drawn one picture before the page came up stops there and resumes with the next', async () => {
    const warmUp = idleLayoutPass();
    warmUp.start(jobs, 'light');
    // One idle period: the first picture is laid out.
    for (const callback of idle.splice(0)) callback();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(drawn).toEqual(['lambda']);

    const leavePage = profilesPageShown();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda']);

    leavePage();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });
});

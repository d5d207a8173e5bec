import { describe, expect, it, vi } from 'vitest';
import { drawn, idlePassForEachTest, pageGoesIdle } from '../diagrams/testing/idle-pass-harness';

vi.mock(
  '../diagrams/render-diagram',
  async () => (await import('../diagrams/testing/idle-pass-harness')).recordingRenderDiagram,
);

const { idleLayoutPass } = await import('../diagrams/idle-layouts');
const { reportOpened } = await import('./report-diagrams');

idlePassForEachTest();

describe('while the report is open', () => {
  const jobs = [
    { id: 'lambda', source: 'flowchart LR\n a --> b' },
    { id: 'fargate', source: 'flowchart LR\n c --> d' },
  ];

  it('the service pages’ warm-up lays out nothing, then carries on from where it stopped once the report closes', async () => {
    const warmUp = idleLayoutPass('warm-up');
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

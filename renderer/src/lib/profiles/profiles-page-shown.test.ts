import { describe, expect, it, vi } from 'vitest';
import { drawn, idlePassForEachTest, oneIdlePeriod, pageGoesIdle } from '../diagrams/testing/idle-pass-harness';

vi.mock(
  '../diagrams/render-diagram',
  async () => (await import('../diagrams/testing/idle-pass-harness')).recordingRenderDiagram,
);

const { idleLayoutPass } = await import('../diagrams/idle-layouts');
const { profilesPageShown } = await import('./profiles-page-shown');

// Idle time comes when the test says so: the user reading the list.
idlePassForEachTest();

describe('while the profiles page is up', () => {
  const jobs = [
    { id: 'lambda', source: 'flowchart LR\n a --> b' },
    { id: 'fargate', source: 'flowchart LR\n c --> d' },
  ];

  it('the diagrams’ warm-up lays out nothing however idle the page is, then carries on once the page goes', async () => {
    const leavePage = profilesPageShown();
    idleLayoutPass('warm-up').start(jobs, 'light');
    await pageGoesIdle();
    expect(drawn).toEqual([]);

    leavePage();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });

  it('a warm-up that had drawn one picture before the page came up stops there and resumes with the next', async () => {
    const warmUp = idleLayoutPass('warm-up');
    warmUp.start(jobs, 'light');
    // One idle period: the first picture is laid out.
    await oneIdlePeriod();
    expect(drawn).toEqual(['lambda']);

    const leavePage = profilesPageShown();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda']);

    leavePage();
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
  });
});

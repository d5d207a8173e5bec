import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawn, idlePassForEachTest, oneIdlePeriod, pageGoesIdle } from './testing/idle-pass-harness';

vi.mock('./render-diagram', async () => (await import('./testing/idle-pass-harness')).recordingRenderDiagram);

const { idleLayoutPass, idleLayoutsDoneMark } = await import('./idle-layouts');

idlePassForEachTest();
afterEach(() => performance.clearMarks());

const jobs = [
  { id: 'lambda', source: 'flowchart LR\n a --> b' },
  { id: 'fargate', source: 'flowchart LR\n c --> d' },
];
const doneMarks = (name: string) => performance.getEntriesByName(idleLayoutsDoneMark(name), 'mark').length;

describe('a pass of idle-time layouts says when it is done', () => {
  it('leaves its mark once its last diagram is laid out, not before', async () => {
    idleLayoutPass('service-pages').start(jobs, 'light');
    await oneIdlePeriod();
    expect(drawn).toEqual(['lambda']);
    expect(doneMarks('service-pages')).toBe(0);

    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'fargate']);
    expect(doneMarks('service-pages')).toBe(1);
  });

  it('leaves it at once when every diagram was in the cache already', async () => {
    idleLayoutPass('report').start([], 'light');
    expect(doneMarks('report')).toBe(1);
  });

  it('a pass started again marks only the newer run done; a stopped one never does', async () => {
    const pass = idleLayoutPass('service-pages');
    pass.start(jobs, 'light');
    await oneIdlePeriod();
    pass.start(jobs, 'dark');
    await pageGoesIdle();
    expect(drawn).toEqual(['lambda', 'lambda', 'fargate']);
    expect(doneMarks('service-pages')).toBe(1);

    const stopped = idleLayoutPass('report');
    stopped.start(jobs, 'light');
    stopped.stop();
    await pageGoesIdle();
    expect(doneMarks('report')).toBe(0);
  });
});

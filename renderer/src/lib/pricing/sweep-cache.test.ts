import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, type Workload } from '../../../../electron/common/pricing';
import { SweepCache } from './sweep-cache';

type Reply = { status: 'done' | 'superseded'; forRequests: number };

/** A stand-in for the worker that counts how often the sweep is run. */
function countingAsk(status: Reply['status'] = 'done') {
  const asked: Workload[] = [];
  const ask = (workload: Workload) => {
    asked.push(workload);
    return Promise.resolve<Reply>({ status, forRequests: workload.requestsPerMonth });
  };
  return { asked, ask };
}

const at = (changes: Partial<Workload>): Workload => ({ ...DEFAULT_WORKLOAD, ...changes });

describe('break-even sweep cache', () => {
  it('runs the sweep once while only the requests slider moves (200 moves)', async () => {
    const { asked, ask } = countingAsk();
    const cache = new SweepCache(ask);
    for (let i = 1; i <= 200; i++) await cache.get(at({ requestsPerMonth: i * 10_000 }));
    expect(asked).toHaveLength(1);
  });

  it('runs it again for every other input that changes, and not for a workload seen a moment ago', async () => {
    const { asked, ask } = countingAsk();
    const cache = new SweepCache(ask);
    await cache.get(at({ memoryMB: 512 }));
    await cache.get(at({ memoryMB: 1024 }));
    await cache.get(at({ memoryMB: 1024, durationMs: 300 }));
    await cache.get(at({ memoryMB: 1024, requestsPerMonth: 9e6 }));
    await cache.get(at({ memoryMB: 512, requestsPerMonth: 5e5 }));
    expect(asked.map((w) => [w.memoryMB, w.durationMs])).toEqual([
      [512, DEFAULT_WORKLOAD.durationMs],
      [1024, DEFAULT_WORKLOAD.durationMs],
      [1024, 300],
    ]);
  });

  it('asks again after a superseded reply, a failure, or prices changing', async () => {
    const superseded = countingAsk('superseded');
    const dropped = new SweepCache(superseded.ask);
    await dropped.get(at({}));
    await dropped.get(at({}));
    expect(superseded.asked).toHaveLength(2);

    let calls = 0;
    const failing = new SweepCache<Reply>(() => {
      calls++;
      return Promise.reject(new Error('worker restarted'));
    });
    await expect(failing.get(at({}))).rejects.toThrow('worker restarted');
    await expect(failing.get(at({}))).rejects.toThrow('worker restarted');
    expect(calls).toBe(2);

    const { asked, ask } = countingAsk();
    const cache = new SweepCache(ask);
    await cache.get(at({}));
    cache.clear();
    await cache.get(at({}));
    expect(asked).toHaveLength(2);
  });

  it('keeps only the last few workloads', async () => {
    const { asked, ask } = countingAsk();
    const cache = new SweepCache(ask, 2);
    for (const memoryMB of [128, 256, 512, 128]) await cache.get(at({ memoryMB }));
    expect(asked.map((w) => w.memoryMB)).toEqual([128, 256, 512, 128]);
  });
});

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleForTests } from '../testing/bundle-for-tests';
import { LatestWinsWorker, WorkerUnavailableError } from './latest-wins-worker';

// A real worker thread whose behaviour the payload picks: answer after a delay,
// hang forever, or crash.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, payload }) => {
  if (payload.crash) throw new Error('boom');
  if (payload.hang) return;
  const started = Date.now();
  while (Date.now() - started < (payload.busyMs ?? 0)) {}
  if (payload.fail) return parentPort.postMessage({ id, ok: false, error: 'bad workload' });
  parentPort.postMessage({ id, ok: true, value: payload.n * 2 });
});`;

interface Payload {
  n?: number;
  busyMs?: number;
  hang?: boolean;
  crash?: boolean;
  fail?: boolean;
}

let pool: LatestWinsWorker<Payload, number>;
afterEach(() => pool?.close());

const make = (timeoutMs = 2000) =>
  (pool = new LatestWinsWorker<Payload, number>({ createWorker: () => new Worker(SCRIPT, { eval: true }), timeoutMs }));

describe('LatestWinsWorker', () => {
  it('answers from a real worker thread', async () => {
    make();
    expect(await pool.request('evaluate', { n: 21 })).toEqual({ status: 'done', value: 42 });
  });

  it('drops stale requests while one runs: only the newest waiting one is computed', async () => {
    make();
    const first = pool.request('evaluate', { n: 1, busyMs: 100 });
    const burst = Array.from({ length: 50 }, (_, i) => pool.request('evaluate', { n: 100 + i }));
    const outcomes = await Promise.all([first, ...burst]);
    expect(outcomes[0]).toEqual({ status: 'done', value: 2 });
    expect(outcomes.at(-1)).toEqual({ status: 'done', value: 2 * 149 });
    expect(outcomes.slice(1, -1).every((o) => o.status === 'superseded')).toBe(true);
  });

  it('keeps lanes independent: a sweep does not supersede an evaluation', async () => {
    make();
    const [a, b] = await Promise.all([pool.request('evaluate', { n: 1 }), pool.request('sweep', { n: 2 })]);
    expect(a).toEqual({ status: 'done', value: 2 });
    expect(b).toEqual({ status: 'done', value: 4 });
  });

  it('passes a worker-side validation error through to the caller', async () => {
    make();
    await expect(pool.request('evaluate', { fail: true })).rejects.toThrow('bad workload');
  });

  it('replaces a hung worker and recovers', async () => {
    make(200);
    await expect(pool.request('evaluate', { hang: true })).rejects.toBeInstanceOf(WorkerUnavailableError);
    expect(pool.restarts).toBe(1);
    expect(await pool.request('evaluate', { n: 5 })).toEqual({ status: 'done', value: 10 });
  });

  it('replaces a crashed worker and recovers', async () => {
    make();
    await expect(pool.request('evaluate', { crash: true })).rejects.toThrow(/crashed: boom/);
    expect(await pool.request('evaluate', { n: 4 })).toEqual({ status: 'done', value: 8 });
  });

  it('keeps a process whose only work is a request alive until the answer, then lets it exit', async () => {
    const child = await bundleForTests(path.join(import.meta.dirname, 'lone-caller-child.ts'), 'lone-caller.cjs');
    const { stdout } = await promisify(execFile)(process.execPath, [child], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({ status: 'done', value: 42 });
  }, 30_000);
});

import { Worker } from 'node:worker_threads';
import { LatestWinsWorker } from './latest-wins-worker';

// A process whose only work is one request to the pool (like `npm run price` or
// the bench): it must print the answer and exit by itself, not stop half-way
// (exit code 13) nor hang because of the idle worker.
const pool = new LatestWinsWorker<{ n: number }, number>({
  createWorker: () =>
    new Worker(
      `require('node:worker_threads').parentPort.on('message', ({ id, payload }) =>
        setTimeout(() => require('node:worker_threads').parentPort.postMessage({ id, ok: true, value: payload.n * 2 }), 50));`,
      { eval: true },
    ),
  timeoutMs: 5_000,
});
void pool.request('evaluate', { n: 21 }).then((outcome) => {
  console.log(JSON.stringify(outcome));
});

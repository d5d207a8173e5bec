import { parentPort } from 'node:worker_threads';
import { evaluate, findBreakEvens, parseWorkload, sweepRequests } from '../../common/pricing';
import type { WorkerReply, WorkerRequest } from '../workers/latest-wins-worker';
import type { PricingAnswer, PricingRequest } from './pricing-protocol';

// The worker's boundary: whatever arrives is parsed by the workload schema
// again, so a bad message can never reach the engine.
parentPort?.on('message', ({ id, payload }: WorkerRequest<PricingRequest>) => {
  parentPort?.postMessage(answer(id, payload));
});

function answer(id: number, request: PricingRequest): WorkerReply<PricingAnswer> {
  if (request?.kind === 'evaluate-many') return answerMany(id, request.workloads);
  const parsed = parseWorkload(request?.workload);
  if (!parsed.ok) return { id, ok: false, error: `Invalid workload: ${parsed.error}` };
  try {
    if (request.kind === 'evaluate') return { id, ok: true, value: evaluate(parsed.workload) };
    const sweep = sweepRequests(parsed.workload);
    return { id, ok: true, value: { sweep, breakEvens: findBreakEvens(parsed.workload, sweep) } };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function answerMany(id: number, workloads: unknown): WorkerReply<PricingAnswer> {
  if (!Array.isArray(workloads)) return { id, ok: false, error: 'Invalid workloads: not a list' };
  const results = [];
  for (const [index, workload] of workloads.entries()) {
    const parsed = parseWorkload(workload, [String(index)]);
    if (!parsed.ok) return { id, ok: false, error: `Invalid workload: ${parsed.error}` };
    results.push(evaluate(parsed.workload));
  }
  return { id, ok: true, value: results };
}

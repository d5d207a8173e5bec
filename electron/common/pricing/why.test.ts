import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { workload } from './test-helpers';
import { costDrivers, explainCheapest } from './why';

/** 50 M API requests a month at 180 ms behind an HTTP API, 10 KB a response, with a load balancer. */
const API = workload({ requestsPerMonth: 50e6, durationMs: 180, apiFront: 'http', loadBalancer: true, responseKB: 10 });

describe('why the cheapest option wins', () => {
  it('names the cheapest option, its two biggest drivers, and the runner-up with the gap', () => {
    // By hand (730 h month, peak 3×): 57.08 req/s × 0.18 s = 10.3 in flight × 25% = 2.57 vCPU → 11 tasks of 0.25 vCPU.
    //   Fargate: 11 × 730 h × (0.25 × $0.04048 + 0.5 × $0.004445) = $81.26 + $17.85 = $99.11;
    //   transfer: 50 M × 10 KB = 476.84 GB − 100 free = 376.84 × $0.09 = $33.92;
    //   load balancer $16.43 + $5.34; total $154.80.
    //   Lambda: duration (4,500,000 − 400,000 free) GB-s × $0.0000166667 = $68.33, HTTP API 49 M × $1 = $49.00,
    //   requests $9.80, transfer $33.92: $161.05 = 1.04× (+4%).
    expect(explainCheapest(evaluate(API))).toBe(
      'Fargate (ECS) is cheapest at $154.80/month: 11 tasks × 0.25 vCPU ($99.11) and data transfer out ($33.92). ' +
        'Lambda + HTTP API is next at $161.05, 1.04× as much (+4%), mostly duration ($68.33) and API Gateway ($49.00).',
    );
  });

  it('adds up lines that pay for the same thing: every tier of Lambda duration is "duration"', () => {
    const lambda = evaluate({ ...API, requestsPerMonth: 4e9, memoryMB: 10_240 }).options.find((o) => o.id === 'lambda');
    if (!lambda) throw new Error('no lambda');
    const tiers = lambda.lineItems.filter((l) => l.label.startsWith('Lambda duration'));
    expect(tiers.length).toBeGreaterThan(1);
    const duration = costDrivers(lambda).find((d) => d.driver === 'duration');
    expect(duration?.monthlyUSD).toBeCloseTo(
      tiers.reduce((sum, l) => sum + l.costUSD, 0),
      2,
    );
  });

  it('says when only one option can run the workload, and when none can', () => {
    const onlyServers = workload({
      kind: 'batch',
      durationMs: 7_200_000,
      memoryMB: 122_880,
      vcpuPerTask: 16,
      requestsPerMonth: 10,
    });
    const result = evaluate(onlyServers);
    const feasible = result.options.filter((o) => o.feasible).map((o) => o.id);
    expect(feasible.length).toBeGreaterThan(1);
    const alone = {
      ...result,
      options: result.options.map((o) => (o.id === feasible[0] ? o : { ...o, feasible: false, monthlyUSD: null })),
    };
    expect(explainCheapest(alone)).toMatch(/It is the only option that can run this workload\.$/);
    const none = { ...result, options: result.options.map((o) => ({ ...o, feasible: false, monthlyUSD: null })) };
    expect(explainCheapest(none)).toBe('No option can run this workload; each one says why in the chart.');
  });

  it('leaves out what costs nothing, and says how much more the runner-up costs when the cheapest is free', () => {
    // 1,000 requests of 100 ms at 512 MB fit Lambda's free tier (1 M requests, 400,000 GB-s: these use 50 GB-s),
    // so its request and duration lines are $0.00 and nothing is billable. Fargate runs its minimum of 2 tasks
    // of 0.25 vCPU and 0.5 GB all month: 2 × 730 h × (0.25 × $0.04048 + 0.5 × $0.004445) = $14.78 + $3.24 = $18.02,
    // both lines for "2 tasks × 0.25 vCPU"; its "ECS itself" line costs $0.00 and is not a driver either.
    // Free against $18.02 is no ratio: the gap is said in dollars.
    const free = evaluate(workload({ requestsPerMonth: 1000, durationMs: 100 }));
    expect(explainCheapest(free)).toBe(
      'Lambda is cheapest at $0.00/month: nothing billable. ' +
        'Fargate (ECS) is next at $18.02, $18.02 more, mostly 2 tasks × 0.25 vCPU ($18.02).',
    );
    const lambda = free.options.find((o) => o.id === 'lambda');
    if (!lambda) throw new Error('no lambda');
    expect(lambda.lineItems.map((l) => l.costUSD)).toEqual([0, 0]);
    expect(costDrivers(lambda)).toEqual([]);
  });

  it('gives a ratio of ten or more to one decimal', () => {
    // 5 M requests of 20 ms: Lambda bills (5 M − 1 M free) × $0.20 per million = $0.80 (duration, 50,000 GB-s, is
    // free); Fargate's 2 minimum tasks cost $18.02 as above. 18.02 / 0.80 = 22.525 → "22.5×";
    // (18.02 − 0.80) / 0.80 = 2,152.5 % → "+2,153%".
    expect(explainCheapest(evaluate(workload({ requestsPerMonth: 5e6, durationMs: 20 })))).toBe(
      'Lambda is cheapest at $0.80/month: requests ($0.80). ' +
        'Fargate (ECS) is next at $18.02, 22.5× as much (+2,153%), mostly 2 tasks × 0.25 vCPU ($18.02).',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { OptionResult } from './types';
import { COMPUTE_OPTION_IDS } from '../compute-options';
import { ON_DEMAND } from './purchases';
import { PROPERTY_RUNS as RUNS, purchasesArbitrary, workloadArbitrary } from './workload-arbitrary';
import type { Workload } from './workload-schema';

/**
 * Every option costs at least as much for `larger` as for `smaller`. An option
 * may become infeasible as an input grows (Lambda past 900 s) but never the
 * other way round.
 */
function expectNoCheaper(smaller: Workload, larger: Workload): void {
  const before = evaluate(smaller, { detail: false }).options;
  const after = evaluate(larger, { detail: false }).options;
  before.forEach((option, i) => {
    const grown = after[i] as OptionResult;
    if (!option.feasible) expect(grown.feasible, `${option.id} became feasible`).toBe(false);
    if (option.monthlyUSD !== null && grown.monthlyUSD !== null) {
      expect(grown.monthlyUSD, option.id).toBeGreaterThanOrEqual(option.monthlyUSD);
    }
  });
}

/** Two values of one numeric input, the second at least the first. */
function ordered(min: number, max: number): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(fc.double({ min, max, noNaN: true }), fc.double({ min, max, noNaN: true }))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

describe('pricing properties', () => {
  it('every cost is a finite, non-negative number, and each total is the sum of its lines to the cent', () => {
    fc.assert(
      fc.property(workloadArbitrary, (w) => {
        for (const option of evaluate(w).options) {
          if (!option.feasible) {
            expect(option.monthlyUSD).toBeNull();
            expect(option.reason).toMatch(/\w/);
            continue;
          }
          const cents = option.lineItems.reduce((sum, l) => sum + Math.round(l.costUSD * 100), 0);
          expect(option.monthlyUSD).toBe(cents / 100);
          for (const line of option.lineItems) {
            for (const value of [line.costUSD, line.quantity, line.unitPriceUSD]) {
              expect(Number.isFinite(value) && value >= 0, `${option.id} ${line.label}`).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('totals without detail equal the detailed totals', () => {
    fc.assert(
      fc.property(workloadArbitrary, (w) => {
        const quick = evaluate(w, { detail: false }).options.map((o) => o.monthlyUSD);
        expect(evaluate(w).options.map((o) => o.monthlyUSD)).toEqual(quick);
      }),
      RUNS,
    );
  });

  it('no option gets cheaper with more requests', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(1, 1e12), (w, [a, b]) => {
        expectNoCheaper({ ...w, requestsPerMonth: a }, { ...w, requestsPerMonth: b });
      }),
      RUNS,
    );
  });

  it('no option gets cheaper with a longer duration', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(1, 86_400_000), (w, [a, b]) => {
        expectNoCheaper({ ...w, durationMs: a }, { ...w, durationMs: b });
      }),
      RUNS,
    );
  });

  it('no option gets cheaper with more memory', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(128, 122_880), (w, [a, b]) => {
        expectNoCheaper({ ...w, memoryMB: a }, { ...w, memoryMB: b });
      }),
      RUNS,
    );
  });

  // Spreading the same requests over more hours lowers the load, so the fair
  // question is whether running longer at the same request rate costs more.
  it('no option gets cheaper running more hours a day at the same request rate', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(1 / 60, 24), (w, [a, b]) => {
        const rate = w.requestsPerMonth / w.hoursPerDay;
        expectNoCheaper(
          { ...w, hoursPerDay: a, requestsPerMonth: rate * a },
          { ...w, hoursPerDay: b, requestsPerMonth: rate * b },
        );
      }),
      RUNS,
    );
  });

  it('no option gets cheaper running more days a month at the same request rate', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(1, 31), (w, [a, b]) => {
        const rate = w.requestsPerMonth / w.daysPerMonth;
        expectNoCheaper(
          { ...w, daysPerMonth: a, requestsPerMonth: rate * a },
          { ...w, daysPerMonth: b, requestsPerMonth: rate * b },
        );
      }),
      RUNS,
    );
  });

  // Each Lightsail instance brings its own transfer allowance, so with more
  // transfer than one allowance (1 TB) an extra instance can lower the bill.
  it('no option gets cheaper with more minimum instances or tasks (transfer within one Lightsail allowance)', () => {
    fc.assert(
      fc.property(
        workloadArbitrary,
        ordered(1, 100),
        fc.double({ min: 0, max: 1024, noNaN: true }),
        (w, [a, b], gb) => {
          const base = { ...w, payloadKB: 0, responseKB: 0, otherTransferOutGB: gb };
          expectNoCheaper({ ...base, minInstances: Math.round(a) }, { ...base, minInstances: Math.round(b) });
        },
      ),
      RUNS,
    );
  });

  it('the free tier never raises a cost', () => {
    fc.assert(
      fc.property(workloadArbitrary, (w) => {
        expectNoCheaper({ ...w, freeTier: true }, { ...w, freeTier: false });
      }),
      RUNS,
    );
  });

  // Fargate Spot runs Arm tasks on ECS (platform 1.4.0+), and EKS on Fargate
  // prices Arm as x86, so Arm is never dearer on any of the three.
  it('Arm never costs more than x86 on Lambda, Fargate or EKS on Fargate with the same inputs', () => {
    fc.assert(
      fc.property(workloadArbitrary, (w) => {
        const x86 = evaluate({ ...w, architecture: 'x86' }, { detail: false }).options;
        const arm = evaluate({ ...w, architecture: 'arm' }, { detail: false }).options;
        for (const id of ['lambda', 'fargate', 'eks-fargate']) {
          const a = arm.find((o) => o.id === id)?.monthlyUSD ?? null;
          const x = x86.find((o) => o.id === id)?.monthlyUSD ?? null;
          if (a !== null && x !== null) expect(a, id).toBeLessThanOrEqual(x);
        }
      }),
      RUNS,
    );
  });

  it('no option gets cheaper with a larger CPU share of each request', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(1, 100), (w, [a, b]) => {
        expectNoCheaper({ ...w, cpuSharePct: a }, { ...w, cpuSharePct: b });
      }),
      RUNS,
    );
  });

  it('no option gets cheaper when each copy serves fewer requests at once', () => {
    fc.assert(
      fc.property(workloadArbitrary, ordered(1, 10_000), (w, [fewer, more]) => {
        expectNoCheaper({ ...w, requestsPerCopy: more }, { ...w, requestsPerCopy: fewer });
      }),
      RUNS,
    );
  });

  it('commitments and Spot never raise a cost above on-demand', () => {
    const onDemand = Object.fromEntries(COMPUTE_OPTION_IDS.map((id) => [id, ON_DEMAND])) as Workload['purchases'];
    fc.assert(
      fc.property(workloadArbitrary, purchasesArbitrary, (w, purchases) => {
        expectNoCheaper({ ...w, purchases }, { ...w, purchases: onDemand });
      }),
      RUNS,
    );
  });

  it('warns about Lambda’s concurrency quota exactly when the computed peak concurrency exceeds 1,000', () => {
    fc.assert(
      fc.property(workloadArbitrary, (w) => {
        const lambda = evaluate(w).options.find((o) => o.id === 'lambda') as OptionResult;
        if (!lambda.feasible || lambda.deployment?.compute.kind !== 'lambda') return;
        const exceeds = lambda.deployment.compute.peakConcurrency > 1000;
        expect(lambda.warnings.some((text) => text.includes('concurrent executions at the peak'))).toBe(exceeds);
      }),
      RUNS,
    );
  });
});

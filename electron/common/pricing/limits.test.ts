import { describe, expect, it } from 'vitest';
import { BARE, priceOf } from './test-helpers';

/**
 * Requests a month that put `concurrency` executions in flight at the peak:
 * concurrency = requests ÷ 2,628,000 s × peak × duration, so with a 1 s
 * duration and a flat peak, requests = concurrency × 2,628,000.
 */
const MONTH_SECONDS = 730 * 3600;
const flat = (concurrency: number) =>
  ({ ...BARE, requestsPerMonth: concurrency * MONTH_SECONDS, durationMs: 1000, peakToAverage: 1 }) as const;

describe('limits that warn without making an option infeasible', () => {
  // Lambda quotas: 1,000 concurrent executions per Region by default.
  it('warns about Lambda’s concurrency quota from 1,001 executions at the peak, not at 1,000', () => {
    expect(priceOf(flat(1000), 'lambda').warnings).toEqual([]);
    const over = priceOf(flat(1001), 'lambda');
    expect(over.feasible).toBe(true);
    expect(over.warnings).toEqual([
      'Needs ~1,001 concurrent executions at the peak; the default quota is 1,000 per Region, shared by every function — request an increase.',
    ]);
  });

  // Lambda scaling: each function adds at most 1,000 execution environments every 10 seconds.
  it('warns when a burst above the average outgrows Lambda’s scaling rate, unless environments are kept warm', () => {
    // Average 500 in flight, peak 4× = 2,000: a jump of 1,500 > 1,000.
    const bursty = { ...flat(500), peakToAverage: 4 };
    expect(priceOf(bursty, 'lambda').warnings).toContain(
      'Bursts from ~500 to ~2,000 concurrent executions; a function adds at most 1,000 every 10 s, so a sudden burst is throttled for about 20 s — keep environments warm or ramp up.',
    );
    // Peak 3× = 1,500: a jump of 1,000 is within one step.
    expect(priceOf({ ...flat(500), peakToAverage: 3 }, 'lambda').warnings.some((w) => w.startsWith('Bursts'))).toBe(
      false,
    );
    const warm = priceOf({ ...bursty, provisionedConcurrency: 1500 }, 'lambda');
    expect(warm.warnings.some((w) => w.startsWith('Bursts'))).toBe(false);
  });

  // API Gateway quotas: 10,000 requests per second per account and Region.
  it('warns when the peak passes API Gateway’s 10,000 requests/s throttle', () => {
    const at = { ...BARE, apiFront: 'http', durationMs: 10, peakToAverage: 1 } as const;
    expect(priceOf({ ...at, requestsPerMonth: 10_000 * MONTH_SECONDS }, 'lambda').warnings).toEqual([]);
    expect(priceOf({ ...at, requestsPerMonth: 10_001 * MONTH_SECONDS }, 'lambda').warnings).toEqual([
      "Peaks at ~10,001 requests/s; API Gateway's default throttle is 10,000 requests/s per account and Region — request an increase.",
    ]);
    expect(priceOf({ ...at, apiFront: 'none', requestsPerMonth: 10_001 * MONTH_SECONDS }, 'lambda').warnings).toEqual(
      [],
    );
  });

  // HTTP API quotas: maximum integration timeout 30 s, not raisable; REST: 29 s by default.
  it('warns at the integration timeouts: past 30 s on an HTTP API, past 29 s on a REST API', () => {
    const slow = (apiFront: 'http' | 'rest', durationMs: number) =>
      priceOf({ ...BARE, apiFront, durationMs, requestsPerMonth: 1000 }, 'lambda').warnings;
    expect(slow('http', 30_000)).toEqual([]);
    expect(slow('http', 30_001)[0]).toMatch(
      /^Each request takes 30.001 s; an HTTP API stops waiting after 30 s and this cannot be raised/,
    );
    expect(slow('rest', 29_000)).toEqual([]);
    expect(slow('rest', 29_001)[0]).toMatch(
      /^Each request takes 29.001 s; a REST API stops waiting after 29 s by default/,
    );
  });

  it('warns on a REST API past 29 s with the REST sentence only, not the HTTP API one', () => {
    // 31 s is past both timeouts (29 s REST, 30 s HTTP); only the front in use is named.
    expect(
      priceOf({ ...BARE, apiFront: 'rest', durationMs: 31_000, requestsPerMonth: 1000 }, 'lambda').warnings,
    ).toEqual([
      'Each request takes 31 s; a REST API stops waiting after 29 s by default — Regional and private REST APIs can raise it, at the cost of throttle quota.',
    ]);
  });

  it('gives batch jobs no API Gateway warnings: they are queued, not called through an API', () => {
    // A 60 s job would pass an HTTP API's 30 s timeout if the API front applied to batch.
    expect(priceOf({ ...BARE, kind: 'batch', apiFront: 'http', durationMs: 60_000 }, 'lambda').warnings).toEqual([]);
  });

  // Provisioned concurrency counts against the same 1,000 executions per Region.
  it('warns when the environments kept warm pass the 1,000 quota, from 1,001, not at 1,000', () => {
    // 1,000 requests a month put far less than one execution in flight, so only the warm pool matters.
    const warm = (provisionedConcurrency: number) =>
      priceOf({ ...BARE, requestsPerMonth: 1000, provisionedConcurrency, provisionedHoursPerDay: 24 }, 'lambda')
        .warnings;
    expect(warm(1000)).toEqual([]);
    expect(warm(1001)).toEqual([
      'Keeps 1,001 environments warm; provisioned concurrency counts against the default quota of 1,000 per Region — request an increase.',
    ]);
  });

  it('leaves warnings out of infeasible options and of the fleets', () => {
    expect(priceOf({ ...flat(5000), durationMs: 901_000 }, 'lambda')).toMatchObject({ feasible: false, warnings: [] });
    expect(priceOf(flat(5000), 'fargate').warnings).toEqual([]);
  });
});

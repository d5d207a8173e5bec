import { describe, expect, it } from 'vitest';
import { evaluate, workloadSchema } from '../../../../electron/common/pricing';
import { fleetAssumptions, workloadAssumptions } from './assumption-rows';

describe('the Assumptions panel', () => {
  it('shows the sizing chain of the issue’s example: 57.08 req/s × 1.8 s = 102.7 in flight × 25% = 25.68 vCPU', () => {
    const result = evaluate(workloadSchema.parse({ requestsPerMonth: 50e6, durationMs: 1800 }));
    expect(workloadAssumptions(result.sizing)).toEqual([
      { label: 'Peak load', value: '57.08 requests/s' },
      { label: 'In flight at the peak', value: '102.7 requests (57.08/s × 1.8 s)' },
      { label: 'CPU share of a request', value: '25%' },
      { label: 'vCPU busy at the peak', value: '25.68 vCPU' },
      { label: 'Requests one copy holds', value: '1 (derived: 0.25 vCPU ÷ 25% CPU)' },
      { label: 'Copies at the peak', value: '103 copies of 0.25 vCPU and 512 MB' },
      { label: 'Lambda at the peak', value: '103 concurrent executions' },
    ]);
  });

  it('lists each feasible option’s fleet as its line items charge it', () => {
    const result = evaluate(workloadSchema.parse({ requestsPerMonth: 50e6, durationMs: 1800 }));
    const rows = fleetAssumptions(result);
    expect(rows.find((r) => r.label === 'Fargate (ECS)')?.value).toBe(
      '103 tasks of 0.25 vCPU and 0.5 GB (x86); On-demand',
    );
    // The instance line reads "EC2 m5.large × 13": the panel shows the same fleet.
    const [, type, count] = /^EC2 (\S+) × (\d+)$/.exec(result.options[1]?.lineItems[0]?.label ?? '') ?? [];
    expect(rows.find((r) => r.label === 'EC2 (Auto Scaling group)')?.value).toMatch(
      new RegExp(`^${count} × ${type} \\(103 copies, `),
    );
    expect(rows.map((r) => r.label)).not.toContain('AWS Batch on EC2');
  });
});

import type { Deployment, PricingResult, Sizing } from '../../../../electron/common/pricing';
import { formatNumber as n } from '../../../../electron/common/pricing/format';

export interface AssumptionRow {
  label: string;
  value: string;
}

function seconds(s: number): string {
  return s >= 1 ? `${n(s, 2)} s` : `${n(s * 1000, 1)} ms`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

/** What every fleet was sized from, in the order the model chains it. */
export function workloadAssumptions(sizing: Sizing): AssumptionRow[] {
  if (sizing.kind === 'batch') {
    return [
      { label: 'Jobs at once at the peak', value: n(sizing.inFlightAtPeak, 2) },
      {
        label: 'Copies at the peak',
        value: `${plural(sizing.copiesForPeak, 'job')} of ${n(sizing.vcpuPerCopy)} vCPU and ${n(sizing.memoryMBPerCopy)} MB`,
      },
      { label: 'Lambda at the peak', value: plural(sizing.lambdaPeakConcurrency, 'concurrent execution') },
    ];
  }
  const perCopy = sizing.requestsPerCopyDerived
    ? `${n(sizing.requestsPerCopy, 2)} (derived: ${n(sizing.vcpuPerCopy)} vCPU ÷ ${n(sizing.cpuSharePct, 2)}% CPU)`
    : `${n(sizing.requestsPerCopy, 2)} (set)`;
  const minimum =
    sizing.runningCopies > sizing.copiesForPeak ? `; the minimum keeps ${n(sizing.runningCopies)} running` : '';
  return [
    { label: 'Peak load', value: `${n(sizing.peakRequestsPerSecond, 2)} requests/s` },
    {
      label: 'In flight at the peak',
      value: `${n(sizing.inFlightAtPeak, 1)} requests (${n(sizing.peakRequestsPerSecond, 2)}/s × ${seconds(sizing.durationS)})`,
    },
    { label: 'CPU share of a request', value: `${n(sizing.cpuSharePct, 2)}%` },
    { label: 'vCPU busy at the peak', value: `${n(sizing.vcpuAtPeak, 2)} vCPU` },
    { label: 'Requests one copy holds', value: perCopy },
    {
      label: 'Copies at the peak',
      value: `${plural(sizing.copiesForPeak, 'copy', 'copies')} of ${n(sizing.vcpuPerCopy)} vCPU and ${n(sizing.memoryMBPerCopy)} MB${minimum}`,
    },
    { label: 'Lambda at the peak', value: plural(sizing.lambdaPeakConcurrency, 'concurrent execution') },
  ];
}

/** One option's fleet, as its pricer charged it. */
export function fleetWords(deployment: Deployment): string {
  const c = deployment.compute;
  const bought = deployment.purchaseLabel ?? deployment.purchase;
  switch (c.kind) {
    case 'lambda':
      return `${plural(c.peakConcurrency, 'execution')} at the peak, ${n(c.provisionedConcurrency)} kept warm, ${n(c.memoryMB)} MB; ${bought}`;
    case 'instances': {
      const unit = c.orchestrator === 'eks' ? 'pod' : c.orchestrator === 'batch' ? 'job' : 'copy';
      const held = `${plural(c.copies, unit, unit === 'copy' ? 'copies' : `${unit}s`)}, ${n(c.copiesPerInstance)} per instance`;
      return `${n(c.instances)} × ${c.instanceType} (${held}, ${deployment.architecture}); ${bought}`;
    }
    case 'fargate': {
      const unit = c.orchestrator === 'eks' ? 'pod' : c.orchestrator === 'batch' ? 'job' : 'task';
      return `${plural(c.tasks, unit)} of ${n(c.vcpu)} vCPU and ${n(c.memoryGB)} GB (${deployment.architecture}); ${bought}`;
    }
    case 'lightsail':
      return `${n(c.instances)} × ${c.bundle} bundle`;
  }
}

/** Every feasible option's fleet, labelled as the chart labels it. */
export function fleetAssumptions(result: PricingResult): AssumptionRow[] {
  return result.options
    .filter((o) => o.feasible && o.deployment)
    .map((o) => ({ label: o.label, value: fleetWords(o.deployment as Deployment) }));
}

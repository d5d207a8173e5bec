import type { ComputeOptionId } from '../../compute-options';
import { HOURS_PER_MONTH } from '../aws-rules';
import type { Bill } from '../bill';
import { commitmentOf, discountWords } from '../discounts';
import { largestInstance, type FleetPlan, type FleetShape } from '../fleet-plan';
import { formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import type { Prices } from '../prices';
import { plural, sizingChain } from '../sizing';
import type { Workload } from '../workload-schema';
import { chargeEbs } from './shared-lines';

export function fleetInfeasibility(w: Workload, onEks: boolean): string {
  const largest = largestInstance(w);
  const where = onEks ? ' as an EKS pod' : '';
  return (
    `A copy needing ${n(w.vcpuPerTask)} vCPU and ${n(w.memoryMB)} MB fits${where} on none of the ` +
    `${w.architecture === 'arm' ? 'Arm' : 'x86'} instance types priced (largest: ${largest.name}, ` +
    `${largest.vcpu} vCPU, ${largest.memoryGiB} GiB).`
  );
}

export function chargeInstances(
  bill: Bill,
  w: Workload,
  prices: Prices,
  plan: FleetPlan,
  shape: FleetShape,
  optionId: ComputeOptionId,
): void {
  const name = plan.type.name;
  const cost = plan.instanceHours * plan.hourlyUSD;
  const discount = bill.detailed ? discountWords(w, optionId, 'ec2') : '';
  bill.charge(
    cost,
    bill.detailed && {
      label: shape === 'fleet' ? `EC2 ${name} × ${plan.instances}` : `EC2 ${name} (Batch compute environment)`,
      quantity: plan.instanceHours,
      unit: 'instance-hour',
      unitPriceUSD: plan.hourlyUSD,
      formula:
        shape === 'fleet'
          ? `${sizingChain(w, 'copy')}; ${plural(plan.copies, 'copy')}, ${n(plan.copiesPerInstance)} per ${name} → ${plural(plan.instances, 'instance')} × ` +
            `${n(w.hoursPerDay)} h × ${n(w.daysPerMonth)} days = ${n(plan.instanceHours, 1)} instance-hours × ` +
            `${usd(prices[plan.type.priceId])}${discount}`
          : `${plural(w.requestsPerMonth, 'job')} × ${n(w.durationMs / 1000)} s ÷ ${plural(plan.copiesPerInstance, 'job')} per ${name} ` +
            `= ${n(plan.instanceHours, 1)} instance-hours × ${usd(prices[plan.type.priceId])}${discount}`,
      priceId: plan.type.priceId,
      driver: shape === 'fleet' ? `${plan.instances} × ${name}` : `${name} instance-hours`,
    },
  );
  if (bill.detailed) bill.upfront(cost, commitmentOf(w, optionId, 'ec2'));
  chargeEbs(bill, w, prices, plan.instanceHours);
}

export function chargeEksCluster(bill: Bill, prices: Prices): void {
  const price = prices['eks.cluster'];
  bill.charge(
    HOURS_PER_MONTH * price,
    bill.detailed && {
      label: 'EKS cluster',
      quantity: HOURS_PER_MONTH,
      unit: 'cluster-hour',
      unitPriceUSD: price,
      formula: `1 cluster × ${HOURS_PER_MONTH} h (the control plane bills every hour it exists) × ${usd(price)}`,
      priceId: 'eks.cluster',
      driver: 'the EKS cluster',
    },
  );
}

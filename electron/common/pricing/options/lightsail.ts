import { USABLE_MEMORY_SHARE } from '../instance-types';
import type { Bill } from '../bill';
import { formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import { LIGHTSAIL_BUNDLES, type LightsailBundle } from '../lightsail-bundles';
import { copiesForPeak, transferInGB, transferOutGB } from '../load';
import type { Prices } from '../prices';
import { plural } from '../sizing';
import type { Workload } from '../workload-schema';

/**
 * Lightsail cannot auto scale, so each instance is sized to carry the whole
 * peak on its own; the availability minimum adds identical instances.
 */
function peakNeed(w: Workload): { vcpu: number; memoryGiB: number } {
  const copies = Math.max(1, copiesForPeak(w));
  return { vcpu: copies * w.vcpuPerTask, memoryGiB: (copies * w.memoryMB) / 1024 };
}

function describeNeed(w: Workload): string {
  const need = peakNeed(w);
  return `${n(need.vcpu, 2)} sustained vCPU and ${n(need.memoryGiB, 2)} GB`;
}

/**
 * AWS: "Both data transfer in and data transfer out of your instance count
 * toward your data transfer allowance", but only data out to the internet is
 * charged beyond it. So inbound uses up the allowance first, and the
 * overage is the outbound part of whatever exceeds it.
 */
function transferOverageGB(w: Workload, bundle: LightsailBundle): number {
  const out = transferOutGB(w);
  const used = transferInGB(w) + out;
  return Math.min(out, Math.max(0, used - w.minInstances * bundle.transferAllowanceGB));
}

/**
 * The cheapest bundle that carries the peak: usually the smallest that fits,
 * but a larger one when its transfer allowance saves more than it costs.
 */
export function chooseLightsailBundle(w: Workload, prices: Prices): LightsailBundle | null {
  const copies = Math.max(1, copiesForPeak(w));
  const vcpu = copies * w.vcpuPerTask;
  const memoryGiB = (copies * w.memoryMB) / 1024;
  let best: LightsailBundle | null = null;
  let bestCost = Infinity;
  for (const bundle of LIGHTSAIL_BUNDLES) {
    const sustainedVcpu = bundle.vcpu * bundle.baselinePerVcpu;
    if (sustainedVcpu + 1e-9 < vcpu || bundle.memoryGiB * USABLE_MEMORY_SHARE + 1e-9 < memoryGiB) continue;
    const cost =
      w.minInstances * prices[bundle.priceId] + transferOverageGB(w, bundle) * prices['lightsail.transfer.overage'];
    if (cost < bestCost) {
      best = bundle;
      bestCost = cost;
    }
  }
  return best;
}

export function lightsailInfeasibility(w: Workload): string {
  return (
    `The peak needs ${describeNeed(w)} on one instance; ` +
    `the largest Lightsail bundle (16 GB, 4 vCPU bursting to a 40% baseline) is too small, ` +
    `and Lightsail cannot auto scale to add instances.`
  );
}

/** Bundles bill the whole month whether or not the service runs; transfer beyond the allowance is extra. */
export function chargeLightsail(bill: Bill, w: Workload, prices: Prices, bundle: LightsailBundle): void {
  const instances = w.minInstances;
  const price = prices[bundle.priceId];
  bill.charge(
    instances * price,
    bill.detailed && {
      label: `Lightsail ${bundle.name} bundle × ${instances}`,
      quantity: instances,
      unit: 'instance-month',
      unitPriceUSD: price,
      formula:
        `the peak needs ${describeNeed(w)} per instance → ${bundle.name} bundle (${bundle.vcpu} vCPU at a ${n(bundle.baselinePerVcpu * 100)}% baseline); ` +
        `${plural(instances, 'instance')} × ${usd(price)} a month`,
      priceId: bundle.priceId,
      driver: `${instances} × ${bundle.name} bundle`,
    },
  );

  const allowanceGB = instances * bundle.transferAllowanceGB;
  const overGB = transferOverageGB(w, bundle);
  if (overGB > 0) {
    const overagePrice = prices['lightsail.transfer.overage'];
    bill.charge(
      overGB * overagePrice,
      bill.detailed && {
        label: 'Lightsail transfer over the allowance',
        quantity: overGB,
        unit: 'GB',
        unitPriceUSD: overagePrice,
        formula:
          `${n(transferInGB(w))} GB in + ${n(transferOutGB(w))} GB out − ${n(allowanceGB)} GB included ` +
          `(in and out both count; only data out is charged) = ${n(overGB)} GB × ${usd(overagePrice)}`,
        priceId: 'lightsail.transfer.overage',
        driver: 'transfer over the allowance',
      },
    );
  }

  if (w.loadBalancer && w.kind === 'service') {
    const lbPrice = prices['lightsail.load-balancer'];
    bill.charge(
      lbPrice,
      bill.detailed && {
        label: 'Lightsail load balancer',
        quantity: 1,
        unit: 'load balancer-month',
        unitPriceUSD: lbPrice,
        formula: `1 load balancer × ${usd(lbPrice)} a month`,
        priceId: 'lightsail.load-balancer',
        driver: 'the load balancer',
      },
    );
  }
}

import { FREE_TIER, LAMBDA_LIMITS, TIER_LIMITS } from '../aws-rules';
import type { Bill } from '../bill';
import { discountFactor, discountWords } from '../discounts';
import { formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import { ceilUnit } from '../load';
import type { Prices } from '../prices';
import { chargeTiers, type TierLadder } from '../tiers';
import type { Workload } from '../workload-schema';
import { chargeApiGateway } from './api-gateway';
import { chargeTransferOut } from './shared-lines';

const DURATION_TIERS: Record<Workload['architecture'], TierLadder> = {
  x86: {
    bounds: TIER_LIMITS.lambdaX86GBSeconds,
    priceIds: ['lambda.duration.x86.tier1', 'lambda.duration.x86.tier2', 'lambda.duration.x86.tier3'],
    unitSize: 1,
  },
  arm: {
    bounds: TIER_LIMITS.lambdaArmGBSeconds,
    priceIds: ['lambda.duration.arm.tier1', 'lambda.duration.arm.tier2', 'lambda.duration.arm.tier3'],
    unitSize: 1,
  },
};

/** Why Lambda cannot run this workload, or null when it can. */
export function lambdaInfeasibility(w: Workload): string | null {
  if (w.durationMs > LAMBDA_LIMITS.maxDurationMs) {
    return `Each run takes ${n(w.durationMs / 1000)} s; a Lambda function stops at 900 s (15 minutes).`;
  }
  if (w.memoryMB > LAMBDA_LIMITS.maxMemoryMB) {
    return `Needs ${n(w.memoryMB)} MB of memory; Lambda allows at most 10,240 MB.`;
  }
  if (w.ephemeralStorageGB > LAMBDA_LIMITS.maxEphemeralGB) {
    return `Needs ${n(w.ephemeralStorageGB)} GB of scratch storage; Lambda allows at most 10 GB.`;
  }
  if (w.kind === 'service' && w.payloadKB > LAMBDA_LIMITS.maxPayloadKB) {
    return `Requests carry ${n(w.payloadKB)} KB; a synchronous Lambda invocation takes at most 6 MB.`;
  }
  if (w.kind === 'batch' && w.vcpuPerTask > LAMBDA_LIMITS.maxVcpu) {
    return `Jobs need ${n(w.vcpuPerTask)} vCPUs; Lambda gives a function at most 6.`;
  }
  return null;
}

export function lambdaLabel(w: Workload): string {
  if (w.kind === 'batch' || w.apiFront === 'none') return 'Lambda';
  return w.apiFront === 'http' ? 'Lambda + HTTP API' : 'Lambda + REST API';
}

/** Requests and duration (billed per 1 ms, tiered per architecture), scratch storage, API, transfer. */
export function chargeLambda(bill: Bill, w: Workload, prices: Prices): void {
  const requests = w.requestsPerMonth;
  const freeRequests = w.freeTier ? Math.min(requests, FREE_TIER.lambdaRequests) : 0;
  const billableRequests = requests - freeRequests;
  const requestPrice = prices['lambda.requests'];
  bill.charge(
    (billableRequests / 1e6) * requestPrice,
    bill.detailed && {
      label: 'Lambda requests',
      quantity: billableRequests / 1e6,
      unit: '1M requests',
      unitPriceUSD: requestPrice,
      formula: `${n(requests)} requests${freeRequests > 0 ? ` − ${n(freeRequests)} free` : ''} = ${n(billableRequests)} × ${usd(requestPrice)} per 1M`,
      priceId: 'lambda.requests',
    },
  );

  const billedSeconds = ceilUnit(w.durationMs) / 1000;
  const memoryGB = ceilUnit(w.memoryMB) / 1024;
  const gbSeconds = requests * billedSeconds * memoryGB;
  const freeGBs = w.freeTier ? Math.min(gbSeconds, FREE_TIER.lambdaGBSeconds) : 0;

  const ladder = DURATION_TIERS[w.architecture];
  const usage = { total: gbSeconds, free: freeGBs, discountFactor: discountFactor(w, 'lambda') };
  chargeTiers(bill, prices, ladder, usage, (quantity, priceId) => ({
    label: `Lambda duration (${w.architecture === 'arm' ? 'Arm' : 'x86'})`,
    unit: 'GB-second',
    formula:
      `${n(requests)} requests × ${n(billedSeconds, 3)} s × ${n(memoryGB, 4)} GB = ${n(gbSeconds)} GB-s` +
      `${freeGBs > 0 ? ` − ${n(freeGBs)} free` : ''}; ${n(quantity)} GB-s in this tier × ${usd(prices[priceId])}${discountWords(w, 'lambda')}`,
  }));

  const extraStorageGB = w.ephemeralStorageGB - LAMBDA_LIMITS.includedEphemeralGB;
  if (extraStorageGB > 0) {
    const storageGBs = requests * billedSeconds * extraStorageGB;
    const price = prices['lambda.ephemeral'];
    bill.charge(
      storageGBs * price,
      bill.detailed && {
        label: 'Lambda ephemeral storage',
        quantity: storageGBs,
        unit: 'GB-second',
        unitPriceUSD: price,
        formula: `${n(requests)} requests × ${n(billedSeconds, 3)} s × ${n(extraStorageGB, 3)} GB above the free 0.5 GB = ${n(storageGBs)} GB-s × ${usd(price)}`,
        priceId: 'lambda.ephemeral',
      },
    );
  }

  if (w.kind === 'service') chargeApiGateway(bill, w, prices);
  chargeTransferOut(bill, w, prices);
}

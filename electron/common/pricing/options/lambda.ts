import { FREE_TIER, LAMBDA_LIMITS, SECONDS_PER_HOUR, TIER_LIMITS } from '../aws-rules';
import type { Bill } from '../bill';
import { commitmentOf, discountFactor, discountWords } from '../discounts';
import { formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import { ceilUnit } from '../load';
import type { Prices } from '../prices';
import { plural } from '../sizing';
import { chargeTiers, type TierDescriber, type TierLadder } from '../tiers';
import type { Workload } from '../workload-schema';
import { apiGatewayWarnings, lambdaWarnings } from './limits';
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

/**
 * Duration served by environments kept warm: the GB-s of requests arriving
 * while provisioned concurrency is on (traffic spread evenly over the running
 * hours), up to what those environments can serve in that time.
 */
export function warmGBSeconds(w: Workload, totalGBs: number, memoryGB: number): number {
  // No environments or no warm hours: the capacity, and so the minimum, is 0.
  const warmHours = Math.min(w.provisionedHoursPerDay, w.hoursPerDay);
  const share = warmHours / w.hoursPerDay;
  const capacity = w.provisionedConcurrency * memoryGB * warmHours * w.daysPerMonth * SECONDS_PER_HOUR;
  return Math.min(totalGBs * share, capacity);
}

/** Keeping environments warm: every environment's memory for every second it is on. */
function chargeProvisionedConcurrency(
  bill: Bill,
  w: Workload,
  prices: Prices,
  memoryGB: number,
  factor: number,
): number {
  const arm = w.architecture === 'arm';
  const priceId = arm ? 'lambda.provisioned.arm' : 'lambda.provisioned.x86';
  const seconds = w.provisionedHoursPerDay * w.daysPerMonth * SECONDS_PER_HOUR;
  const gbSeconds = w.provisionedConcurrency * memoryGB * seconds;
  const price = prices[priceId] * factor;
  bill.charge(
    gbSeconds * price,
    bill.detailed && {
      label: `Lambda provisioned concurrency (${arm ? 'Arm' : 'x86'})`,
      quantity: gbSeconds,
      unit: 'GB-second',
      unitPriceUSD: price,
      formula:
        `${plural(w.provisionedConcurrency, 'environment')} × ${n(memoryGB, 4)} GB × ${n(w.provisionedHoursPerDay)} h × ` +
        `${n(w.daysPerMonth)} days = ${n(gbSeconds)} GB-s × ${usd(prices[priceId])}${discountWords(w, 'lambda', 'lambda')}`,
      priceId,
      driver: 'provisioned concurrency',
    },
  );
  return gbSeconds * price;
}

/** A duration tier's words, made apart so chargeLambda itself captures nothing for a closure. */
function durationTierWords(w: Workload, prices: Prices, onDemandWords: string, freeGBs: number): TierDescriber {
  const arm = w.architecture === 'arm';
  return (quantity, priceId) => ({
    label: `Lambda duration (${arm ? 'Arm' : 'x86'})`,
    unit: 'GB-second',
    formula:
      onDemandWords +
      `${freeGBs > 0 ? ` − ${n(freeGBs)} free` : ''}; ${n(quantity)} GB-s in this tier × ${usd(prices[priceId])}${discountWords(w, 'lambda', 'lambda')}`,
    driver: 'duration',
  });
}

/**
 * Requests and duration (billed per 1 ms, tiered per architecture), kept-warm
 * environments, scratch storage, API, transfer. The free tier does not apply
 * to a function with provisioned concurrency.
 */
export function chargeLambda(bill: Bill, w: Workload, prices: Prices): void {
  const provisioned = w.provisionedConcurrency > 0 && w.provisionedHoursPerDay > 0;
  const freeTier = w.freeTier && !provisioned;
  const noFreeTier = w.freeTier && provisioned ? ' (no free tier with provisioned concurrency)' : '';
  const requests = w.requestsPerMonth;
  const freeRequests = freeTier ? Math.min(requests, FREE_TIER.lambdaRequests) : 0;
  const billableRequests = requests - freeRequests;
  const requestPrice = prices['lambda.requests'];
  bill.charge(
    (billableRequests / 1e6) * requestPrice,
    bill.detailed && {
      label: 'Lambda requests',
      quantity: billableRequests / 1e6,
      unit: '1M requests',
      unitPriceUSD: requestPrice,
      formula: `${n(requests)} requests${freeRequests > 0 ? ` − ${n(freeRequests)} free` : ''} = ${n(billableRequests)} × ${usd(requestPrice)} per 1M${noFreeTier}`,
      priceId: 'lambda.requests',
      driver: 'requests',
    },
  );

  const billedSeconds = ceilUnit(w.durationMs) / 1000;
  const memoryGB = ceilUnit(w.memoryMB) / 1024;
  const gbSeconds = requests * billedSeconds * memoryGB;
  const factor = discountFactor(w, 'lambda', 'lambda');
  const arm = w.architecture === 'arm';
  let discounted = 0;

  const warm = provisioned ? warmGBSeconds(w, gbSeconds, memoryGB) : 0;
  if (provisioned) {
    discounted += chargeProvisionedConcurrency(bill, w, prices, memoryGB, factor);
    const priceId = arm ? 'lambda.provisioned-duration.arm' : 'lambda.provisioned-duration.x86';
    const price = prices[priceId] * factor;
    discounted += warm * price;
    bill.charge(
      warm * price,
      bill.detailed && {
        label: `Lambda duration, served warm (${arm ? 'Arm' : 'x86'})`,
        quantity: warm,
        unit: 'GB-second',
        unitPriceUSD: price,
        formula:
          `${n(requests)} requests × ${n(billedSeconds, 3)} s × ${n(memoryGB, 4)} GB = ${n(gbSeconds)} GB-s; ` +
          `${n(warm)} GB-s served while ${plural(w.provisionedConcurrency, 'environment')} ${w.provisionedConcurrency === 1 ? 'is' : 'are'} warm × ${usd(prices[priceId])}${discountWords(w, 'lambda', 'lambda')}`,
        priceId,
        driver: 'duration',
      },
    );
  }

  const onDemand = gbSeconds - warm;
  const freeGBs = freeTier ? Math.min(onDemand, FREE_TIER.lambdaGBSeconds) : 0;
  const ladder = DURATION_TIERS[w.architecture];
  const usage = { total: onDemand, free: freeGBs, discountFactor: factor };
  const onDemandWords = !bill.detailed
    ? ''
    : provisioned
      ? `${n(gbSeconds)} GB-s − ${n(warm)} served warm = ${n(onDemand)} GB-s on demand`
      : `${n(requests)} requests × ${n(billedSeconds, 3)} s × ${n(memoryGB, 4)} GB = ${n(gbSeconds)} GB-s`;
  const words = bill.detailed && durationTierWords(w, prices, onDemandWords, freeGBs);
  discounted += chargeTiers(bill, prices, ladder, usage, words);
  if (bill.detailed) bill.upfront(discounted, commitmentOf(w, 'lambda', 'lambda'));

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
        driver: 'scratch storage',
      },
    );
  }

  if (w.kind === 'service') chargeApiGateway(bill, w, prices);
  chargeTransferOut(bill, w, prices);
  if (bill.detailed) bill.warn([...lambdaWarnings(w), ...apiGatewayWarnings(w)]);
}

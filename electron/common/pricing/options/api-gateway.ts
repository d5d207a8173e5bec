import { FREE_TIER, HTTP_API_METERING_KB, TIER_LIMITS } from '../aws-rules';
import type { Bill } from '../bill';
import { formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import type { Prices } from '../prices';
import { chargeTiers, type TierDescriber, type TierLadder } from '../tiers';
import type { Workload } from '../workload-schema';

const REST: TierLadder = {
  bounds: TIER_LIMITS.restApiRequests,
  priceIds: ['apigw.rest.tier1', 'apigw.rest.tier2', 'apigw.rest.tier3', 'apigw.rest.tier4'],
  unitSize: 1e6,
};

const HTTP: TierLadder = {
  bounds: TIER_LIMITS.httpApiRequests,
  priceIds: ['apigw.http.tier1', 'apigw.http.tier2'],
  unitSize: 1e6,
};

/** HTTP APIs count each started 512 KB of a request as one request. */
export function meteredHttpRequests(requests: number, payloadKB: number): number {
  return requests * Math.max(1, Math.ceil(payloadKB / HTTP_API_METERING_KB));
}

export function chargeApiGateway(bill: Bill, w: Workload, prices: Prices): void {
  if (w.apiFront === 'none') return;
  const isHttp = w.apiFront === 'http';
  const metered = isHttp ? meteredHttpRequests(w.requestsPerMonth, w.payloadKB) : w.requestsPerMonth;
  const free = w.freeTier ? Math.min(metered, FREE_TIER.apiGatewayRequests) : 0;
  const words = bill.detailed && apiTierWords(w, prices, isHttp, metered, free);
  chargeTiers(bill, prices, isHttp ? HTTP : REST, { total: metered, free }, words);
}

/** An API tier's words, made apart so chargeApiGateway itself captures nothing for a closure. */
function apiTierWords(w: Workload, prices: Prices, isHttp: boolean, metered: number, free: number): TierDescriber {
  const name = isHttp ? 'HTTP API' : 'REST API';
  return (quantity, priceId) => ({
    label: `API Gateway ${name} requests`,
    unit: '1M requests',
    formula:
      `${n(metered)} ${isHttp && metered !== w.requestsPerMonth ? 'metered 512 KB ' : ''}requests` +
      `${free > 0 ? ` − ${n(free)} free (first 12 months)` : ''}; ${n(quantity)} in this tier × ${usd(prices[priceId])} per 1M`,
    driver: 'API Gateway',
  });
}

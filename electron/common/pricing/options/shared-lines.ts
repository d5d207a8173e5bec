import { ALB_LCU, FREE_TIER, HOURS_PER_MONTH, SECONDS_PER_HOUR, TIER_LIMITS } from '../aws-rules';
import type { Bill } from '../bill';
import { formatNumber as n, formatUnitPriceUSD as usd } from '../format';
import { SERVICE_PAGES } from '../price-sources';
import type { Prices } from '../prices';
import { chargeTiers, type TierDescriber, type TierLadder } from '../tiers';
import type { Workload } from '../workload-schema';
import { activeHoursPerMonth, averageRequestsPerSecond, transferOutGB } from '../load';

const TRANSFER_OUT: TierLadder = {
  bounds: TIER_LIMITS.transferOutGB,
  priceIds: ['transfer.out.tier1', 'transfer.out.tier2', 'transfer.out.tier3', 'transfer.out.tier4'],
  unitSize: 1,
};

/** "10,000,000 responses × 10 KB = 95.37 GB + 5 GB other = 100.37 GB": where the transfer comes from. */
export function transferWords(w: Workload): string {
  const total = transferOutGB(w);
  const responses = (w.requestsPerMonth * w.responseKB) / (1024 * 1024);
  if (w.responseKB <= 0) return `${n(total)} GB`;
  const what = w.kind === 'batch' ? 'job results' : 'responses';
  const perResponse = `${n(w.requestsPerMonth)} ${what} × ${n(w.responseKB, 3)} KB = ${n(responses)} GB`;
  return w.otherTransferOutGB > 0
    ? `${perResponse} + ${n(w.otherTransferOutGB)} GB other = ${n(total)} GB`
    : perResponse;
}

export function chargeTransferOut(bill: Bill, w: Workload, prices: Prices): void {
  const total = transferOutGB(w);
  if (total <= 0) return;
  const free = w.freeTier ? Math.min(total, FREE_TIER.transferOutGB) : 0;
  chargeTiers(bill, prices, TRANSFER_OUT, { total, free }, bill.detailed && transferTierWords(w, prices, free));
}

/** A transfer tier's words, made apart so chargeTransferOut itself captures nothing for a closure. */
function transferTierWords(w: Workload, prices: Prices, free: number): TierDescriber {
  return (gb, priceId) => ({
    label: 'Data transfer out',
    unit: 'GB',
    formula:
      free > 0
        ? `${transferWords(w)} − ${n(free)} GB free; ${n(gb)} GB in this tier × ${usd(prices[priceId])}`
        : `${transferWords(w)}; ${n(gb)} GB in this tier × ${usd(prices[priceId])}`,
    driver: 'data transfer out',
  });
}

/** Images stored in ECR; the containers of every option pull the same image. */
export function chargeImageStorage(bill: Bill, w: Workload, prices: Prices): void {
  if (w.imageSizeGB <= 0) return;
  const free = w.freeTier ? Math.min(w.imageSizeGB, FREE_TIER.ecrStorageGB) : 0;
  const billable = w.imageSizeGB - free;
  const price = prices['ecr.storage'];
  bill.charge(
    billable * price,
    bill.detailed && {
      label: 'ECR image storage',
      quantity: billable,
      unit: 'GB-month',
      unitPriceUSD: price,
      formula: `${n(w.imageSizeGB)} GB image${free > 0 ? ` − ${n(free)} GB free (first 12 months)` : ''} = ${n(billable)} GB × ${usd(price)}`,
      priceId: 'ecr.storage',
      driver: 'ECR storage',
    },
  );
}

/** gp3 volumes live as long as their instances, so they are billed for the instance-hours. */
export function chargeEbs(bill: Bill, w: Workload, prices: Prices, instanceHours: number): void {
  if (w.ebsGBPerInstance <= 0 || instanceHours <= 0) return;
  const gbMonths = (w.ebsGBPerInstance * instanceHours) / HOURS_PER_MONTH;
  const price = prices['ebs.gp3'];
  bill.charge(
    gbMonths * price,
    bill.detailed && {
      label: 'EBS gp3 volumes',
      quantity: gbMonths,
      unit: 'GB-month',
      unitPriceUSD: price,
      formula: `${n(w.ebsGBPerInstance)} GB × ${n(instanceHours, 1)} instance-hours ÷ ${HOURS_PER_MONTH} h = ${n(gbMonths, 2)} GB-months × ${usd(price)}`,
      priceId: 'ebs.gp3',
      driver: 'EBS volumes',
    },
  );
}

/**
 * An ALB runs while the service does. Capacity units are estimated from the
 * average hour, counting each request as a new connection (no keep-alive) and
 * its request and response bytes as processed.
 */
export function chargeLoadBalancer(bill: Bill, w: Workload, prices: Prices): void {
  if (!w.loadBalancer || w.kind === 'batch') return;
  const hours = activeHoursPerMonth(w);
  const hourPrice = prices['elb.alb.hour'];
  bill.charge(
    hours * hourPrice,
    bill.detailed && {
      label: 'Application Load Balancer',
      quantity: hours,
      unit: 'ALB-hour',
      unitPriceUSD: hourPrice,
      formula: `${n(w.hoursPerDay)} h × ${n(w.daysPerMonth)} days = ${n(hours, 1)} h × ${usd(hourPrice)}`,
      priceId: 'elb.alb.hour',
      driver: 'the load balancer',
    },
  );
  const rps = averageRequestsPerSecond(w);
  const byConnections = rps / ALB_LCU.newConnectionsPerSecond;
  const gbPerHour = (rps * SECONDS_PER_HOUR * (w.payloadKB + w.responseKB)) / (1024 * 1024);
  const lcus = Math.max(byConnections, gbPerHour / ALB_LCU.processedGBPerHour);
  const lcuPrice = prices['elb.alb.lcu'];
  bill.charge(
    lcus * hours * lcuPrice,
    bill.detailed && {
      label: 'ALB capacity units',
      quantity: lcus * hours,
      unit: 'LCU-hour',
      unitPriceUSD: lcuPrice,
      formula: `max(${n(rps, 2)} new connections/s ÷ 25, ${n(gbPerHour, 3)} GB/h in and out ÷ 1) = ${n(lcus, 3)} LCU × ${n(hours, 1)} h × ${usd(lcuPrice)}`,
      priceId: 'elb.alb.lcu',
      driver: 'the load balancer',
    },
  );
}

/** ECS and Batch cost nothing themselves; the $0 line says where the money goes instead. */
export function chargeNothingFor(bill: Bill, service: 'ECS' | 'AWS Batch'): void {
  bill.charge(
    0,
    bill.detailed && {
      label: `${service} itself`,
      quantity: 1,
      unit: service === 'ECS' ? 'cluster' : 'compute environment',
      unitPriceUSD: 0,
      formula: `${service} has no charge of its own: you pay for the EC2 instances or Fargate tasks it runs`,
      source: service === 'ECS' ? SERVICE_PAGES.ecs : SERVICE_PAGES.batch,
      driver: service,
    },
  );
}

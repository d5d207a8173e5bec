import { formatUSD } from '../../../../electron/common/pricing/format';
import type { OptionResult } from '../../../../electron/common/pricing';

/**
 * Which diagram icons a bill line belongs to, by keyword. First match wins,
 * so the specific rules (Lightsail's own transfer and load balancer) come
 * before the general ones. No icons: shown as a footnote, not on a node.
 */
const RULES: readonly { service: string; pattern: RegExp; icons: readonly string[] }[] = [
  { service: 'Lightsail', pattern: /lightsail/i, icons: ['lightsail'] },
  { service: 'Data transfer', pattern: /data transfer|transfer out/i, icons: [] },
  { service: 'API Gateway', pattern: /api gateway/i, icons: ['api-gateway'] },
  { service: 'Lambda', pattern: /lambda/i, icons: ['lambda', 'lambda-function'] },
  { service: 'EKS', pattern: /\beks\b/i, icons: ['eks'] },
  { service: 'Fargate', pattern: /fargate/i, icons: ['fargate', 'ecs-task'] },
  { service: 'ECR', pattern: /\becr\b/i, icons: ['ecr'] },
  { service: 'Load balancer', pattern: /load balancer|\balb\b/i, icons: ['alb'] },
  { service: 'EC2', pattern: /\b(ec2|ebs)\b/i, icons: ['ec2', 'ec2-instance', 'ec2-spot'] },
];

export interface ServiceCost {
  /** "EC2", or the line's own label when no rule knows it. */
  service: string;
  /** Icon names that stand for it in a diagram; empty for a footnote. */
  icons: readonly string[];
  usd: number;
  /** Fraction of the option's monthly total. */
  share: number;
}

/** The option's bill grouped by the service each line is for, in bill order; $0 lines are dropped. */
export function costsByService(option: Pick<OptionResult, 'lineItems' | 'monthlyUSD'>): ServiceCost[] {
  const total = option.monthlyUSD ?? 0;
  const groups = new Map<string, ServiceCost>();
  for (const item of option.lineItems) {
    if (!(item.costUSD > 0)) continue;
    const rule = RULES.find((candidate) => candidate.pattern.test(item.label));
    const service = rule?.service ?? item.label;
    const group = groups.get(service) ?? { service, icons: rule?.icons ?? [], usd: 0, share: 0 };
    group.usd += item.costUSD;
    group.share = total > 0 ? group.usd / total : 0;
    groups.set(service, group);
  }
  return [...groups.values()];
}

export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** "EC2: $41.20 · 62%", the text of a node's badge or a footnote line. */
export function describeCost(cost: ServiceCost): string {
  return `${cost.service}: ${formatUSD(cost.usd)} · ${formatShare(cost.share)}`;
}

/** What the title gains: the option's monthly cost, or why it has none. */
export function titleCost(option: Pick<OptionResult, 'monthlyUSD' | 'feasible'>): string {
  if (!option.feasible || option.monthlyUSD === null) return 'cannot run this workload';
  return `${formatUSD(option.monthlyUSD)} a month`;
}

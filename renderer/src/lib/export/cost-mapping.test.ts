import { describe, expect, it } from 'vitest';
import { costsByService, describeCost, formatShare, titleCost } from './cost-mapping';

const line = (label: string, costUSD: number) => ({
  label,
  costUSD,
  quantity: 1,
  unit: 'x',
  unitPriceUSD: 1,
  formula: '',
});

describe('costsByService', () => {
  it('maps each line to its service by keyword and sums per service', () => {
    const costs = costsByService({
      monthlyUSD: 100,
      lineItems: [
        line('EC2 m7g.large × 3', 50),
        line('EBS gp3 volumes', 10),
        line('Application Load Balancer', 16),
        line('ALB capacity units', 4),
        line('ECR image storage', 5),
        line('Data transfer out', 15),
      ],
    });
    expect(costs.map(({ service, icons, usd }) => ({ service, icons, usd }))).toEqual([
      { service: 'EC2', icons: ['ec2', 'ec2-instance', 'ec2-spot'], usd: 60 },
      { service: 'Load balancer', icons: ['alb'], usd: 20 },
      { service: 'ECR', icons: ['ecr'], usd: 5 },
      { service: 'Data transfer', icons: [], usd: 15 },
    ]);
    expect(costs[0]?.share).toBeCloseTo(0.6);
  });

  it('knows the serverless, container and Lightsail lines', () => {
    const services = costsByService({
      monthlyUSD: 10,
      lineItems: [
        line('API Gateway HTTP API requests', 1),
        line('Lambda requests', 1),
        line('Lambda duration (Arm)', 1),
        line('EKS cluster', 1),
        line('Fargate vCPU (x86)', 1),
        line('Fargate memory (x86)', 1),
        line('Lightsail load balancer', 1),
        line('Lightsail transfer over the allowance', 1),
      ],
    }).map((cost) => [cost.service, cost.icons[0]]);
    expect(services).toEqual([
      ['API Gateway', 'api-gateway'],
      ['Lambda', 'lambda'],
      ['EKS', 'eks'],
      ['Fargate', 'fargate'],
      ['Lightsail', 'lightsail'],
    ]);
  });

  it('keeps an unknown line under its own label with no icon, and drops $0 lines', () => {
    const costs = costsByService({ monthlyUSD: 4, lineItems: [line('ECS itself', 0), line('Mystery fee', 4)] });
    expect(costs).toEqual([{ service: 'Mystery fee', icons: [], usd: 4, share: 1 }]);
  });

  it('gives shares of zero when the total is zero (all within the free tier)', () => {
    expect(costsByService({ monthlyUSD: 0, lineItems: [line('Lambda requests', 0.001)] })[0]?.share).toBe(0);
  });
});

describe('wording', () => {
  it('describes a cost with its amount and share', () => {
    expect(describeCost({ service: 'EC2', icons: [], usd: 41.2, share: 0.617 })).toBe('EC2: $41.20 · 62%');
    expect(formatShare(0.001)).toBe('<1%');
  });

  it('puts the monthly total, or why there is none, in the title', () => {
    expect(titleCost({ feasible: true, monthlyUSD: 1234.5 })).toBe('$1,234.50 a month');
    expect(titleCost({ feasible: false, monthlyUSD: null })).toBe('cannot run this workload');
  });
});

import { describe, expect, it } from 'vitest';
import type { BreakEvens, Sweep } from '../../../../electron/common/pricing';
import { pairwiseRows } from './pairwise-rows';

const sweep: Sweep = {
  requests: [1e3, 1e10],
  series: [
    { id: 'lambda', label: 'Lambda + HTTP API', monthlyUSD: [1, 2] },
    { id: 'ec2', label: 'EC2 (Auto Scaling group)', monthlyUSD: [3, 1] },
    { id: 'fargate', label: 'Fargate (ECS)', monthlyUSD: [4, 5] },
  ],
};

const breakEvens: BreakEvens = {
  crossovers: [],
  sentences: [],
  pairs: [
    { a: 'lambda', b: 'ec2', requests: 12_345_678, cheaperBelow: 'lambda', crossings: 1, from: 1e3, to: 1e10 },
    { a: 'lambda', b: 'fargate', requests: null, cheaperBelow: 'lambda', crossings: 0, from: 1e3, to: 1e10 },
    { a: 'ec2', b: 'fargate', requests: 2e8, cheaperBelow: 'fargate', crossings: 5, from: 1e3, to: 1e10 },
  ],
};

describe('pairwise break-even rows', () => {
  it('says where each pair crosses and which is cheaper on each side, or that they never cross', () => {
    expect(pairwiseRows(sweep, breakEvens, 'requests/month')).toEqual([
      {
        a: 'lambda',
        b: 'ec2',
        pair: 'Lambda + HTTP API vs EC2 (Auto Scaling group)',
        crossesAt: '12.3 M requests/month',
        cheaper: 'Lambda + HTTP API below, EC2 (Auto Scaling group) above',
      },
      {
        a: 'lambda',
        b: 'fargate',
        pair: 'Lambda + HTTP API vs Fargate (ECS)',
        crossesAt: 'never in 1 k–10 B',
        cheaper: 'Lambda + HTTP API throughout',
      },
      {
        a: 'ec2',
        b: 'fargate',
        pair: 'EC2 (Auto Scaling group) vs Fargate (ECS)',
        crossesAt: '200 M requests/month (first of 5 crossings)',
        cheaper: 'Fargate (ECS) below, EC2 (Auto Scaling group) above',
      },
    ]);
  });
});

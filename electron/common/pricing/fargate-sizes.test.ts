import { describe, expect, it } from 'vitest';
import { roundFargateTask } from './fargate-sizes';

describe('Fargate task sizes', () => {
  it.each([
    [0.25, 0.5, { vcpu: 0.25, memoryGB: 0.5 }],
    [0.25, 1.5, { vcpu: 0.25, memoryGB: 2 }],
    [0.25, 3, { vcpu: 0.5, memoryGB: 3 }],
    [1, 9, { vcpu: 2, memoryGB: 9 }],
    [1, 2.25, { vcpu: 1, memoryGB: 3 }],
    [8, 17, { vcpu: 8, memoryGB: 20 }],
    [16, 100, { vcpu: 16, memoryGB: 104 }],
    [0.25, 120, { vcpu: 16, memoryGB: 120 }],
  ])('bills %s vCPU / %s GB as the smallest valid size at least as big', (vcpu, memoryGB, expected) => {
    expect(roundFargateTask(vcpu, memoryGB)).toEqual(expected);
  });

  // Reference sheet (aws-prices-us-east-1.md): 0.25 vCPU takes 0.5, 1 or 2 GB, so 1 GB is a size of its own.
  it('bills 0.25 vCPU / 1 GB as exactly that, not as 2 GB', () => {
    expect(roundFargateTask(0.25, 1)).toEqual({ vcpu: 0.25, memoryGB: 1 });
  });

  it('has no size above 16 vCPU or 120 GB', () => {
    expect(roundFargateTask(32, 64)).toBeNull();
    expect(roundFargateTask(1, 121)).toBeNull();
  });
});

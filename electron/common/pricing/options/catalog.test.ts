import { describe, expect, it } from 'vitest';
import type { ComputeOptionId } from '../../compute-options';
import { evaluate } from '../evaluate';
import { BARE, priceOf, workload } from '../test-helpers';
import type { WorkloadInput } from '../workload-schema';

/** Each option's line labels, in the order its bill lists them. */
function lineLabels(input: WorkloadInput, id: ComputeOptionId): string[] {
  return priceOf(input, id).lineItems.map((l) => l.label);
}

// A service with every shared line: a load balancer, a 2 GB image and 20 KB responses.
const SERVICE: WorkloadInput = { ...BARE, loadBalancer: true, imageSizeGB: 2, responseKB: 20, requestsPerMonth: 1e7 };
// 1,000 one-minute jobs whose 2 MB results are sent out, from a 2 GB image.
const JOBS: WorkloadInput = {
  ...BARE,
  kind: 'batch',
  durationMs: 60_000,
  requestsPerMonth: 1000,
  imageSizeGB: 2,
  responseKB: 2000,
};

describe('catalog: the options listed and their names', () => {
  it('names the eight options in the order the app lists them', () => {
    const options = evaluate(workload({})).options.map((o) => [o.id, o.label]);
    expect(options).toEqual([
      ['lambda', 'Lambda'],
      ['ec2', 'EC2 (Auto Scaling group)'],
      ['ecs-ec2', 'ECS on EC2'],
      ['fargate', 'Fargate (ECS)'],
      ['eks-ec2', 'EKS on EC2'],
      ['eks-fargate', 'EKS on Fargate'],
      ['batch', 'AWS Batch on EC2'],
      ['lightsail', 'Lightsail'],
    ]);
  });

  it('names AWS Batch by the compute its jobs run on, adding Spot when bought as Spot', () => {
    const label = (batchCompute: 'ec2' | 'fargate', plan: 'on-demand' | 'spot') =>
      priceOf({ ...JOBS, batchCompute, purchases: { batch: { plan } } }, 'batch').label;
    expect(label('ec2', 'on-demand')).toBe('AWS Batch on EC2');
    expect(label('ec2', 'spot')).toBe('AWS Batch on EC2 Spot');
    expect(label('fargate', 'on-demand')).toBe('AWS Batch on Fargate');
    expect(label('fargate', 'spot')).toBe('AWS Batch on Fargate Spot');
  });
});

describe('catalog: which options run a service and which run batch jobs', () => {
  it('runs a service on every option but AWS Batch, which says why and how to price it', () => {
    const options = evaluate(workload(SERVICE)).options;
    expect(options.filter((o) => !o.feasible).map((o) => o.id)).toEqual(['batch']);
    expect(options.find((o) => o.id === 'batch')).toMatchObject({
      monthlyUSD: null,
      reason:
        'AWS Batch runs jobs that start and finish; it does not serve requests. Choose "Batch jobs" as the workload to price it.',
    });
  });

  it('runs short batch jobs on every option', () => {
    expect(evaluate(workload(JOBS)).options.every((o) => o.feasible)).toBe(true);
  });
});

describe('catalog: what each option bills', () => {
  it('bills EKS on EC2 like ECS on EC2, with the EKS cluster where ECS has its free line', () => {
    // The balancer, the image and the transfer follow the instances on both orchestrators.
    const shared = ['EC2 t3.small × 2', 'Application Load Balancer', 'ALB capacity units', 'ECR image storage'];
    expect(lineLabels(SERVICE, 'ecs-ec2')).toEqual(['ECS itself', ...shared, 'Data transfer out']);
    expect(lineLabels(SERVICE, 'eks-ec2')).toEqual(['EKS cluster', ...shared, 'Data transfer out']);
  });

  it('bills AWS Batch on EC2 for the instance-hours its jobs fill, the image and the results sent out', () => {
    expect(lineLabels(JOBS, 'batch')).toEqual([
      'AWS Batch itself',
      'EC2 c5.4xlarge (Batch compute environment)',
      'ECR image storage',
      'Data transfer out',
    ]);
  });

  it('runs a 16 vCPU, 120 GB job on AWS Batch on Fargate: only EKS adds 256 MB to each task', () => {
    const big: WorkloadInput = { ...JOBS, batchCompute: 'fargate', vcpuPerTask: 16, memoryMB: 122_880 };
    expect(priceOf(big, 'batch').feasible).toBe(true);
    expect(priceOf(big, 'eks-fargate').feasible).toBe(false);
  });
});

/**
 * The form stops a copy at 16 vCPU and 120 GB, which every fleet and
 * Fargate holds; evaluate() takes an already validated workload, so a copy
 * past those limits reaches the engine's own guards and their words.
 */
describe('catalog: a copy of 300,000 MB, larger than any instance or Fargate task', () => {
  const huge = (input: WorkloadInput) => {
    const options = evaluate({ ...workload(input), memoryMB: 300_000 }).options;
    return (id: ComputeOptionId) => options.find((o) => o.id === id);
  };
  const noInstance = (where: string) =>
    `A copy needing 0.25 vCPU and 300,000 MB fits${where} on none of the x86 instance types priced ` +
    '(largest: r5.8xlarge, 32 vCPU, 256 GiB).';
  const noTask = "A task of 0.25 vCPU and 292.97 GB is larger than Fargate's biggest, 16 vCPU and 120 GB.";

  it('makes every EC2 fleet infeasible, and only EKS speaks of a pod', () => {
    const option = huge({ ...BARE, kind: 'batch', batchCompute: 'ec2' });
    expect(option('ec2')).toMatchObject({ feasible: false, reason: noInstance('') });
    expect(option('ecs-ec2')).toMatchObject({ feasible: false, reason: noInstance('') });
    expect(option('batch')).toMatchObject({ feasible: false, reason: noInstance('') });
    expect(option('eks-ec2')).toMatchObject({ feasible: false, reason: noInstance(' as an EKS pod') });
  });

  it('makes Fargate and AWS Batch on Fargate infeasible, saying the task is larger than the biggest', () => {
    const option = huge({ ...BARE, kind: 'batch', batchCompute: 'fargate' });
    expect(option('fargate')).toMatchObject({ feasible: false, monthlyUSD: null, reason: noTask });
    expect(option('batch')).toMatchObject({ feasible: false, monthlyUSD: null, reason: noTask });
  });
});

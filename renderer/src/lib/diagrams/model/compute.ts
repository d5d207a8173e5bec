import type { Deployment, DeploymentCompute } from '../../../../../electron/common/pricing';
import type { ModelBuilder } from './builder';
import { entryNode, zonesInVpc } from './network';
import type { GroupKind } from './types';
import {
  architectureWords,
  copiesOverZones,
  countOf,
  phraseLines,
  plural,
  purchaseWords,
  sizeWords,
  splitOverZones,
  zoneLetter,
} from './wording';

type Instances = Extract<DeploymentCompute, { kind: 'instances' }>;
type Fargate = Extract<DeploymentCompute, { kind: 'fargate' }>;

const COPY_NAMES = { none: 'process', ecs: 'ECS task', eks: 'pod', batch: 'job' } as const;
const COPY_UNITS = { ecs: 'task', eks: 'pod', batch: 'job' } as const;

/** The group that holds a fleet, by what orchestrates it. */
function fleetGroupFor(
  orchestrator: 'none' | 'ecs' | 'eks' | 'batch',
  how: string,
): { id: string; kind: GroupKind; label: string } {
  if (orchestrator === 'ecs') return { id: 'cluster', kind: 'ecs-cluster', label: `ECS cluster · ${how}` };
  if (orchestrator === 'eks') return { id: 'cluster', kind: 'eks-cluster', label: `EKS cluster · ${how}` };
  if (orchestrator === 'batch') return { id: 'environment', kind: 'batch-environment', label: `Batch · ${how}` };
  return { id: 'asg', kind: 'auto-scaling-group', label: 'Auto Scaling group' };
}

/** What sits in front of the fleet (a load balancer or a job queue), wired from the entry. */
export function frontOf(b: ModelBuilder, deployment: Deployment, entry: string, region: string, vpcId: string): string {
  if (deployment.entry === 'load-balancer') {
    const alb = b.node('alb', 'alb', ['Application Load Balancer'], {
      group: vpcId,
      cost: { pricePrefixes: ['elb.'], share: 1 },
    });
    b.edge(entry, alb);
    return alb;
  }
  if (deployment.entry === 'job-queue') {
    const queue = b.node('queue', 'batch', ['AWS Batch job queue'], { group: region });
    b.edge(entry, queue);
    return queue;
  }
  return entry;
}

/** EC2 instances (alone, or running ECS tasks, EKS pods or Batch jobs), one node per Availability Zone. */
export function instanceFleet(b: ModelBuilder, deployment: Deployment, compute: Instances, region: string): string {
  const perJob = compute.scaling === 'per-job';
  const how = perJob ? 'EC2 per job' : 'EC2';
  const { vpc, fleetGroup, subnets } = zonesInVpc(
    b,
    region,
    deployment.availabilityZones,
    fleetGroupFor(compute.orchestrator, how),
    deployment.entry === 'direct',
  );
  const entry = entryNode(b, deployment, compute.orchestrator === 'batch');
  const front = frontOf(b, deployment, entry, region, vpc);
  const instances = splitOverZones(compute.instances, deployment.availabilityZones);
  const copies = copiesOverZones(compute.copies, instances, compute.copiesPerInstance);
  const copyWord = COPY_NAMES[compute.orchestrator];
  const spot = deployment.purchase === 'spot';
  subnets.forEach((subnet, i) => {
    const count = instances[i] ?? 0;
    const runs = copies[i] ?? 0;
    const node = b.node(
      `fleet${zoneLetter(i)}`,
      spot ? 'ec2-spot' : 'ec2-instance',
      [
        `${perJob ? 'up to ' : ''}${countOf(count, `EC2 ${compute.instanceType}`)}`,
        ...phraseLines(architectureWords(deployment), purchaseWords(deployment)),
        ...(compute.orchestrator === 'none'
          ? []
          : phraseLines(plural(runs, copyWord), sizeWords(compute.copyVcpu, compute.copyMemoryMB / 1024))),
      ],
      {
        group: subnet,
        cost: { pricePrefixes: ['ec2.', 'ebs.'], share: compute.instances > 0 ? count / compute.instances : 0 },
        fleet: {
          unit: 'instance',
          count,
          type: compute.instanceType,
          ...(compute.orchestrator === 'none' ? {} : { runs: { unit: COPY_UNITS[compute.orchestrator], count: runs } }),
        },
      },
    );
    b.edge(front, node);
  });
  return fleetGroup;
}

const FARGATE_NAMES = { ecs: 'Fargate task', eks: 'pod on Fargate', batch: 'Fargate job' } as const;
const FARGATE_UNITS = { ecs: 'task', eks: 'pod', batch: 'job' } as const;

/** Fargate tasks (or EKS pods, or Batch jobs), one node per Availability Zone. */
export function fargateFleet(b: ModelBuilder, deployment: Deployment, compute: Fargate, region: string): string {
  const spot = deployment.purchase === 'spot' ? 'Fargate Spot' : 'Fargate';
  const { vpc, fleetGroup, subnets } = zonesInVpc(
    b,
    region,
    deployment.availabilityZones,
    fleetGroupFor(compute.orchestrator, spot),
    false,
  );
  const entry = entryNode(b, deployment, compute.orchestrator === 'batch');
  const front = frontOf(b, deployment, entry, region, vpc);
  const tasks = splitOverZones(compute.tasks, deployment.availabilityZones);
  const size = sizeWords(compute.vcpu, compute.memoryGB);
  subnets.forEach((subnet, i) => {
    const count = tasks[i] ?? 0;
    const node = b.node(
      `fleet${zoneLetter(i)}`,
      'fargate',
      [
        `${compute.orchestrator === 'batch' ? 'up to ' : ''}${countOf(count, FARGATE_NAMES[compute.orchestrator])}`,
        ...phraseLines(size, architectureWords(deployment)),
        deployment.purchase !== 'on-demand' && purchaseWords(deployment),
      ],
      {
        group: subnet,
        cost: { pricePrefixes: ['fargate.'], share: compute.tasks > 0 ? count / compute.tasks : 0 },
        fleet: { unit: FARGATE_UNITS[compute.orchestrator], count, type: size },
      },
    );
    b.edge(front, node);
  });
  return fleetGroup;
}

/** The fleet pulls its images from ECR (dashed: a pull at start, not traffic). */
export function imageRegistry(b: ModelBuilder, region: string, fleetGroup: string): void {
  const ecr = b.node('ecr', 'ecr', ['Amazon ECR', 'images'], {
    group: region,
    cost: { pricePrefixes: ['ecr.'], share: 1 },
  });
  b.edge(fleetGroup, ecr, 'dashed');
}

/** EKS's control plane is AWS's, outside the VPC, billed by the hour; the nodes register with it. */
export function eksControlPlane(b: ModelBuilder, region: string, fleetGroup: string): void {
  const control = b.node('controlPlane', 'eks', ['Amazon EKS', 'control plane'], {
    group: region,
    cost: { pricePrefixes: ['eks.'], share: 1 },
  });
  b.edge(fleetGroup, control, 'dashed');
}

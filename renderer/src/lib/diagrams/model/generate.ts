import type { ComputeOptionId } from '../../../../../electron/common/compute-options';
import type { Deployment, OptionResult, Workload } from '../../../../../electron/common/pricing';
import { ModelBuilder } from './builder';
import { eksControlPlane, fargateFleet, imageRegistry, instanceFleet } from './compute';
import { cloudAndRegion, entryNode, zoneSubnets } from './network';
import type { DiagramModel } from './types';
import { architectureWords, countOf, plural, purchaseWords, splitOverZones, zoneLetter } from './wording';

export interface DiagramInput {
  optionId: ComputeOptionId;
  /** The option's priced result for `workload`; its deployment is what gets drawn. */
  result: OptionResult;
  workload: Workload;
  region: string;
}

export interface GeneratedDiagram {
  model: DiagramModel;
  /** "EC2 with Auto Scaling: 7 × t4g.small in 2 Availability Zones" */
  title: string;
  /** Why nothing is counted: the option cannot run this workload. */
  infeasibleReason: string | null;
}

/** The icon that stands for an option when it cannot run the workload. */
const SERVICE_ICONS: Record<ComputeOptionId, string> = {
  lambda: 'lambda',
  ec2: 'ec2',
  'ecs-ec2': 'ecs',
  fargate: 'fargate',
  'eks-ec2': 'eks',
  'eks-fargate': 'eks',
  batch: 'batch',
  lightsail: 'lightsail',
};

/**
 * One option's diagram for one workload, drawn from the deployment its
 * pricer charged for: the same counts, types and fronts as the bill.
 */
export function generateDiagram(input: DiagramInput): GeneratedDiagram {
  const b = new ModelBuilder();
  const region = cloudAndRegion(b, input.region);
  const deployment = input.result.feasible ? input.result.deployment : undefined;
  if (!deployment) {
    const entry = entryNode(b, null, input.workload.kind === 'batch');
    const service = b.node('service', SERVICE_ICONS[input.optionId], [input.result.label, 'cannot run this workload'], {
      group: region,
    });
    b.edge(entry, service);
    return {
      model: b.build(),
      title: `${input.result.label}: cannot run this workload`,
      infeasibleReason: input.result.reason ?? 'No deployment was priced for this workload.',
    };
  }
  drawDeployment(b, deployment, input, region);
  return { model: b.build(), title: titleOf(input.result.label, deployment), infeasibleReason: null };
}

function drawDeployment(b: ModelBuilder, deployment: Deployment, input: DiagramInput, region: string): void {
  const { compute } = deployment;
  if (compute.kind === 'lambda') return lambda(b, deployment, compute, input.workload, region);
  if (compute.kind === 'lightsail') return lightsail(b, deployment, compute, region);
  const fleet =
    compute.kind === 'instances'
      ? instanceFleet(b, deployment, compute, region)
      : fargateFleet(b, deployment, compute, region);
  if (compute.orchestrator === 'eks') eksControlPlane(b, region, fleet);
  if (deployment.imagePull) imageRegistry(b, region, fleet);
}

function lambda(
  b: ModelBuilder,
  deployment: Deployment,
  compute: Extract<Deployment['compute'], { kind: 'lambda' }>,
  workload: Workload,
  region: string,
): void {
  const entry = entryNode(b, deployment, workload.kind === 'batch');
  let front = entry;
  if (deployment.entry === 'api-gateway-http' || deployment.entry === 'api-gateway-rest') {
    const kind = deployment.entry === 'api-gateway-http' ? 'HTTP API' : 'REST API';
    front = b.node('api', 'api-gateway', ['Amazon API Gateway', kind], {
      group: region,
      cost: { pricePrefixes: ['apigw.'], share: 1 },
    });
    b.edge(entry, front);
  }
  const fn = b.node(
    'function',
    'lambda',
    [
      'AWS Lambda function',
      `${compute.memoryMB} MB · ${architectureWords(deployment)}`,
      `up to ${plural(compute.peakConcurrency, 'concurrent execution')}`,
      compute.provisionedConcurrency > 0 && `${compute.provisionedConcurrency} provisioned`,
      deployment.purchase !== 'on-demand' && purchaseWords(deployment),
    ],
    {
      group: region,
      cost: { pricePrefixes: ['lambda.'], share: 1 },
      fleet: { unit: 'execution', count: compute.peakConcurrency, type: `${compute.memoryMB} MB` },
    },
  );
  b.edge(front, fn);
}

function lightsail(
  b: ModelBuilder,
  deployment: Deployment,
  compute: Extract<Deployment['compute'], { kind: 'lightsail' }>,
  region: string,
): void {
  const entry = entryNode(b, deployment, false);
  const group = b.group('lightsail', 'lightsail', 'Amazon Lightsail · fixed monthly bundles', region);
  let front = entry;
  if (deployment.entry === 'load-balancer') {
    front = b.node('lb', 'elb', ['Lightsail load balancer'], {
      group,
      cost: { pricePrefixes: ['lightsail.load-balancer'], share: 1 },
    });
    b.edge(entry, front);
  }
  const zones = zoneSubnets(b, group, deployment.availabilityZones, null);
  const counts = splitOverZones(compute.instances, deployment.availabilityZones);
  zones.forEach((zone, i) => {
    const count = counts[i] ?? 0;
    const node = b.node(
      `fleet${zoneLetter(i)}`,
      'lightsail',
      [countOf(count, 'Lightsail instance'), `${compute.bundle} bundle · ${architectureWords(deployment)}`],
      {
        group: zone,
        cost: { pricePrefixes: ['lightsail.bundle'], share: compute.instances > 0 ? count / compute.instances : 0 },
        fleet: { unit: 'instance', count, type: compute.bundle },
      },
    );
    b.edge(front, node);
  });
}

/** The fleet in a few words for the title. */
function titleOf(label: string, deployment: Deployment): string {
  const { compute } = deployment;
  const zones = plural(deployment.availabilityZones, 'Availability Zone');
  if (compute.kind === 'lambda') return `${label}: up to ${plural(compute.peakConcurrency, 'concurrent execution')}`;
  if (compute.kind === 'lightsail')
    return `${label}: ${countOf(compute.instances, `${compute.bundle} instance`)} in ${zones}`;
  if (compute.kind === 'fargate') {
    const unit = { ecs: 'task', eks: 'pod', batch: 'job' }[compute.orchestrator];
    const upTo = compute.orchestrator === 'batch' ? 'up to ' : '';
    return `${label}: ${upTo}${plural(compute.tasks, `Fargate ${unit}`)} in ${zones}`;
  }
  const upTo = compute.scaling === 'per-job' ? 'up to ' : '';
  return `${label}: ${upTo}${countOf(compute.instances, compute.instanceType)} in ${zones}`;
}

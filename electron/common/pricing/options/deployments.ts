import type { ComputeOptionId } from '../../compute-options';
import { zonesFor, type Deployment, type DeploymentEntry } from '../deployment';
import { effectiveChoice, purchaseId, purchaseLabel, type DiscountedService } from '../discounts';
import type { FargateTaskSize } from '../fargate-sizes';
import type { FleetPlan, FleetShape } from '../fleet-plan';
import type { LightsailBundle } from '../lightsail-bundles';
import { ceilUnit, inFlightAtPeak, lambdaPeakConcurrency, peakConcurrentJobs, peakRequestsPerSecond } from '../load';
import type { Workload } from '../workload-schema';

/**
 * Deployments as the pricers charge them. Each takes the plan the pricer
 * already computed, so the drawn fleet and the billed fleet are one value.
 */

function serverEntry(w: Workload): DeploymentEntry {
  if (w.kind === 'batch') return 'job-queue';
  return w.loadBalancer ? 'load-balancer' : 'direct';
}

function common(
  w: Workload,
  optionId: ComputeOptionId,
  service: DiscountedService,
  imagePull: boolean,
  architecture: Workload['architecture'] = w.architecture,
): Omit<Deployment, 'compute' | 'availabilityZones'> {
  const choice = effectiveChoice(w, optionId, service);
  const deployment: Omit<Deployment, 'compute' | 'availabilityZones'> = {
    entry: serverEntry(w),
    architecture,
    purchase: purchaseId(choice),
    purchaseLabel: purchaseLabel(choice),
    imagePull,
  };
  if (w.kind === 'service') {
    deployment.load = {
      peakRequestsPerSecond: peakRequestsPerSecond(w),
      inFlightAtPeak: inFlightAtPeak(w),
      cpuSharePct: w.cpuSharePct,
    };
  }
  return deployment;
}

const OPTION_OF_ORCHESTRATOR = { none: 'ec2', ecs: 'ecs-ec2', eks: 'eks-ec2', batch: 'batch' } as const;
const FARGATE_OPTION_OF = { ecs: 'fargate', eks: 'eks-fargate', batch: 'batch' } as const;

export function lambdaDeployment(w: Workload): Deployment {
  const entry: DeploymentEntry =
    w.kind === 'batch' || w.apiFront === 'none'
      ? 'direct'
      : w.apiFront === 'http'
        ? 'api-gateway-http'
        : 'api-gateway-rest';
  return {
    ...common(w, 'lambda', 'lambda', false),
    entry,
    availabilityZones: 2,
    compute: {
      kind: 'lambda',
      memoryMB: w.memoryMB,
      peakConcurrency: lambdaPeakConcurrency(w),
      provisionedConcurrency: w.provisionedHoursPerDay > 0 ? w.provisionedConcurrency : 0,
    },
  };
}

export function instancesDeployment(
  w: Workload,
  plan: FleetPlan,
  shape: FleetShape,
  orchestrator: 'none' | 'ecs' | 'eks' | 'batch',
): Deployment {
  const peakJobs = shape === 'per-job' ? Math.max(1, ceilUnit(peakConcurrentJobs(w))) : plan.copies;
  const instances = shape === 'fleet' ? plan.instances : Math.max(1, ceilUnit(peakJobs / plan.copiesPerInstance));
  return {
    ...common(w, OPTION_OF_ORCHESTRATOR[orchestrator], 'ec2', orchestrator !== 'none'),
    availabilityZones: zonesFor(instances),
    compute: {
      kind: 'instances',
      orchestrator,
      instanceType: plan.type.name,
      instances,
      copies: peakJobs,
      copiesPerInstance: plan.copiesPerInstance,
      copyVcpu: w.vcpuPerTask,
      copyMemoryMB: w.memoryMB,
      scaling: shape,
    },
  };
}

export function fargateDeployment(
  w: Workload,
  size: FargateTaskSize,
  tasks: number,
  orchestrator: 'ecs' | 'eks' | 'batch',
  architecture: Workload['architecture'],
): Deployment {
  return {
    ...common(w, FARGATE_OPTION_OF[orchestrator], 'fargate', true, architecture),
    availabilityZones: zonesFor(tasks),
    compute: { kind: 'fargate', orchestrator, tasks, vcpu: size.vcpu, memoryGB: size.memoryGB },
  };
}

export function lightsailDeployment(w: Workload, bundle: LightsailBundle, instances: number): Deployment {
  return {
    ...common(w, 'lightsail', 'ec2', false),
    availabilityZones: zonesFor(instances),
    compute: { kind: 'lightsail', bundle: bundle.name, instances },
  };
}

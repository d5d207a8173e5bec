import { zonesFor, type Deployment, type DeploymentEntry } from '../deployment';
import type { FargateTaskSize } from '../fargate-sizes';
import type { FleetPlan, FleetShape } from '../fleet-plan';
import type { LightsailBundle } from '../lightsail-bundles';
import { averageRequestsPerSecond, ceilUnit, peakConcurrentJobs } from '../load';
import type { Workload } from '../workload-schema';

/**
 * Deployments as the pricers charge them. Each takes the plan the pricer
 * already computed, so the drawn fleet and the billed fleet are one value.
 */

function serverEntry(w: Workload): DeploymentEntry {
  if (w.kind === 'batch') return 'job-queue';
  return w.loadBalancer ? 'load-balancer' : 'direct';
}

function common(w: Workload, imagePull: boolean): Omit<Deployment, 'compute' | 'availabilityZones'> {
  return { entry: serverEntry(w), architecture: w.architecture, purchase: w.purchaseOption, imagePull };
}

/** Executions in flight at the busiest time: peak rate × duration, or jobs at once. */
export function lambdaPeakConcurrency(w: Workload): number {
  if (w.kind === 'batch') return ceilUnit(peakConcurrentJobs(w));
  return ceilUnit(((averageRequestsPerSecond(w) * w.peakToAverage * w.durationMs) / 1000) * (1 - 1e-12));
}

export function lambdaDeployment(w: Workload): Deployment {
  const entry: DeploymentEntry =
    w.kind === 'batch' || w.apiFront === 'none'
      ? 'direct'
      : w.apiFront === 'http'
        ? 'api-gateway-http'
        : 'api-gateway-rest';
  return {
    ...common(w, false),
    entry,
    availabilityZones: 2,
    compute: {
      kind: 'lambda',
      memoryMB: w.memoryMB,
      peakConcurrency: lambdaPeakConcurrency(w),
      provisionedConcurrency: 0,
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
    ...common(w, orchestrator !== 'none'),
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
): Deployment {
  return {
    ...common(w, true),
    availabilityZones: zonesFor(tasks),
    compute: { kind: 'fargate', orchestrator, tasks, vcpu: size.vcpu, memoryGB: size.memoryGB },
  };
}

export function lightsailDeployment(w: Workload, bundle: LightsailBundle, instances: number): Deployment {
  return {
    ...common(w, false),
    availabilityZones: zonesFor(instances),
    compute: { kind: 'lightsail', bundle: bundle.name, instances },
  };
}

/**
 * What an option deploys for a workload: the fleet plan the pricer charged
 * for, in a shape a diagram, a slide or a report can draw. It is produced by
 * the same pricer call that writes the line items, so a picture can never
 * show a different fleet from the bill.
 */
export type DeploymentEntry =
  /** API Gateway REST API in front of Lambda. */
  | 'api-gateway-rest'
  /** API Gateway HTTP API in front of Lambda. */
  | 'api-gateway-http'
  /** An Application Load Balancer (a Lightsail load balancer for Lightsail). */
  | 'load-balancer'
  /** Users reach the compute directly (public IPs, or Lambda invoked by an SDK or event). */
  | 'direct'
  /** Jobs are submitted to a queue (AWS Batch). */
  | 'job-queue';

export type DeploymentCompute =
  | {
      kind: 'lambda';
      memoryMB: number;
      /** Executions running at once at the peak (peak rate × duration). */
      peakConcurrency: number;
      /** Execution environments kept warm (0 when none). */
      provisionedConcurrency: number;
    }
  | {
      kind: 'instances';
      /** What schedules the copies onto the instances. */
      orchestrator: 'none' | 'ecs' | 'eks' | 'batch';
      instanceType: string;
      /** Instances running while the service runs; for per-job plans, instances at the peak. */
      instances: number;
      /** Copies of the workload (processes, tasks, pods, jobs) at the peak. */
      copies: number;
      copiesPerInstance: number;
      copyVcpu: number;
      copyMemoryMB: number;
      /** A fleet kept for the peak, or instances that exist only while jobs run. */
      scaling: 'fleet' | 'per-job';
    }
  | {
      kind: 'fargate';
      orchestrator: 'ecs' | 'eks' | 'batch';
      /** Tasks (pods on EKS, jobs on Batch) running at the peak. */
      tasks: number;
      /** The size Fargate bills, after rounding up to a valid size. */
      vcpu: number;
      memoryGB: number;
    }
  | {
      kind: 'lightsail';
      bundle: string;
      instances: number;
    };

/** The demand a service's fleet was sized for (absent for batch jobs). */
export interface DeploymentLoad {
  peakRequestsPerSecond: number;
  /** Requests being served at once at the peak. */
  inFlightAtPeak: number;
  /** Share of each request's time spent on CPU, in percent. */
  cpuSharePct: number;
}

export interface Deployment {
  entry: DeploymentEntry;
  /** The architecture the compute really runs (EKS on Fargate is always x86). */
  architecture: 'x86' | 'arm';
  /** How the compute is bought: 'on-demand', 'spot' or a commitment's id, e.g. 'compute-savings-plan-3y-all-upfront'. */
  purchase: string;
  /** The purchase in words: "Compute Savings Plan, 3 years, all upfront". */
  purchaseLabel?: string;
  /** Service workloads: the peak the fleet is sized for. */
  load?: DeploymentLoad;
  /** Container images are pulled from Amazon ECR. */
  imagePull: boolean;
  /** Availability Zones the compute spans (1, or 2 when it keeps two or more copies). */
  availabilityZones: 1 | 2;
  compute: DeploymentCompute;
}

/** Two copies or more are spread over two Availability Zones. */
export function zonesFor(units: number): 1 | 2 {
  return units >= 2 ? 2 : 1;
}

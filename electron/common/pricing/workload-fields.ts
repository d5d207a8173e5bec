/**
 * What the UI renders one control per: ranges, steps and defaults of every
 * workload input. The schema enforces the same ranges, so a slider can never
 * produce a workload the engine rejects.
 */

export const WORKLOAD_KINDS = ['service', 'batch'] as const;
export const ARCHITECTURES = ['x86', 'arm'] as const;
export const PURCHASE_OPTIONS = ['on-demand', 'spot', 'savings-plan'] as const;
export const API_FRONTS = ['none', 'rest', 'http'] as const;
export const BATCH_COMPUTE = ['ec2', 'fargate'] as const;

export interface NumberField {
  kind: 'number';
  key: string;
  label: string;
  unit: string;
  /** The slider's start. */
  min: number;
  /** Typed-in values may go this low, e.g. a handful of batch jobs. */
  typedMin?: number;
  /** The slider's end. */
  max: number;
  /** Typed-in values may go this far, e.g. to show Lambda as infeasible. */
  typedMax?: number;
  step: number;
  default: number;
  log: boolean;
  integer?: boolean;
  help: string;
}

export interface ChoiceField {
  kind: 'choice';
  key: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  default: string;
  help: string;
}

export interface ToggleField {
  kind: 'toggle';
  key: string;
  label: string;
  default: boolean;
  help: string;
}

export type WorkloadField = NumberField | ChoiceField | ToggleField;

const AVERAGE_MONTH_DAYS = 730 / 24;

export const WORKLOAD_FIELDS = [
  {
    kind: 'choice',
    key: 'kind',
    label: 'Workload',
    default: 'service',
    choices: [
      { value: 'service', label: 'Requests to a service' },
      { value: 'batch', label: 'Batch jobs' },
    ],
    help: 'A service answers requests; batch jobs start, run and finish (each request is then one job).',
  },
  {
    kind: 'number',
    key: 'requestsPerMonth',
    label: 'Requests (or jobs) per month',
    unit: 'per month',
    min: 1_000,
    typedMin: 1,
    max: 10_000_000_000,
    typedMax: 1_000_000_000_000,
    step: 1,
    default: 10_000_000,
    log: true,
    integer: true,
    help: 'Every request is one Lambda invocation; in batch mode every job is one invocation or task.',
  },
  {
    kind: 'number',
    key: 'durationMs',
    label: 'Average duration',
    unit: 'ms',
    min: 1,
    max: 900_000,
    typedMax: 86_400_000,
    step: 1,
    default: 120,
    log: true,
    help: 'How long one request or job runs. Lambda stops at 15 minutes.',
  },
  {
    kind: 'number',
    key: 'memoryMB',
    label: 'Memory per invocation or task',
    unit: 'MB',
    min: 128,
    max: 10_240,
    typedMax: 122_880,
    step: 1,
    default: 512,
    log: true,
    help: 'Lambda memory, and the memory of each container task or server copy.',
  },
  {
    kind: 'number',
    key: 'vcpuPerTask',
    label: 'vCPU per task or job',
    unit: 'vCPU',
    min: 0.25,
    max: 16,
    step: 0.25,
    default: 0.25,
    log: true,
    help: 'The CPU each container task, server copy or batch job reserves.',
  },
  {
    kind: 'number',
    key: 'payloadKB',
    label: 'Average request payload',
    unit: 'KB',
    min: 0,
    max: 10_240,
    step: 1,
    default: 4,
    log: false,
    help: 'HTTP APIs bill every started 512 KB as a request; Lambda takes at most 6 MB.',
  },
  {
    kind: 'number',
    key: 'peakToAverage',
    label: 'Peak-to-average traffic',
    unit: '×',
    min: 1,
    max: 100,
    step: 0.1,
    default: 3,
    log: true,
    help: 'Fleets are sized for the peak; Lambda only pays for what runs.',
  },
  {
    kind: 'number',
    key: 'requestsPerSecondPerVcpu',
    label: 'Throughput of one vCPU',
    unit: 'requests/s',
    min: 0.1,
    max: 10_000,
    step: 0.1,
    default: 50,
    log: true,
    help: 'Requests a second one vCPU of a server or container sustains.',
  },
  {
    kind: 'number',
    key: 'hoursPerDay',
    label: 'Hours a day the service runs',
    unit: 'h/day',
    min: 1 / 60,
    max: 24,
    step: 0.25,
    default: 24,
    log: false,
    help: 'Outside these hours fleets scale to zero (EKS clusters and Lightsail keep billing).',
  },
  {
    kind: 'number',
    key: 'daysPerMonth',
    label: 'Days a month the service runs',
    unit: 'days',
    min: 1,
    max: 31,
    step: 0.01,
    default: AVERAGE_MONTH_DAYS,
    log: false,
    help: '30.42 days is the 730-hour month AWS quotes monthly prices for.',
  },
  {
    kind: 'number',
    key: 'minInstances',
    label: 'Minimum instances or tasks',
    unit: 'instances',
    min: 1,
    max: 100,
    step: 1,
    default: 2,
    log: false,
    integer: true,
    help: 'Kept running for availability whatever the load.',
  },
  {
    kind: 'choice',
    key: 'architecture',
    label: 'CPU architecture',
    default: 'x86',
    choices: [
      { value: 'x86', label: 'x86' },
      { value: 'arm', label: 'Arm (Graviton)' },
    ],
    help: 'Arm is cheaper per hour on Lambda, Fargate and EC2.',
  },
  {
    kind: 'choice',
    key: 'purchaseOption',
    label: 'Purchase option',
    default: 'on-demand',
    choices: [
      { value: 'on-demand', label: 'On-demand' },
      { value: 'spot', label: 'Spot' },
      { value: 'savings-plan', label: 'Savings Plan' },
    ],
    help: 'Discounts apply to compute only, each capped at what the service offers.',
  },
  {
    kind: 'number',
    key: 'spotDiscountPct',
    label: 'Spot discount',
    unit: '%',
    min: 0,
    max: 90,
    step: 1,
    default: 70,
    log: false,
    help: 'Spot prices float; EC2 goes up to 90% off, Fargate Spot up to 70%.',
  },
  {
    kind: 'number',
    key: 'savingsPlanDiscountPct',
    label: 'Savings Plan discount',
    unit: '%',
    min: 0,
    max: 72,
    step: 1,
    default: 30,
    log: false,
    help: 'Capped at 17% for Lambda, 50% for Fargate, 72% for EC2.',
  },
  {
    kind: 'choice',
    key: 'apiFront',
    label: 'API in front of Lambda',
    default: 'http',
    choices: [
      { value: 'none', label: 'None' },
      { value: 'rest', label: 'API Gateway REST API' },
      { value: 'http', label: 'API Gateway HTTP API' },
    ],
    help: 'How requests reach Lambda. Servers and containers use the load balancer below.',
  },
  {
    kind: 'toggle',
    key: 'loadBalancer',
    label: 'Load balancer for servers and containers',
    default: true,
    help: 'An Application Load Balancer (a Lightsail load balancer for Lightsail).',
  },
  {
    kind: 'choice',
    key: 'batchCompute',
    label: 'AWS Batch runs jobs on',
    default: 'ec2',
    choices: [
      { value: 'ec2', label: 'EC2' },
      { value: 'fargate', label: 'Fargate' },
    ],
    help: 'With the Spot purchase option these become EC2 Spot or Fargate Spot.',
  },
  {
    kind: 'number',
    key: 'dataTransferOutGB',
    label: 'Data transfer out to the internet',
    unit: 'GB/month',
    min: 0,
    max: 500_000,
    step: 1,
    default: 10,
    log: false,
    help: 'The first 100 GB a month are free across AWS.',
  },
  {
    kind: 'number',
    key: 'imageSizeGB',
    label: 'Container image size (ECR)',
    unit: 'GB',
    min: 0,
    max: 50,
    step: 0.1,
    default: 0.5,
    log: false,
    help: 'Stored in ECR by the container options.',
  },
  {
    kind: 'number',
    key: 'ebsGBPerInstance',
    label: 'EBS volume per instance',
    unit: 'GB',
    min: 0,
    max: 16_384,
    step: 1,
    default: 20,
    log: false,
    help: 'gp3 storage attached to every EC2 instance.',
  },
  {
    kind: 'number',
    key: 'ephemeralStorageGB',
    label: 'Scratch storage per invocation or task',
    unit: 'GB',
    min: 0.5,
    max: 200,
    step: 0.5,
    default: 0.5,
    log: false,
    help: 'Lambda includes 0.5 GB and stops at 10 GB; Fargate includes 20 GB and stops at 200 GB.',
  },
  {
    kind: 'toggle',
    key: 'freeTier',
    label: 'Free tier',
    default: true,
    help: 'Lambda, API Gateway, ECR and data-transfer free allowances.',
  },
] as const satisfies readonly WorkloadField[];

export type NumericWorkloadKey = Extract<(typeof WORKLOAD_FIELDS)[number], { kind: 'number' }>['key'];

export function numberField(key: NumericWorkloadKey): NumberField {
  const field = WORKLOAD_FIELDS.find((f) => f.key === key);
  if (field?.kind !== 'number') throw new Error(`No numeric workload field ${key}`);
  return field;
}

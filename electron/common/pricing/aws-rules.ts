/** Limits, free allowances and discount ceilings: AWS facts that are not unit prices. */

export const LAMBDA_LIMITS = {
  maxDurationMs: 900_000,
  minMemoryMB: 128,
  maxMemoryMB: 10_240,
  maxEphemeralGB: 10,
  includedEphemeralGB: 0.5,
  /** Synchronous invocations carry at most 6 MB each way. */
  maxPayloadKB: 6 * 1024,
  /** Lambda allocates CPU with memory and stops at 6 vCPUs (at 10,240 MB). */
  maxVcpu: 6,
} as const;

export const FARGATE_LIMITS = {
  maxVcpu: 16,
  maxMemoryGB: 120,
  maxEphemeralGB: 200,
  includedEphemeralGB: 20,
  minimumBilledSeconds: 60,
  /** EKS adds this to every Fargate pod for the kubelet and kube-proxy. */
  eksPodOverheadMB: 256,
} as const;

/** Monthly free allowances, applied when the workload's free tier is on. */
export const FREE_TIER = {
  /** Always free. */
  lambdaRequests: 1_000_000,
  /** Always free, shared by x86 and Arm. */
  lambdaGBSeconds: 400_000,
  /** First 12 months, accounts opened before 15 July 2025. */
  apiGatewayRequests: 1_000_000,
  /** First 12 months. */
  ecrStorageGB: 0.5,
  /** Always free, across services. */
  transferOutGB: 100,
} as const;

/** The most each service's Spot or Savings Plan price can be below on-demand. */
export const DISCOUNT_CEILINGS_PCT = {
  spot: { ec2: 90, fargate: 70, lambda: 0 },
  savingsPlan: { ec2: 72, fargate: 50, lambda: 17 },
} as const;

export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_HOUR = 3600;

/** The tier boundaries AWS publishes, in each price's own unit. */
export const TIER_LIMITS = {
  lambdaX86GBSeconds: [6e9, 15e9],
  lambdaArmGBSeconds: [7.5e9, 18.75e9],
  restApiRequests: [333e6, 1e9, 20e9],
  httpApiRequests: [300e6],
  /** 10 TB, 50 TB and 150 TB in the 1024-GB terabytes of the price list. */
  transferOutGB: [10_240, 51_200, 153_600],
} as const;

/** HTTP APIs meter each started 512 KB of a request as one request. */
export const HTTP_API_METERING_KB = 512;

/** One ALB LCU covers 25 new connections a second or 1 GB processed an hour. */
export const ALB_LCU = { newConnectionsPerSecond: 25, processedGBPerHour: 1 } as const;

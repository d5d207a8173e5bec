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
  /** ECS tasks configure 21–200 GiB. */
  maxEphemeralGB: 200,
  /**
   * EKS pods get 20 GiB by default, raisable to 175 GiB, and AWS provisions
   * more than requested for system use (100 GiB requested → 115 GiB).
   * https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html
   */
  eksMaxEphemeralGB: 175,
  includedEphemeralGB: 20,
  minimumBilledSeconds: 60,
  /** EKS adds this to every Fargate pod for the kubelet and kube-proxy. */
  eksPodOverheadMB: 256,
} as const;

/**
 * Where each compute option's facts are documented; line items and reasons cite these.
 * - Fargate Spot runs Linux/ARM64 tasks on platform 1.4.0 or later (ECS API reference, CapacityProviderStrategyItem).
 * - "Amazon EKS doesn't support Fargate Spot", and EKS pods on Fargate cannot run on Arm (EKS user guide, AWS Fargate).
 */
export const FACT_SOURCES = {
  fargateSpotArm: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html',
  eksFargate: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate.html',
  eksFargateStorage: 'https://docs.aws.amazon.com/eks/latest/userguide/fargate-pod-configuration.html',
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  lambdaScaling: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
  apiGatewayQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  httpApiQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
  lightsailTransfer:
    'https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-faq-data-transfer-allowance.html',
  lightsailFaq: 'https://aws.amazon.com/lightsail/faq/',
  savingsPlans: 'https://aws.amazon.com/savingsplans/compute-pricing/',
  spot: 'https://aws.amazon.com/ec2/spot/pricing/',
  fargateSpot: 'https://aws.amazon.com/fargate/pricing/',
} as const;

/** Defaults that make an option warn, not fail: each can be raised by asking AWS (except where noted). */
export const SERVICE_QUOTAS = {
  /** Concurrent executions per account per Region, shared by every function. */
  lambdaConcurrentExecutions: 1000,
  /** Each function adds at most this many execution environments… */
  lambdaScalingStep: 1000,
  /** …every this many seconds. */
  lambdaScalingSeconds: 10,
  /** Requests a second per account per Region across REST, HTTP and WebSocket APIs. */
  apiGatewayRequestsPerSecond: 10_000,
  /** REST (and WebSocket) APIs: raisable for Regional and private REST APIs, at the cost of throttle quota. */
  restIntegrationTimeoutS: 29,
  /** HTTP APIs: cannot be raised. */
  httpIntegrationTimeoutS: 30,
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

/**
 * The most each plan takes off on-demand compute, per service, as AWS
 * publishes it ("up to 72%"): ceilings, not rates. 0 means the plan does not
 * cover that service. Spot prices float by pool; Savings Plans and RIs vary by
 * family, term and payment, and AWS publishes only these ceilings for them.
 */
export const DISCOUNT_CEILINGS_PCT = {
  'on-demand': { ec2: 0, fargate: 0, lambda: 0 },
  spot: { ec2: 90, fargate: 70, lambda: 0 },
  'compute-savings-plan': { ec2: 66, fargate: 50, lambda: 17 },
  'ec2-instance-savings-plan': { ec2: 72, fargate: 0, lambda: 0 },
  'reserved-instance': { ec2: 72, fargate: 0, lambda: 0 },
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

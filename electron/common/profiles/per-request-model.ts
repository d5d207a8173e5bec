/**
 * Profile format 1 → 2: the workload moves to the per-request model.
 *
 * - Fleets were sized at a fixed `requestsPerSecondPerVcpu` (r) that ignored
 *   duration (d). Now each request in flight uses a CPU share of a vCPU, so
 *   peak vCPU = peak rate × d × share. Keeping the old vCPU at the file's own
 *   duration gives share = 1 / (r × d), i.e. `cpuSharePct = 100,000 / (r × d
 *   in ms)`, clamped to the field's 1–100 % and rounded to 0.01 %.
 * - One global `purchaseOption` becomes a choice per option: Spot for every
 *   option AWS sells Spot for, a Savings Plan for every option the old engine
 *   discounted (EC2-based fleets as an EC2 Instance Savings Plan, which had
 *   the same 72 % ceiling; Fargate and Lambda as a Compute Savings Plan),
 *   each at the file's discount.
 * - A fixed `dataTransferOutGB` becomes KB per response at the file's request
 *   volume (the same GB there, and it now grows with requests), or stays a
 *   fixed amount when that would exceed the per-response field's range.
 *
 * Old keys are converted only when present: a file that never had them takes
 * the new defaults. Anything else is kept for the schema to judge.
 */
import type { ComputeOptionId } from '../compute-options';

type Raw = Record<string, unknown>;

const OLD_DEFAULTS = {
  requestsPerMonth: 10_000_000,
  durationMs: 120,
  spotDiscountPct: 70,
  savingsPlanDiscountPct: 30,
} as const;

/** The per-response field's largest typed value, in KB. */
const RESPONSE_KB_MAX = 1_048_576;
const KB_PER_GB = 1024 * 1024;

const SPOT_OPTIONS: readonly ComputeOptionId[] = ['ec2', 'ecs-ec2', 'fargate', 'eks-ec2', 'batch'];
const EC2_OPTIONS: readonly ComputeOptionId[] = ['ec2', 'ecs-ec2', 'eks-ec2', 'batch'];
const COMPUTE_PLAN_OPTIONS: readonly ComputeOptionId[] = ['lambda', 'fargate', 'eks-fargate'];

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The CPU share that gives the old vCPU at the file's own duration. */
export function cpuShareFromThroughput(requestsPerSecondPerVcpu: number, durationMs: number): number {
  const share = 100_000 / (requestsPerSecondPerVcpu * durationMs);
  return Math.min(100, Math.max(1, Math.round(share * 100) / 100));
}

function purchasesFrom(plan: unknown, discount: unknown, fallback: number): Raw | undefined {
  const discountPct = numberOr(discount, fallback);
  if (plan === 'spot') {
    return Object.fromEntries(SPOT_OPTIONS.map((id) => [id, { plan: 'spot', discountPct }]));
  }
  if (plan === 'savings-plan') {
    const purchases: Raw = {};
    for (const id of EC2_OPTIONS) purchases[id] = { plan: 'ec2-instance-savings-plan', discountPct };
    for (const id of COMPUTE_PLAN_OPTIONS) purchases[id] = { plan: 'compute-savings-plan', discountPct };
    return purchases;
  }
  return undefined;
}

function transferFrom(gb: number, requests: number): Raw {
  if (gb <= 0) return { responseKB: 0, otherTransferOutGB: 0 };
  const perResponse = requests > 0 ? (gb * KB_PER_GB) / requests : Infinity;
  if (perResponse <= RESPONSE_KB_MAX) return { responseKB: perResponse, otherTransferOutGB: 0 };
  return { responseKB: 0, otherTransferOutGB: gb };
}

/** The workload part of the step; exported for the CLI's and the tests' use. */
export function workloadToPerRequestModel(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const {
    requestsPerSecondPerVcpu,
    purchaseOption,
    spotDiscountPct,
    savingsPlanDiscountPct,
    dataTransferOutGB,
    ...rest
  } = old;
  const next: Raw = { ...rest };
  // A value of the wrong type stays, under its old name, for the schema to name.
  for (const [key, value] of Object.entries({ spotDiscountPct, savingsPlanDiscountPct })) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) next[key] = value;
  }
  const durationMs = numberOr(old.durationMs, OLD_DEFAULTS.durationMs);
  if (typeof requestsPerSecondPerVcpu === 'number' && requestsPerSecondPerVcpu > 0 && !('cpuSharePct' in old)) {
    next.cpuSharePct = cpuShareFromThroughput(requestsPerSecondPerVcpu, durationMs);
  } else if (requestsPerSecondPerVcpu !== undefined && !('cpuSharePct' in old)) {
    next.requestsPerSecondPerVcpu = requestsPerSecondPerVcpu; // not a number: the schema names it
  }
  if (purchaseOption !== undefined && !('purchases' in old)) {
    const purchases =
      purchaseOption === 'spot'
        ? purchasesFrom(purchaseOption, spotDiscountPct, OLD_DEFAULTS.spotDiscountPct)
        : purchasesFrom(purchaseOption, savingsPlanDiscountPct, OLD_DEFAULTS.savingsPlanDiscountPct);
    if (purchases) next.purchases = purchases;
    else if (purchaseOption !== 'on-demand') next.purchaseOption = purchaseOption;
  }
  if (typeof dataTransferOutGB === 'number' && !('responseKB' in old) && !('otherTransferOutGB' in old)) {
    Object.assign(next, transferFrom(dataTransferOutGB, numberOr(old.requestsPerMonth, OLD_DEFAULTS.requestsPerMonth)));
  } else if (dataTransferOutGB !== undefined) {
    next.dataTransferOutGB = dataTransferOutGB;
  }
  return next;
}

/** Profile step 1 → 2: only the workload changes. */
export function moveWorkloadToPerRequestModel(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return { ...old, schemaVersion: 2, workload: workloadToPerRequestModel(old.workload) };
}

import { SERVICE_QUOTAS } from '../aws-rules';
import { formatNumber as n } from '../format';
import { inFlightAtPeak, lambdaPeakConcurrency, peakRequestsPerSecond } from '../load';
import type { Workload } from '../workload-schema';

/**
 * Limits that leave an option priced but warn: default quotas a support case
 * can raise, and timeouts a design change can avoid. Each sentence says what
 * the workload needs, what the limit is, and what to do.
 */

/** True when Lambda's peak concurrency is above the default Regional quota. */
export function exceedsLambdaQuota(w: Workload): boolean {
  return lambdaPeakConcurrency(w) > SERVICE_QUOTAS.lambdaConcurrentExecutions;
}

export function lambdaWarnings(w: Workload): string[] {
  const warnings: string[] = [];
  const peak = lambdaPeakConcurrency(w);
  const quota = SERVICE_QUOTAS.lambdaConcurrentExecutions;
  if (exceedsLambdaQuota(w)) {
    warnings.push(
      `Needs ~${n(peak)} concurrent executions at the peak; the default quota is ${n(quota)} per Region, shared by every function — request an increase.`,
    );
  }
  const average = inFlightAtPeak(w) / w.peakToAverage;
  const burst = peak - Math.max(average, w.provisionedConcurrency);
  if (burst > SERVICE_QUOTAS.lambdaScalingStep) {
    const seconds = Math.ceil(burst / SERVICE_QUOTAS.lambdaScalingStep) * SERVICE_QUOTAS.lambdaScalingSeconds;
    warnings.push(
      `Bursts from ~${n(Math.max(average, w.provisionedConcurrency), 0)} to ~${n(peak)} concurrent executions; a function adds at most ${n(SERVICE_QUOTAS.lambdaScalingStep)} every ${SERVICE_QUOTAS.lambdaScalingSeconds} s, so a sudden burst is throttled for about ${seconds} s — keep environments warm or ramp up.`,
    );
  }
  if (w.provisionedConcurrency > quota) {
    warnings.push(
      `Keeps ${n(w.provisionedConcurrency)} environments warm; provisioned concurrency counts against the default quota of ${n(quota)} per Region — request an increase.`,
    );
  }
  return warnings;
}

export function apiGatewayWarnings(w: Workload): string[] {
  if (w.kind === 'batch' || w.apiFront === 'none') return [];
  const warnings: string[] = [];
  const peak = peakRequestsPerSecond(w);
  if (peak > SERVICE_QUOTAS.apiGatewayRequestsPerSecond) {
    warnings.push(
      `Peaks at ~${n(peak, 0)} requests/s; API Gateway's default throttle is ${n(SERVICE_QUOTAS.apiGatewayRequestsPerSecond)} requests/s per account and Region — request an increase.`,
    );
  }
  const seconds = w.durationMs / 1000;
  if (w.apiFront === 'http' && seconds > SERVICE_QUOTAS.httpIntegrationTimeoutS) {
    warnings.push(
      `Each request takes ${n(seconds, 3)} s; an HTTP API stops waiting after ${SERVICE_QUOTAS.httpIntegrationTimeoutS} s and this cannot be raised — callers would get a timeout. Respond early and finish asynchronously, or use a REST API.`,
    );
  }
  if (w.apiFront === 'rest' && seconds > SERVICE_QUOTAS.restIntegrationTimeoutS) {
    warnings.push(
      `Each request takes ${n(seconds, 3)} s; a REST API stops waiting after ${SERVICE_QUOTAS.restIntegrationTimeoutS} s by default — Regional and private REST APIs can raise it, at the cost of throttle quota.`,
    );
  }
  return warnings;
}

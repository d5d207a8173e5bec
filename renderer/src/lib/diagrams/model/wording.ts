import { formatNumber } from '../../../../../electron/common/pricing/format';
import type { Deployment } from '../../../../../electron/common/pricing';

/** "Arm (Graviton)" or "x86", as the workload panel says it. */
export function architectureWords(deployment: Pick<Deployment, 'architecture'>): string {
  return deployment.architecture === 'arm' ? 'Arm' : 'x86';
}

/** "On-Demand", "Spot", or the commitment in the engine's words ("Compute Savings Plan, 3 years, …"). */
export function purchaseWords(deployment: Pick<Deployment, 'purchase' | 'purchaseLabel'>): string {
  if (deployment.purchase === 'on-demand') return 'On-Demand';
  if (deployment.purchase === 'spot') return 'Spot';
  return deployment.purchaseLabel ?? deployment.purchase;
}

/** "0.25 vCPU / 0.5 GB" */
export function sizeWords(vcpu: number, memoryGB: number): string {
  return `${formatNumber(vcpu)} vCPU / ${formatNumber(memoryGB)} GB`;
}

/**
 * About how many characters of a node's line fit in Mermaid's wrapping width
 * (200 px at the diagram font): "up to 2 concurrent executions" fits,
 * "1 ECS task · 0.25 vCPU / 0.5 GB" does not.
 */
export const LINE_FITS_CHARS = 28;

/**
 * Phrases joined with " · " while they fit on one line, otherwise each phrase
 * starts a line: Mermaid then has no reason to wrap inside one ("0.5" / "GB").
 */
export function phraseLines(...phrases: string[]): string[] {
  const lines: string[] = [];
  for (const phrase of phrases) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + phrase.length <= LINE_FITS_CHARS)
      lines[lines.length - 1] = `${last} · ${phrase}`;
    else lines.push(phrase);
  }
  return lines;
}

/** "4 × t4g.small", or "t4g.small" alone for one. */
export function countOf(count: number, what: string): string {
  return count === 1 ? what : `${formatNumber(count)} × ${what}`;
}

/** "1 task", "3 tasks" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * How a fleet sits in its zones: Auto Scaling and ECS/EKS spread it evenly,
 * the first zone taking the odd one. The parts always add up to the whole.
 */
export function splitOverZones(count: number, zones: 1 | 2): number[] {
  if (zones === 1) return [count];
  const first = Math.ceil(count / 2);
  return [first, count - first];
}

/**
 * Copies spread over the zones' instances: evenly where they fit, the
 * remainder on the zone with room, never more in a zone than its instances hold.
 */
export function copiesOverZones(copies: number, instancesPerZone: readonly number[], perInstance: number): number[] {
  if (instancesPerZone.length === 1) return [copies];
  const [first = 0, second = 0] = instancesPerZone.map((instances) => instances * perInstance);
  const a = Math.min(first, Math.max(Math.ceil(copies / 2), copies - second));
  return [a, copies - a];
}

export const ZONE_LETTERS = ['A', 'B'] as const;

export function zoneLetter(index: number): string {
  return ZONE_LETTERS[index] ?? String(index + 1);
}

import type { Workload } from '../../../../electron/common/pricing';

/**
 * What the sweep depends on: everything but the volume (moving the volume
 * only moves the "your workload" marker, so the app asks for no new sweep;
 * see pricing.svelte.ts). A report opened for another workload with the same
 * key keeps the sweep already shown; one with another key waits for a new one.
 */
export function sweepKey(workload: Workload): string {
  return JSON.stringify({ ...workload, requestsPerMonth: 0 });
}

export interface ReadinessInput {
  profileOpened: boolean;
  priced: boolean;
  /** The shown costs are for the workload the report is about (not a request still in flight). */
  costsCurrent: boolean;
  sweepCurrent: boolean;
  versionKnown: boolean;
  /** Per option with a diagram: the source wanted, and the source last drawn. */
  diagrams: { wanted: string | null; drawn: string | undefined }[];
}

/** Ready to print: every figure is for this workload and every diagram on the page is that workload's. */
export function reportReady(input: ReadinessInput): boolean {
  return (
    input.profileOpened &&
    input.priced &&
    input.costsCurrent &&
    input.sweepCurrent &&
    input.versionKnown &&
    input.diagrams.every((d) => d.wanted !== null && d.drawn === d.wanted)
  );
}

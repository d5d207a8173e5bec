import { compareCosts, type CostComparisonRow } from '../../../../electron/common/estimate/compare-costs';
import type { PricedWorkload } from '../../../../electron/common/estimate/estimate-tables';
import { api } from '../api';
import { differingInputs, type InputDifference } from './compare-profiles';
import type { Profile } from './profiles.svelte';

/** Two or three saved profiles priced together: what the comparison page, its chart and its exports show. */
export interface Comparison {
  profiles: Profile[];
  /** Each profile with the engine's answer for it, in the order of the route (the first is the base). */
  priced: PricedWorkload[];
  inputs: InputDifference[];
  costs: CostComparisonRow[];
}

/** Reads the profiles from disk and prices them in one engine call, so every figure comes from one answer. */
export async function loadComparison(ids: readonly string[]): Promise<Comparison> {
  const profiles = (await Promise.all(ids.map((id) => api.getProfile({ id })))).map((reply) => reply.profile);
  const { results } = await api.evaluateProfiles({ workloads: profiles.map((p) => p.workload) });
  const priced = profiles.map((profile, i) => ({
    name: profile.name,
    workload: profile.workload,
    result: results[i]!,
    notes: profile.notes,
  }));
  return {
    profiles,
    priced,
    inputs: differingInputs(profiles.map((p) => p.workload)),
    costs: compareCosts(results),
  };
}

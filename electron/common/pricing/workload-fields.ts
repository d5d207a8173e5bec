/**
 * What the UI renders one control per: ranges, steps and defaults of every
 * workload input. The schema enforces the same ranges, so a slider can never
 * produce a workload the engine rejects.
 */
import type { NumberField } from './workload-field-types';
import { DEMAND_FIELDS } from './workload-fields-demand';
import { DEPLOYMENT_FIELDS } from './workload-fields-deployment';

export * from './workload-field-types';

export const WORKLOAD_FIELDS = [...DEMAND_FIELDS, ...DEPLOYMENT_FIELDS] as const;

export type NumericWorkloadKey = Extract<(typeof WORKLOAD_FIELDS)[number], { kind: 'number' }>['key'];

export function numberField(key: NumericWorkloadKey): NumberField {
  const field = WORKLOAD_FIELDS.find((f) => f.key === key);
  if (field?.kind !== 'number') throw new Error(`No numeric workload field ${key}`);
  return field;
}

export { buildComparison, PRESET_COMPARISONS } from './comparisons';
export type { Comparison, ComparisonRow, PresetComparison } from './comparisons';
export { nextServiceId, previousServiceId, searchServices } from './navigation';
export { OPTIONS, optionById } from './options';
export { isServiceId, serviceById, SERVICES } from './services';
export { COMPARE_ROWS } from './types';
export type {
  CompareRowKey,
  ComputeOption,
  ComputeOptionId,
  Service,
  ServiceCategory,
  ServiceId,
  ServiceLimit,
} from './types';

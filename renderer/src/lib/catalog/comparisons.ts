import { isServiceId, serviceById } from './services';
import { COMPARE_ROWS, type CompareRowKey, type Service, type ServiceId } from './types';

export interface PresetComparison {
  id: string;
  title: string;
  serviceIds: ServiceId[];
}

export const PRESET_COMPARISONS: readonly PresetComparison[] = [
  { id: 'ec2-vs-lambda', title: 'EC2 vs Lambda', serviceIds: ['ec2', 'lambda'] },
  { id: 'batch-vs-lambda', title: 'Batch vs Lambda', serviceIds: ['batch', 'lambda'] },
  { id: 'containers', title: 'ECS vs Fargate vs EKS', serviceIds: ['ecs', 'fargate', 'eks'] },
];

export interface ComparisonRow {
  key: CompareRowKey;
  label: string;
  /** One cell per column, in column order. */
  cells: string[];
}

export interface Comparison {
  columns: Service[];
  rows: ComparisonRow[];
}

// More than three columns no longer fit side by side on a laptop screen.
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 3;

/** A side-by-side table of 2 or 3 distinct services; throws on anything else. */
export function buildComparison(serviceIds: readonly ServiceId[]): Comparison {
  if (serviceIds.length < MIN_COLUMNS || serviceIds.length > MAX_COLUMNS) {
    throw new Error(`A comparison needs ${MIN_COLUMNS} or ${MAX_COLUMNS} services, got ${serviceIds.length}.`);
  }
  // Ids can come from a URL, so the type alone does not guarantee them.
  const unknown = serviceIds.filter((id) => !isServiceId(id));
  if (unknown.length > 0) {
    throw new Error(`Unknown service id(s) in comparison: ${unknown.join(', ')}.`);
  }
  const duplicates = serviceIds.filter((id, index) => serviceIds.indexOf(id) !== index);
  if (duplicates.length > 0) {
    throw new Error(`A comparison needs distinct services; repeated: ${[...new Set(duplicates)].join(', ')}.`);
  }
  const columns = serviceIds.map(serviceById);
  const rows = COMPARE_ROWS.map(({ key, label }) => ({
    key,
    label,
    cells: columns.map((service) => service.compare[key]),
  }));
  return { columns, rows };
}

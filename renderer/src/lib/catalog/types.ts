import type { ComputeOptionId, ServiceId } from '../../../../electron/common/compute-options';

export type { ComputeOptionId, ServiceId };

export type ServiceCategory = 'servers' | 'containers' | 'serverless' | 'supporting';

export interface CompareRowDefinition {
  readonly key: string;
  readonly label: string;
}

/** Rows of the side-by-side comparison, in display order. */
export const COMPARE_ROWS = [
  { key: 'whatItIs', label: 'What it is' },
  { key: 'unitOfDeployment', label: 'Unit of deployment' },
  { key: 'youManage', label: 'You manage' },
  { key: 'awsManages', label: 'AWS manages' },
  { key: 'scaling', label: 'Scaling' },
  { key: 'timeLimit', label: 'Time limit' },
  { key: 'computeLimits', label: 'CPU and memory' },
  { key: 'runtimes', label: 'Runtimes' },
  { key: 'storage', label: 'Storage' },
  { key: 'pricingModel', label: 'Pricing model' },
  { key: 'freeTier', label: 'Free tier' },
  { key: 'bestFor', label: 'Best for' },
  { key: 'notFor', label: 'Not a good fit for' },
] as const satisfies readonly CompareRowDefinition[];

// Derived from the rows so that a new row cannot be added without a label.
export type CompareRowKey = (typeof COMPARE_ROWS)[number]['key'];

export interface ServiceLimit {
  label: string;
  value: string;
}

export interface Service {
  id: ServiceId;
  /** Full AWS name, e.g. "Amazon Elastic Container Service". */
  name: string;
  /** Name used in navigation and tables, e.g. "ECS". */
  shortName: string;
  category: ServiceCategory;
  tagline: string;
  /** Two or three short paragraphs. */
  whatItIs: string[];
  youManage: string[];
  awsManages: string[];
  scaling: string[];
  limits: ServiceLimit[];
  pricingModel: string[];
  useCases: string[];
  /** Options (diagram + pricing) this service's page shows. */
  optionIds: ComputeOptionId[];
  /** For services without options of their own: the options whose diagrams include them. */
  seeAlsoOptionIds?: ComputeOptionId[];
  compare: Record<CompareRowKey, string>;
}

export interface ComputeOption {
  id: ComputeOptionId;
  /** E.g. "ECS on EC2". */
  label: string;
  /** The service whose page owns this option. */
  serviceId: ServiceId;
  /** Three short facts for a presentation slide. (Its diagram is generated from the estimate.) */
  keyFacts: [string, string, string];
}

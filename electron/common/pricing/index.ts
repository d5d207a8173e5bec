/** The pricing engine's public API: pure functions shared by the worker, the CLI and tests. */
export {
  BUNDLED_PRICE_BOOK,
  BUNDLED_REGION,
  PRICE_IDS,
  summarizePriceBook,
  type PriceBook,
  type PriceBookSummary,
  type PriceId,
} from './price-book';
export {
  DEFAULT_WORKLOAD,
  parseWorkload,
  workloadSchema,
  type ParseWorkloadResult,
  type Workload,
  type WorkloadInput,
} from './workload-schema';
export {
  WORKLOAD_FIELDS,
  type ChoiceField,
  type NumberField,
  type ToggleField,
  type WorkloadField,
} from './workload-fields';
export { fieldValueText, unitFor } from './workload-field-words';
export { evaluate } from './evaluate';
export {
  DEFAULT_SWEEP,
  findBreakEvens,
  sweepRequests,
  type BreakEvens,
  type Crossover,
  type Sweep,
  type SweepSeries,
  type SweepSpec,
} from './break-even';
export { formatCount, formatNumber, formatUnitPriceUSD, formatUSD } from './format';
export type { EvaluateOptions, LineItem, LineSource, OptionResult, PriceListSource, PricingResult } from './types';
export type { Deployment, DeploymentCompute, DeploymentEntry } from './deployment';
export type { DeploymentLoad } from './deployment';
export type { PairBreakEven } from './break-even-pairs';
export type { Sizing } from './sizing';
export { costDrivers, explainCheapest, rankFeasible, type CostDriver } from './why';
export {
  ON_DEMAND,
  PLAN_LABELS,
  PLANS_FOR_OPTION,
  PURCHASE_PLANS,
  SUGGESTED_DISCOUNT_PCT,
  UPFRONT_LABELS,
  UPFRONT_PAYMENTS,
  allOnDemand,
  type PurchaseChoice,
  type PurchasePlan,
  type Purchases,
  type UpfrontPayment,
} from './purchases';
export { DISCOUNT_CEILINGS_PCT } from './aws-rules';
export { purchaseLabel } from './discounts';
export { choiceWords, describePurchases, OPTION_SHORT_NAMES } from './purchase-summary';

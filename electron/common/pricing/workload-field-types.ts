/** The shapes of the workload's inputs and the choices its selects offer. */

export const WORKLOAD_KINDS = ['service', 'batch'] as const;
export const ARCHITECTURES = ['x86', 'arm'] as const;
export const API_FRONTS = ['none', 'rest', 'http'] as const;
export const BATCH_COMPUTE = ['ec2', 'fargate'] as const;

export interface NumberField {
  kind: 'number';
  key: string;
  label: string;
  unit: string;
  /** The unit for exactly 1 where it differs: "1 instance", not "1 instances". */
  unitOne?: string;
  /** The slider's start. */
  min: number;
  /** Typed-in values may go this low, e.g. a handful of batch jobs. */
  typedMin?: number;
  /** The slider's end. */
  max: number;
  /** Typed-in values may go this far, e.g. to show Lambda as infeasible. */
  typedMax?: number;
  step: number;
  default: number;
  log: boolean;
  integer?: boolean;
  /**
   * The value may be left empty (null): the engine derives it. `default` is
   * then only where the slider starts; the workload's default is null.
   */
  optional?: boolean;
  help: string;
}

export interface ChoiceField {
  kind: 'choice';
  key: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  default: string;
  help: string;
}

export interface ToggleField {
  kind: 'toggle';
  key: string;
  label: string;
  default: boolean;
  help: string;
}

export type WorkloadField = NumberField | ChoiceField | ToggleField;

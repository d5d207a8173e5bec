import { COMPUTE_OPTION_IDS } from '../../../../electron/common/compute-options';
import { BATCH_OPTION } from './options-batch';
import { ECS_EC2_OPTION, EKS_EC2_OPTION, EKS_FARGATE_OPTION, FARGATE_OPTION } from './options-containers';
import { LAMBDA_OPTION } from './options-serverless';
import { EC2_OPTION, LIGHTSAIL_OPTION } from './options-servers';
import type { ComputeOption, ComputeOptionId } from './types';

// `satisfies` makes a missing or misspelt option a type error.
const OPTIONS_BY_ID = {
  lambda: LAMBDA_OPTION,
  ec2: EC2_OPTION,
  'ecs-ec2': ECS_EC2_OPTION,
  fargate: FARGATE_OPTION,
  'eks-ec2': EKS_EC2_OPTION,
  'eks-fargate': EKS_FARGATE_OPTION,
  batch: BATCH_OPTION,
  lightsail: LIGHTSAIL_OPTION,
} satisfies Record<ComputeOptionId, ComputeOption>;

/** Every compute option, in the order of the shared COMPUTE_OPTION_IDS list. */
export const OPTIONS: readonly ComputeOption[] = COMPUTE_OPTION_IDS.map((id) => OPTIONS_BY_ID[id]);

export function optionById(id: ComputeOptionId): ComputeOption {
  return OPTIONS_BY_ID[id];
}

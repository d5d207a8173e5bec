/**
 * The compute options the app diagrams and prices. One list, shared by the
 * catalog (renderer), the pricing engine (worker) and the CLI.
 */
export const COMPUTE_OPTION_IDS = [
  'lambda',
  'ec2',
  'ecs-ec2',
  'fargate',
  'eks-ec2',
  'eks-fargate',
  'batch',
  'lightsail',
] as const;

export type ComputeOptionId = (typeof COMPUTE_OPTION_IDS)[number];

export const SERVICE_IDS = [
  'ec2',
  'lambda',
  'ecs',
  'fargate',
  'eks',
  'ecr',
  'api-gateway',
  'batch',
  'lightsail',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

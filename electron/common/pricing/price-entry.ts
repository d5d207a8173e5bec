/** One unit price as the app ships it: what it buys, where it comes from, how sure we are. */
export interface PriceEntryData {
  label: string;
  /** What one unit is, e.g. "GB-second" or "1M requests"; `usd` is the price of one. */
  unit: string;
  usd: number;
  source: string;
  verified: boolean;
  note?: string;
}

/** The date of the AWS Price List snapshot the reference sheet was checked against. */
export const PRICES_AS_OF = '2025-10-01';

export const SOURCES = {
  lambda: 'https://aws.amazon.com/lambda/pricing/',
  fargate: 'https://aws.amazon.com/fargate/pricing/',
  ec2: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  ebs: 'https://aws.amazon.com/ebs/pricing/',
  eks: 'https://aws.amazon.com/eks/pricing/',
  ecr: 'https://aws.amazon.com/ecr/pricing/',
  ecs: 'https://aws.amazon.com/ecs/pricing/',
  batch: 'https://aws.amazon.com/batch/pricing/',
  apiGateway: 'https://aws.amazon.com/api-gateway/pricing/',
  lightsail: 'https://aws.amazon.com/lightsail/pricing/',
  elb: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
  burstable: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html#gp_cpu-credits',
  eksMaxPods: 'https://github.com/awslabs/amazon-eks-ami/blob/main/templates/shared/runtime/eni-max-pods.txt',
} as const;

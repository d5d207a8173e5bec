/** The AWS Price List offers the engine's prices come from, with the names users know them by. */
export const OFFER_NAMES = {
  AWSLambda: 'AWS Lambda',
  AmazonApiGateway: 'Amazon API Gateway',
  AmazonECS: 'Amazon ECS (Fargate)',
  AmazonEKS: 'Amazon EKS',
  AmazonECR: 'Amazon ECR',
  AmazonEC2: 'Amazon EC2 (instances and EBS)',
  AWSELB: 'Elastic Load Balancing',
  AWSDataTransfer: 'AWS data transfer',
  AmazonLightsail: 'Amazon Lightsail',
} as const;

export type OfferCode = keyof typeof OFFER_NAMES;

export const OFFER_CODES = Object.keys(OFFER_NAMES) as OfferCode[];

export function isOfferCode(code: string): code is OfferCode {
  return Object.hasOwn(OFFER_NAMES, code);
}

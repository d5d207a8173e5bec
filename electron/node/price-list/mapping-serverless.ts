import type { PriceId } from '../../common/pricing/price-book';
import type { PriceMapping } from './mapping';

// Attribute values below are the ones AWS's regional offer files and
// open-source readers of them use (infracost's product filters, published
// extracts of the us-east-1 files). What is not confirmed from a real file is
// said so beside the entry.

const lambda = (usageType: string, group: string, tierBegin = 0): PriceMapping => ({
  offer: 'AWSLambda',
  productFamily: 'Serverless',
  usageType,
  attributes: { group },
  tierBegin,
});

// API Gateway prices per request; the book per million. Tiers begin at request counts.
const restApi = (tierBegin: number): PriceMapping => ({
  offer: 'AmazonApiGateway',
  productFamily: 'API Calls',
  usageType: 'ApiGatewayRequest',
  tierBegin,
  unitsPerBookUnit: 1e6,
});
const httpApi = (tierBegin: number): PriceMapping => ({ ...restApi(tierBegin), usageType: 'ApiGatewayHttpRequest' });

// Fargate is billed in the ECS offer. Windows (`Fargate-Windows-…`) and Spot
// (`SpotUsage-Fargate-…`) have their own usage types, so they never match.
const fargate = (usageType: string): PriceMapping => ({ offer: 'AmazonECS', productFamily: 'Compute', usageType });

export const SERVERLESS_MAPPING = {
  // Priced per request; `Request-ARM` is a separate product at the same price, and
  // the free tier is a separate `Global-Request` product.
  'lambda.requests': { ...lambda('Request', 'AWS-Lambda-Requests'), unitsPerBookUnit: 1e6 },
  // Duration is one product with three tiers, in GB-seconds per month.
  'lambda.duration.x86.tier1': lambda('Lambda-GB-Second', 'AWS-Lambda-Duration'),
  'lambda.duration.x86.tier2': lambda('Lambda-GB-Second', 'AWS-Lambda-Duration', 6e9),
  'lambda.duration.x86.tier3': lambda('Lambda-GB-Second', 'AWS-Lambda-Duration', 15e9),
  'lambda.duration.arm.tier1': lambda('Lambda-GB-Second-ARM', 'AWS-Lambda-Duration-ARM'),
  'lambda.duration.arm.tier2': lambda('Lambda-GB-Second-ARM', 'AWS-Lambda-Duration-ARM', 7.5e9),
  'lambda.duration.arm.tier3': lambda('Lambda-GB-Second-ARM', 'AWS-Lambda-Duration-ARM', 18.75e9),
  // The x86 product; Arm's (`…-ARM`) has the same price in us-east-1.
  'lambda.ephemeral': lambda('Lambda-Storage-GB-Second', 'AWS-Lambda-Storage-Duration'),
  // Provisioned concurrency: the warm environments, and the reduced duration
  // rate for requests they serve. One flat price each, per GB-second.
  'lambda.provisioned.x86': lambda('Lambda-Provisioned-Concurrency', 'AWS-Lambda-Provisioned-Concurrency'),
  'lambda.provisioned.arm': lambda('Lambda-Provisioned-Concurrency-ARM', 'AWS-Lambda-Provisioned-Concurrency-ARM'),
  'lambda.provisioned-duration.x86': lambda('Lambda-Provisioned-GB-Second', 'AWS-Lambda-Duration-Provisioned'),
  'lambda.provisioned-duration.arm': lambda('Lambda-Provisioned-GB-Second-ARM', 'AWS-Lambda-Duration-Provisioned-ARM'),
  'apigw.rest.tier1': restApi(0),
  'apigw.rest.tier2': restApi(333e6),
  'apigw.rest.tier3': restApi(1e9),
  'apigw.rest.tier4': restApi(20e9),
  'apigw.http.tier1': httpApi(0),
  'apigw.http.tier2': httpApi(300e6),
  'fargate.vcpu.x86': fargate('Fargate-vCPU-Hours:perCPU'),
  'fargate.memory.x86': fargate('Fargate-GB-Hours'),
  'fargate.vcpu.arm': fargate('Fargate-ARM-vCPU-Hours:perCPU'),
  'fargate.memory.arm': fargate('Fargate-ARM-GB-Hours'),
  'fargate.ephemeral': fargate('Fargate-EphemeralStorage-GB-Hours'),
  // Standard support; extended support is another usage type.
  'eks.cluster': { offer: 'AmazonEKS', productFamily: 'Compute', usageType: 'AmazonEKS-Hours:perCluster' },
  // Private image storage (GB-Mo); the family keeps out other ECR storage products.
  'ecr.storage': { offer: 'AmazonECR', productFamily: 'EC2 Container Registry', usageType: 'TimedStorage-ByteHrs' },
} as const satisfies Partial<Record<PriceId, PriceMapping>>;

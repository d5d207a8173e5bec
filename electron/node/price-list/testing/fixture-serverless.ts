import type { FixturePrices } from './fixture-prices';
import {
  DECOY_REGION,
  dearer,
  flat,
  product,
  usageType,
  type FixtureDimension,
  type FixtureProduct,
} from './fixture-model';

type Tier = [begin: string, end: string, priceId: string, description: string];

const tiers = (prices: FixturePrices, unit: string, list: Tier[]): FixtureDimension[] =>
  list.map(([beginRange, endRange, id, description]) => ({
    beginRange,
    endRange,
    unit,
    price: prices[id]!,
    description,
  }));

export function lambdaProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const lambda = (key: string, group: string, base: string, onDemand: FixtureDimension[], at = region) =>
    product({
      region: at,
      offer: 'AWSLambda',
      key,
      productFamily: 'Serverless',
      attributes: { group, groupDescription: `${group} charges`, usagetype: usageType(at, base, true) },
      onDemand,
    });
  const x86 = tiers(prices, 'Lambda-GB-Second', [
    ['0', '6000000000', 'lambda.duration.x86.tier1', 'AWS Lambda - Total Compute - Tier-1'],
    ['6000000000', '15000000000', 'lambda.duration.x86.tier2', 'AWS Lambda - Total Compute - Tier-2'],
    ['15000000000', 'Inf', 'lambda.duration.x86.tier3', 'AWS Lambda - Total Compute - Tier-3'],
  ]);
  const arm = tiers(prices, 'Lambda-GB-Second', [
    ['0', '7500000000', 'lambda.duration.arm.tier1', 'AWS Lambda - Total Compute (ARM) - Tier-1'],
    ['7500000000', '18750000000', 'lambda.duration.arm.tier2', 'AWS Lambda - Total Compute (ARM) - Tier-2'],
    ['18750000000', 'Inf', 'lambda.duration.arm.tier3', 'AWS Lambda - Total Compute (ARM) - Tier-3'],
  ]);
  const requests = prices['lambda.requests']!;
  const provisioned = prices['lambda.provisioned.x86']!;
  return [
    lambda('requests', 'AWS-Lambda-Requests', 'Request', flat(requests, 'Requests', 'AWS Lambda - Total Requests')),
    lambda('requests-arm', 'AWS-Lambda-Requests-ARM', 'Request-ARM', flat(requests, 'Requests', 'Requests (ARM)')),
    lambda('duration', 'AWS-Lambda-Duration', 'Lambda-GB-Second', x86),
    lambda('duration-arm', 'AWS-Lambda-Duration-ARM', 'Lambda-GB-Second-ARM', arm),
    lambda('storage', 'AWS-Lambda-Storage-Duration', 'Lambda-Storage-GB-Second', [
      ...flat(prices['lambda.ephemeral']!, 'GB-Seconds', 'AWS Lambda - Storage Duration'),
    ]),
    lambda(
      'provisioned',
      'AWS-Lambda-Provisioned-Concurrency',
      'Lambda-Provisioned-Concurrency',
      flat(provisioned, 'Lambda-GB-Second', 'AWS Lambda - Provisioned Concurrency'),
    ),
    lambda(
      'provisioned-arm',
      'AWS-Lambda-Provisioned-Concurrency-ARM',
      'Lambda-Provisioned-Concurrency-ARM',
      flat(prices['lambda.provisioned.arm']!, 'Lambda-GB-Second', 'AWS Lambda - Provisioned Concurrency (ARM)'),
    ),
    lambda(
      'provisioned-duration',
      'AWS-Lambda-Duration-Provisioned',
      'Lambda-Provisioned-GB-Second',
      flat(prices['lambda.provisioned-duration.x86']!, 'Lambda-GB-Second', 'AWS Lambda - Provisioned Duration'),
    ),
    lambda(
      'provisioned-duration-arm',
      'AWS-Lambda-Duration-Provisioned-ARM',
      'Lambda-Provisioned-GB-Second-ARM',
      flat(prices['lambda.provisioned-duration.arm']!, 'Lambda-GB-Second', 'AWS Lambda - Provisioned Duration (ARM)'),
    ),
    // Decoys: Arm storage, Lambda@Edge, the free tier, another Region.
    lambda(
      'storage-arm',
      'AWS-Lambda-Storage-Duration-ARM',
      'Lambda-Storage-GB-Second-ARM',
      flat(dearer(prices['lambda.ephemeral']!), 'GB-Seconds', 'Storage Duration (ARM)'),
    ),
    {
      ...lambda('edge', 'AWS-Lambda-Edge-Requests', 'Lambda-Edge-Request', flat('0.0000006000', 'Requests', 'Edge')),
      attributes: {
        servicecode: 'AWSLambda',
        location: 'Any',
        locationType: 'AWS Region',
        group: 'AWS-Lambda-Edge-Requests',
        usagetype: 'Lambda-Edge-Request',
      },
    },
    {
      ...lambda('free', 'AWS-Lambda-Requests', 'Request', [
        { beginRange: '0', endRange: '1000000', unit: 'Requests', price: '0.0000000000', description: 'Free tier' },
      ]),
      attributes: {
        servicecode: 'AWSLambda',
        location: 'Any',
        group: 'AWS-Lambda-Requests',
        usagetype: 'Global-Request',
      },
    },
    lambda(
      'duration',
      'AWS-Lambda-Duration',
      'Lambda-GB-Second',
      x86.map((d) => ({ ...d, price: dearer(d.price) })),
      DECOY_REGION,
    ),
    lambda(
      'provisioned',
      'AWS-Lambda-Provisioned-Concurrency',
      'Lambda-Provisioned-Concurrency',
      flat(dearer(provisioned), 'Lambda-GB-Second', 'AWS Lambda - Provisioned Concurrency'),
      DECOY_REGION,
    ),
  ];
}

export function apiGatewayProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const api = (
    key: string,
    family: string,
    base: string,
    operation: string,
    onDemand: FixtureDimension[],
    at = region,
  ) =>
    product({
      region: at,
      offer: 'AmazonApiGateway',
      key,
      productFamily: family,
      attributes: { usagetype: usageType(at, base, false), operation, description: `${key} calls` },
      onDemand,
    });
  const rest = tiers(prices, 'Requests', [
    ['0', '333000000', 'apigw.rest.tier1', 'API calls received - first 333 million requests / month'],
    ['333000000', '1000000000', 'apigw.rest.tier2', 'API calls received - next 667 million requests / month'],
    ['1000000000', '20000000000', 'apigw.rest.tier3', 'API calls received - next 19 billion requests / month'],
    ['20000000000', 'Inf', 'apigw.rest.tier4', 'API calls received - over 20 billion requests / month'],
  ]);
  const http = tiers(prices, 'Requests', [
    ['0', '300000000', 'apigw.http.tier1', 'HTTP API requests - first 300 million requests / month'],
    ['300000000', 'Inf', 'apigw.http.tier2', 'HTTP API requests - over 300 million requests / month'],
  ]);
  return [
    api('rest', 'API Calls', 'ApiGatewayRequest', 'ApiGatewayRequest', rest),
    api('http', 'API Calls', 'ApiGatewayHttpRequest', 'ApiGatewayHttpApi', http),
    api('websocket', 'WebSocket', 'ApiGatewayMessage', 'ApiGatewayWebSocket', [
      { beginRange: '0', endRange: '1000000000', unit: 'Messages', price: '0.0000010000', description: 'first 1B' },
      { beginRange: '1000000000', endRange: 'Inf', unit: 'Messages', price: '0.0000008000', description: 'over 1B' },
    ]),
    api(
      'rest',
      'API Calls',
      'ApiGatewayRequest',
      'ApiGatewayRequest',
      rest.map((d) => ({ ...d, price: dearer(d.price) })),
      DECOY_REGION,
    ),
  ];
}

export function fargateProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const fargate = (key: string, base: string, price: string, unit: string, at = region) =>
    product({
      region: at,
      offer: 'AmazonECS',
      key,
      productFamily: 'Compute',
      attributes: { usagetype: usageType(at, base, false), operation: '', tenancy: 'Shared' },
      onDemand: flat(price, unit, `AWS Fargate - ${key}`),
    });
  return [
    fargate('vCPU', 'Fargate-vCPU-Hours:perCPU', prices['fargate.vcpu.x86']!, 'hours'),
    fargate('Memory', 'Fargate-GB-Hours', prices['fargate.memory.x86']!, 'hours'),
    fargate('ARM vCPU', 'Fargate-ARM-vCPU-Hours:perCPU', prices['fargate.vcpu.arm']!, 'hours'),
    fargate('ARM Memory', 'Fargate-ARM-GB-Hours', prices['fargate.memory.arm']!, 'hours'),
    fargate('Ephemeral Storage', 'Fargate-EphemeralStorage-GB-Hours', prices['fargate.ephemeral']!, 'GB-Hours'),
    // Decoys: Windows, Spot, another Region.
    fargate('Windows vCPU', 'Fargate-Windows-vCPU-Hours:perCPU', '0.0914800000', 'hours'),
    fargate('Spot vCPU', 'SpotUsage-Fargate-vCPU-Hours:perCPU', '0.0121440000', 'hours'),
    fargate('vCPU', 'Fargate-vCPU-Hours:perCPU', dearer(prices['fargate.vcpu.x86']!), 'hours', DECOY_REGION),
  ];
}

export function eksProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const eks = (key: string, base: string, price: string, at = region) =>
    product({
      region: at,
      offer: 'AmazonEKS',
      key,
      productFamily: 'Compute',
      attributes: { usagetype: usageType(at, base, false), operation: 'CreateOperation' },
      onDemand: flat(price, 'Hrs', `Amazon EKS cluster usage - ${key}`),
    });
  const cluster = prices['eks.cluster']!;
  return [
    eks('standard', 'AmazonEKS-Hours:perCluster', cluster),
    eks('extended', 'AmazonEKS-Hours:extendedSupport', '0.6000000000'),
    eks('standard', 'AmazonEKS-Hours:perCluster', dearer(cluster), DECOY_REGION),
  ];
}

export function ecrProducts(region: string, prices: FixturePrices): FixtureProduct[] {
  const ecr = (key: string, family: string, base: string, price: string, at = region) =>
    product({
      region: at,
      offer: 'AmazonECR',
      key,
      productFamily: family,
      attributes: { usagetype: usageType(at, base, true), operation: '' },
      onDemand: flat(price, 'GB-Mo', `${key} storage`),
    });
  const storage = prices['ecr.storage']!;
  return [
    ecr('private', 'EC2 Container Registry', 'TimedStorage-ByteHrs', storage),
    ecr('archive', 'EC2 Container Registry', 'TimedStorage-Archive-ByteHrs', '0.0114000000'),
    ecr('private', 'EC2 Container Registry', 'TimedStorage-ByteHrs', dearer(storage), DECOY_REGION),
  ];
}

import type { Service } from './types';

// ECR and API Gateway run no code of their own, so they have no diagram or
// price option; their pages point to the diagrams they appear in.

export const ECR: Service = {
  id: 'ecr',
  name: 'Amazon Elastic Container Registry',
  shortName: 'ECR',
  category: 'supporting',
  tagline: 'Private registry for container images, wired into IAM and every AWS container service.',
  whatItIs: [
    'ECR stores the container images that ECS, EKS, Fargate, Batch and Lambda pull when they start. Each account has a private registry in every Region, and IAM controls who can push and pull.',
    'It speaks the standard Docker/OCI registry protocol, so docker push and docker pull work unchanged, and it also stores other OCI artifacts such as Helm charts.',
    'On top it adds vulnerability scanning, lifecycle rules that delete old images, immutable tags, replication to other Regions or accounts, and pull-through caches of public registries.',
  ],
  youManage: [
    'Repositories, tags and lifecycle policies',
    'Who can push and pull: IAM and repository policies',
    'Building and pushing images, typically from CI',
  ],
  awsManages: [
    'Durable, highly available image storage',
    'Encryption at rest',
    'Serving many parallel pulls',
    'Basic scanning, or enhanced scanning with Amazon Inspector',
  ],
  scaling: [
    'Nothing to scale: storage grows with your images and the registry serves any number of pulls.',
    'Replication keeps copies near workloads in other Regions; pull-through caches keep copies of public images inside AWS.',
  ],
  limits: [
    { label: 'Scope', value: 'One private registry per account per Region' },
    { label: 'Images per repository', value: '100,000 by default (raisable)' },
    { label: 'Layer size', value: 'Up to 52,000 MiB per layer' },
  ],
  pricingModel: [
    'Private repositories: $0.10 per GB-month of storage.',
    'Data transfer into ECR, and out to services in the same Region, is free; transfer to the internet or other Regions is charged at standard rates.',
    'Free Tier: 500 MB-month of private storage for 12 months on accounts opened before 15 July 2025; newer accounts get Free Tier credits instead.',
  ],
  useCases: [
    'Images for ECS, EKS, Fargate and Batch',
    'Lambda functions packaged as container images',
    'Sharing images across accounts and Regions',
    'Caching public images (for example from Docker Hub) inside AWS',
  ],
  optionIds: [],
  seeAlsoOptionIds: ['ecs-ec2', 'fargate', 'eks-ec2', 'eks-fargate', 'batch'],
  compare: {
    whatItIs: 'Managed private registry for container images',
    unitOfDeployment: 'A container image in a repository',
    youManage: 'Repositories, access policies, lifecycle rules',
    awsManages: 'Storage, availability, encryption, scanning',
    scaling: 'Automatic; optional replication to other Regions',
    timeLimit: 'Not applicable: it stores images and runs nothing',
    computeLimits: 'Not applicable',
    runtimes: 'Any Docker/OCI image or OCI artifact',
    storage: 'Pay per GB-month stored',
    pricingModel: '$0.10 per GB-month; same-Region transfer free',
    freeTier: '500 MB-month for 12 months (accounts opened before 15 July 2025)',
    bestFor: 'Images for any AWS container service',
    notFor: 'Running code: pair it with ECS, EKS, Fargate, Batch or Lambda',
  },
};

export const API_GATEWAY: Service = {
  id: 'api-gateway',
  name: 'Amazon API Gateway',
  shortName: 'API Gateway',
  category: 'supporting',
  tagline: 'Managed front door for REST, HTTP and WebSocket APIs, with authorization, throttling and monitoring.',
  whatItIs: [
    'API Gateway publishes APIs in front of Lambda functions, HTTP back ends and AWS services. It terminates TLS, authorizes callers, throttles traffic and logs to CloudWatch, and it is serverless: there is nothing to size.',
    'HTTP APIs are the cheaper, lower-latency choice for proxying to Lambda or HTTP back ends, with JWT, IAM and Lambda authorizers. REST APIs add API keys and usage plans, request validation and transformation, caching, AWS WAF and private endpoints.',
    'WebSocket APIs keep two-way connections open so that a back end can push messages to clients, routing each incoming message by its content.',
  ],
  youManage: [
    'Routes or resources, methods and integrations',
    'Authorization: IAM, Amazon Cognito, JWT or Lambda authorizers',
    'Stages, throttling limits, custom domains and certificates',
    'Keeping back-end response times and payloads within the limits',
  ],
  awsManages: [
    'Running and scaling the API endpoints',
    'TLS termination',
    'Availability across Availability Zones',
    'Metrics and access logs in CloudWatch',
  ],
  scaling: [
    'Automatic. Accounts start with 10,000 requests per second per Region, with bursts of up to 5,000 requests; this can be raised.',
    'Stage, route and per-client (usage plan) limits protect back ends from overload.',
    'REST APIs can cache responses to cut back-end load.',
  ],
  limits: [
    {
      label: 'Integration timeout',
      value:
        'HTTP APIs: 30 seconds, the default and the most. REST and WebSocket APIs: 29 seconds by default; Regional and private REST APIs can request more',
    },
    { label: 'Payload', value: '10 MB for REST and HTTP APIs' },
    {
      label: 'WebSocket',
      value: '128 KB per message (32 KB frames), connections up to 2 hours, 10-minute idle timeout',
    },
    { label: 'Throttling', value: '10,000 requests per second per account per Region by default' },
  ],
  pricingModel: [
    'REST APIs: $3.50 per million calls for the first 333 million a month, less per call above that.',
    'HTTP APIs: $1.00 per million for the first 300 million a month, then $0.90; each 512 KB of a request counts as one request.',
    'WebSocket APIs: $1.00 per million messages (metered in 32 KB units) plus $0.25 per million connection-minutes.',
    'Optional REST cache billed per hour by size, from $0.02 an hour for 0.5 GB; data transfer out is extra.',
  ],
  useCases: [
    'Public or partner APIs in front of Lambda functions',
    'Adding authorization, throttling and API keys to existing HTTP services',
    'Real-time chat, dashboards and notifications over WebSockets',
    'Exposing AWS service actions (SQS, Step Functions and others) as HTTP endpoints',
  ],
  optionIds: [],
  seeAlsoOptionIds: ['lambda'],
  compare: {
    whatItIs: 'Managed API front door: REST, HTTP and WebSocket APIs',
    unitOfDeployment: 'An API with routes, deployed to a stage',
    youManage: 'Routes, integrations, authorization, throttling, domains',
    awsManages: 'Endpoints, scaling, TLS, availability',
    scaling: 'Automatic; 10,000 requests per second per Region by default',
    timeLimit:
      'Integration timeout 30 s on HTTP APIs, 29 s by default on REST and WebSocket; WebSocket connections up to 2 hours',
    computeLimits: 'Not applicable: it forwards to your back end; 10 MB payload',
    runtimes: 'Not applicable: back ends can be Lambda, any HTTP endpoint or AWS services',
    storage: 'None (optional REST response cache)',
    pricingModel: 'Per million requests: REST $3.50, HTTP $1.00; WebSocket per message and connection-minute',
    freeTier:
      'Accounts opened before 15 July 2025, for 12 months: 1M REST calls, 1M HTTP calls, 1M WebSocket messages and 750,000 connection-minutes a month',
    bestFor: 'Serverless APIs, and adding API management to existing back ends',
    notFor:
      'Requests that take longer than about 30 s, large file transfers, very high steady traffic where a load balancer is cheaper',
  },
};

import type { Service } from './types';

// A widely copied study note prices Lambda at "$1.00 for 600,000 GB-seconds".
// That is ten times too cheap: at $0.0000166667 per GB-second (x86), $1.00
// buys about 60,000 GB-seconds. A unit test keeps the wrong figure out.

export const LAMBDA: Service = {
  id: 'lambda',
  name: 'AWS Lambda',
  shortName: 'Lambda',
  category: 'serverless',
  tagline: 'Run code in response to events without servers; pay per request and per millisecond of run time.',
  whatItIs: [
    'Lambda runs your function when an event arrives: an HTTP request through API Gateway, a file landing in S3, a message on a queue, a schedule. Billing stops as soon as the function returns, and nothing runs (or bills) while no events arrive.',
    'You upload code as a .zip package or a container image and choose a memory size between 128 MB and 10,240 MB. CPU and network capacity grow in proportion to memory, up to 6 vCPUs at 10,240 MB.',
    'One invocation can run for at most 15 minutes, so Lambda fits short, event-driven work rather than long jobs or always-on servers.',
  ],
  youManage: [
    'Function code and its dependencies',
    'Memory size, timeout and concurrency settings',
    'The IAM execution role and event source permissions',
    'Moving to a newer runtime version before the old one is deprecated',
  ],
  awsManages: [
    'Servers, operating system and runtime patches',
    'Creating execution environments and scaling them with traffic',
    'Availability across the Availability Zones of a Region',
    'Queueing and retries for asynchronous invocations',
    'Sending logs and metrics to CloudWatch',
  ],
  scaling: [
    'Automatic: each request being processed at the same time gets its own execution environment.',
    'Default quota: 1,000 concurrent executions per Region, shared by all functions in the account; it can be raised.',
    'Each function can add up to 1,000 concurrent executions every 10 seconds.',
    'Reserved concurrency caps a function; provisioned concurrency keeps environments initialised to avoid cold starts.',
  ],
  limits: [
    { label: 'Timeout', value: '15 minutes (900 seconds) per invocation' },
    { label: 'Memory', value: '128 MB to 10,240 MB, in 1 MB steps' },
    { label: 'CPU', value: 'Proportional to memory, up to 6 vCPUs at 10,240 MB' },
    { label: 'Ephemeral storage (/tmp)', value: '512 MB to 10,240 MB (10 GB)' },
    { label: 'Invocation payload', value: '6 MB for synchronous requests and responses; 1 MB for asynchronous events' },
    {
      label: 'Deployment package',
      value: '50 MB zipped for direct upload, 250 MB unzipped including layers, 10 GB as a container image',
    },
    {
      label: 'Concurrency',
      value: '1,000 concurrent executions per Region by default (raisable); new accounts may start lower',
    },
  ],
  pricingModel: [
    'Requests: $0.20 per million.',
    'Duration: measured in GB-seconds (memory in GB × run time) and billed per 1 ms. x86: $0.0000166667 per GB-second; Arm (Graviton): $0.0000133334 per GB-second.',
    'So $1.00 buys about 60,000 GB-seconds on x86: 60,000 seconds of a 1 GB function, or 480,000 seconds at 128 MB.',
    'Free every month: 1 million requests and 400,000 GB-seconds, about 400,000 seconds at 1 GB or 3.2 million seconds at 128 MB.',
    'Extra: ephemeral storage above 512 MB, provisioned concurrency and data transfer.',
  ],
  useCases: [
    'REST and HTTP APIs behind API Gateway',
    'Reacting to S3 uploads, DynamoDB stream records and SQS messages',
    'Scheduled tasks (cron) triggered by EventBridge',
    'Automation and glue code between AWS services',
    'Spiky traffic that often drops to zero',
  ],
  optionIds: ['lambda'],
  compare: {
    whatItIs: 'Functions that run on demand in response to events',
    unitOfDeployment: 'A function: a .zip package or a container image',
    youManage: 'Code, memory and timeout settings, IAM role',
    awsManages: 'Servers, operating system, runtime patches, scaling and availability',
    scaling: 'Automatic, per request; 1,000 concurrent executions per Region by default (raisable)',
    timeLimit: '15 minutes (900 s) per invocation',
    computeLimits: '128 MB to 10,240 MB of memory; CPU grows with memory, up to 6 vCPUs',
    runtimes:
      'Managed runtimes for Node.js, Python, Java, .NET and Ruby; others (Go, Rust…) on an OS-only runtime or as a container image',
    storage: '/tmp of 512 MB to 10 GB per execution environment, not durable; keep state in S3, DynamoDB or EFS',
    pricingModel: '$0.20 per million requests + $0.0000166667 per GB-second (x86), billed per 1 ms',
    freeTier: '1 million requests and 400,000 GB-seconds every month, with no end date',
    bestFor: 'Event-driven, short or spiky workloads; APIs with variable traffic; glue code',
    notFor: 'Jobs longer than 15 minutes, steady heavy load, GPUs, long-lived connections',
  },
};

import type { ComputeOption } from './types';

export const LAMBDA_OPTION: ComputeOption = {
  id: 'lambda',
  label: 'Lambda + API Gateway',
  serviceId: 'lambda',
  keyFacts: [
    'No servers: $0.20 per million requests plus duration billed per 1 ms',
    'Up to 15 minutes per invocation, 128 MB to 10,240 MB of memory',
    'Scales per request: 1,000 concurrent executions per Region by default',
  ],
};

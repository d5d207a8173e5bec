import { iconNode } from './diagram-syntax';
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
  diagram: {
    title: 'Serverless API with Lambda, API Gateway and DynamoDB',
    description:
      'Users call an API Gateway HTTP API that invokes a Lambda function reading and writing a DynamoDB table, while an EventBridge schedule runs a second function nightly; both send logs to CloudWatch.',
    source: `flowchart LR
  ${iconNode('users', 'users', 'Users')}
  ${iconNode('apigw', 'api-gateway', 'API Gateway HTTP API')}
  ${iconNode('nightly', 'eventbridge', 'EventBridge schedule')}
  subgraph fns["Lambda functions: scale per request"]
    ${iconNode('handler', 'lambda-function', 'API handler')}
    ${iconNode('cleanup', 'lambda-function', 'Nightly clean-up')}
  end
  ${iconNode('table', 'dynamodb', 'DynamoDB table')}
  ${iconNode('logs', 'cloudwatch', 'CloudWatch Logs')}
  users -->|HTTPS| apigw
  apigw -->|invokes| handler
  nightly -->|invokes| cleanup
  handler -->|reads and writes| table
  cleanup -->|deletes expired items| table
  fns -.->|logs and metrics| logs`,
    icons: ['users', 'api-gateway', 'eventbridge', 'lambda-function', 'dynamodb', 'cloudwatch'],
  },
};

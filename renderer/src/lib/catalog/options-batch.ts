import { iconNode } from './diagram-syntax';
import type { ComputeOption } from './types';

export const BATCH_OPTION: ComputeOption = {
  id: 'batch',
  label: 'AWS Batch on Spot',
  serviceId: 'batch',
  keyFacts: [
    'No Batch fee: pay only for the EC2, Spot or Fargate capacity used',
    'No time limit; any runtime packaged as a container image',
    'Capacity follows the job queue and shrinks to zero when it is empty',
  ],
  diagram: {
    title: 'Nightly batch jobs on Spot Instances',
    description:
      'An EventBridge schedule or a developer submits jobs to an AWS Batch job queue, which runs them on Spot Instances in a managed compute environment that pulls the job image from ECR, reads input from S3 and writes results back to S3.',
    source: `flowchart LR
  ${iconNode('nightly', 'eventbridge', 'EventBridge schedule')}
  ${iconNode('dev', 'client', 'SubmitJob from CLI or SDK')}
  ${iconNode('queue', 'batch', 'AWS Batch job queue')}
  ${iconNode('registry', 'ecr', 'Amazon ECR: job image')}
  subgraph ce["Managed compute environment: Spot, minimum 0 vCPUs"]
    ${iconNode('spot1', 'ec2-spot', 'Spot Instance')}
    ${iconNode('spot2', 'ec2-spot', 'Spot Instance')}
  end
  ${iconNode('inputs', 's3', 'S3 input data')}
  ${iconNode('results', 's3', 'S3 results')}
  nightly -->|submits job| queue
  dev -->|submits job| queue
  queue -->|schedules jobs| ce
  registry -.->|image pull| ce
  inputs -->|reads| ce
  ce -->|writes| results`,
    icons: ['eventbridge', 'client', 'batch', 'ecr', 'ec2-spot', 's3'],
  },
};

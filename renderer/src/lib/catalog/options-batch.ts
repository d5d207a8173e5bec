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
};

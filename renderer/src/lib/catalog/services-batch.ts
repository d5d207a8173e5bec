import type { Service } from './types';

export const BATCH: Service = {
  id: 'batch',
  name: 'AWS Batch',
  shortName: 'Batch',
  category: 'containers',
  tagline:
    'Queue batch jobs and let AWS run them on EC2, Spot or Fargate capacity that exists only while there is work.',
  whatItIs: [
    "A batch job has a start and an end: render a video, run a simulation, process a day's files. You package the job as a container image, describe it in a job definition (image, command, vCPUs, memory, retries) and submit it to a job queue.",
    'AWS Batch schedules queued jobs onto compute environments of EC2 On-Demand instances, Spot Instances or Fargate, launching capacity when jobs arrive and removing it when the queue is empty. Underneath, jobs run as ECS tasks (or as pods on an EKS cluster you choose).',
    'One submission can fan out as an array job of up to 10,000 children, jobs can depend on each other, and multi-node parallel jobs span several instances for tightly coupled HPC work.',
  ],
  youManage: [
    'Container images and job definitions',
    'Job queues, their priorities, and compute environment limits (minimum and maximum vCPUs)',
    'Instance types, or letting Batch choose, and the mix of Spot and On-Demand',
    'Input and output data, usually in S3',
  ],
  awsManages: [
    'Scheduling jobs, honouring priorities, dependencies and retries',
    'Launching and terminating EC2, Spot or Fargate capacity in managed compute environments',
    'The ECS clusters that run the jobs',
  ],
  scaling: [
    'A managed compute environment scales between the minimum and maximum vCPUs you set, following the queue; with a minimum of 0 it shrinks to nothing when idle.',
    'Spot allocation strategies such as SPOT_PRICE_CAPACITY_OPTIMIZED pick pools that are cheap and less likely to be interrupted.',
    'Array jobs run thousands of copies of a job in parallel from one submission.',
  ],
  limits: [
    { label: 'Run time', value: 'No limit; set a job timeout to stop runaway jobs' },
    { label: 'Runtimes', value: 'Anything packaged as a Docker/OCI container image' },
    { label: 'Array jobs', value: 'Up to 10,000 child jobs per array job' },
    {
      label: 'Job size',
      value:
        'Set by the instance types in the compute environment (GPUs on EC2); Fargate jobs up to 16 vCPU and 120 GB',
    },
    { label: 'Start-up', value: 'Minutes, not milliseconds, when new instances must launch first' },
  ],
  pricingModel: [
    'No extra charge for AWS Batch.',
    'You pay for the EC2 instances (On-Demand or Spot), EBS volumes or Fargate resources that your jobs use, while they run.',
    'Spot Instances cost up to 90% less than On-Demand for jobs that tolerate interruption; Batch can retry interrupted jobs.',
  ],
  useCases: [
    'Nightly ETL and report generation',
    'Media transcoding and image processing',
    'Scientific simulations, genomics and financial risk models',
    'Machine-learning training and batch inference on GPUs',
    "Any job that runs longer than Lambda's 15-minute limit",
  ],
  optionIds: ['batch'],
  compare: {
    whatItIs: 'Managed scheduler that runs containerised batch jobs on capacity it launches',
    unitOfDeployment: 'A job: a container image and job definition, submitted to a job queue',
    youManage: 'Images, job definitions, queues and compute environment limits',
    awsManages: 'Scheduling, retries, and launching and removing capacity',
    scaling: 'Compute environments grow with the queue and shrink to zero when it is empty',
    timeLimit: 'None (optional per-job timeout)',
    computeLimits: 'Any EC2 instance type, GPUs included; Fargate up to 16 vCPU and 120 GB',
    runtimes: 'Any runtime packaged as a container image',
    storage: 'EBS or instance store on EC2, ephemeral storage on Fargate; S3 or EFS for data',
    pricingModel: 'No Batch fee; pay for the EC2, Spot or Fargate capacity used',
    freeTier: 'None of its own; EC2 Free Tier offers apply to instances',
    bestFor: 'Long or massively parallel jobs, HPC, cost-sensitive work on Spot',
    notFor: 'Low-latency requests, always-on services, tiny quick tasks (Lambda is simpler)',
  },
};

import type { ComputeOption } from './types';

export const ECS_EC2_OPTION: ComputeOption = {
  id: 'ecs-ec2',
  label: 'ECS on EC2',
  serviceId: 'ecs',
  keyFacts: [
    'ECS schedules the tasks; you run and patch the EC2 instances',
    'No ECS fee: you pay for the instances, even when they are half empty',
    'A capacity provider grows the Auto Scaling group to fit the tasks',
  ],
};

export const FARGATE_OPTION: ComputeOption = {
  id: 'fargate',
  label: 'ECS on Fargate',
  serviceId: 'fargate',
  keyFacts: [
    'No instances: choose vCPU and memory for each task',
    'Billed per second (1-minute minimum) for the resources requested',
    'Up to 16 vCPU and 120 GB per task; no GPUs, no host access',
  ],
};

export const EKS_EC2_OPTION: ComputeOption = {
  id: 'eks-ec2',
  label: 'EKS on EC2',
  serviceId: 'eks',
  keyFacts: [
    '$0.10 per cluster-hour for the AWS-managed control plane',
    'Managed node groups run the pods on EC2 instances you choose',
    'Standard Kubernetes: the same manifests run on any cloud',
  ],
};

export const EKS_FARGATE_OPTION: ComputeOption = {
  id: 'eks-fargate',
  label: 'EKS on Fargate',
  serviceId: 'eks',
  keyFacts: [
    'Each pod runs on its own Fargate capacity: no nodes to manage',
    'Every pod is sized with 256 MB extra for Kubernetes components',
    'No DaemonSets, privileged containers or GPUs',
  ],
};

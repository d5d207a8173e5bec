import { iconNode } from './diagram-syntax';
import type { ComputeOption } from './types';

// Pods have no icon of their own in the pack; the ECS container icon stands in
// for pods on EC2 nodes, the Fargate icon for pods on Fargate.

export const ECS_EC2_OPTION: ComputeOption = {
  id: 'ecs-ec2',
  label: 'ECS on EC2',
  serviceId: 'ecs',
  keyFacts: [
    'ECS schedules the tasks; you run and patch the EC2 instances',
    'No ECS fee: you pay for the instances, even when they are half empty',
    'A capacity provider grows the Auto Scaling group to fit the tasks',
  ],
  diagram: {
    title: 'ECS service on EC2 container instances',
    description:
      'Users reach an Application Load Balancer whose target group is an ECS service; the service runs three tasks on two EC2 instances in an Auto Scaling group, and the instances pull container images from ECR.',
    source: `flowchart LR
  ${iconNode('users', 'users', 'Users')}
  ${iconNode('alb', 'alb', 'Application Load Balancer')}
  ${iconNode('registry', 'ecr', 'Amazon ECR')}
  subgraph cluster["ECS cluster"]
    ${iconNode('svc', 'ecs-service', 'ECS service: 3 tasks desired')}
    subgraph asg["Auto Scaling group"]
      subgraph hostA["EC2 instance A"]
        ${iconNode('taskA1', 'ecs-task', 'Task')}
        ${iconNode('taskA2', 'ecs-task', 'Task')}
      end
      subgraph hostB["EC2 instance B"]
        ${iconNode('taskB1', 'ecs-task', 'Task')}
      end
    end
  end
  users -->|HTTPS| alb
  alb -->|target group| svc
  svc --> taskA1 & taskA2 & taskB1
  registry -.->|image pull| asg`,
    icons: ['users', 'alb', 'ecr', 'ecs-service', 'ecs-task'],
  },
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
  diagram: {
    title: 'ECS service on AWS Fargate',
    description:
      'Users reach an Application Load Balancer that forwards to two Fargate tasks of an ECS service; Service Auto Scaling sets the task count, images come from ECR and logs go to CloudWatch.',
    source: `flowchart LR
  ${iconNode('users', 'users', 'Users')}
  ${iconNode('alb', 'alb', 'Application Load Balancer')}
  subgraph svc["ECS service on Fargate: no instances to manage"]
    ${iconNode('task1', 'fargate', 'Task: 0.5 vCPU, 1 GB')}
    ${iconNode('task2', 'fargate', 'Task: 0.5 vCPU, 1 GB')}
  end
  ${iconNode('autoscale', 'auto-scaling', 'Service Auto Scaling')}
  ${iconNode('registry', 'ecr', 'Amazon ECR')}
  ${iconNode('logs', 'cloudwatch', 'CloudWatch Logs')}
  users -->|HTTPS| alb
  alb --> task1 & task2
  autoscale -->|sets desired count| svc
  registry -.->|image pull| svc
  svc -.->|container logs| logs`,
    icons: ['users', 'alb', 'fargate', 'auto-scaling', 'ecr', 'cloudwatch'],
  },
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
  diagram: {
    title: 'EKS cluster with a managed node group',
    description:
      'A developer applies manifests to the AWS-managed EKS control plane, which schedules pods onto two EC2 worker nodes in a managed node group; users reach the pods through an Application Load Balancer and the nodes pull images from ECR.',
    source: `flowchart LR
  ${iconNode('dev', 'client', 'kubectl or CI pipeline')}
  ${iconNode('cp', 'eks', 'EKS control plane, run by AWS')}
  ${iconNode('users', 'users', 'Users')}
  ${iconNode('alb', 'alb', 'Application Load Balancer')}
  ${iconNode('registry', 'ecr', 'Amazon ECR')}
  subgraph mng["Managed node group: EC2 Auto Scaling group"]
    subgraph nodeA["EC2 worker node A"]
      ${iconNode('podA1', 'ecs-container', 'Pod: web')}
      ${iconNode('podA2', 'ecs-container', 'Pod: worker')}
    end
    subgraph nodeB["EC2 worker node B"]
      ${iconNode('podB1', 'ecs-container', 'Pod: web')}
      ${iconNode('podB2', 'ecs-container', 'Pod: worker')}
    end
  end
  dev -->|kubectl apply| cp
  cp -->|schedules pods| mng
  users -->|HTTPS| alb
  alb --> podA1 & podB1
  registry -.->|image pull| mng`,
    icons: ['client', 'eks', 'users', 'alb', 'ecr', 'ecs-container'],
  },
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
  diagram: {
    title: 'EKS pods on AWS Fargate',
    description:
      'A developer applies manifests to the EKS control plane, which runs the pods matching a Fargate profile on Fargate; users reach them through an Application Load Balancer with IP targets and images come from ECR.',
    source: `flowchart LR
  ${iconNode('dev', 'client', 'kubectl or CI pipeline')}
  ${iconNode('cp', 'eks', 'EKS control plane, run by AWS')}
  ${iconNode('users', 'users', 'Users')}
  ${iconNode('alb', 'alb', 'Application Load Balancer: IP targets')}
  ${iconNode('registry', 'ecr', 'Amazon ECR')}
  subgraph fprofile["Fargate profile: namespace web"]
    ${iconNode('pod1', 'fargate', 'Pod on Fargate')}
    ${iconNode('pod2', 'fargate', 'Pod on Fargate')}
    ${iconNode('pod3', 'fargate', 'Pod on Fargate')}
  end
  dev -->|kubectl apply| cp
  cp -->|runs matching pods| fprofile
  users -->|HTTPS| alb
  alb --> pod1 & pod2 & pod3
  registry -.->|image pull| fprofile`,
    icons: ['client', 'eks', 'users', 'alb', 'ecr', 'fargate'],
  },
};

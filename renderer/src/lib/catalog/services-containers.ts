import type { Service } from './types';

// The ECS page describes the EC2 launch type; Fargate has its own page, and
// the ECS service diagrams link to both (optionIds).

export const ECS: Service = {
  id: 'ecs',
  name: 'Amazon Elastic Container Service',
  shortName: 'ECS',
  category: 'containers',
  tagline: "AWS's own container orchestrator: you describe tasks, it places, restarts and load-balances them.",
  whatItIs: [
    'ECS runs Docker (OCI) containers. A task definition describes one or more containers: image, CPU, memory, ports and IAM role. A service keeps a chosen number of tasks running, replaces failed ones and registers them with a load balancer.',
    'With the EC2 launch type, tasks run on EC2 instances that you add to the cluster (container instances running the ECS agent). You choose the instance types and keep them patched; ECS decides where each task goes.',
    'The same task definitions can run on the Fargate launch type instead, where AWS supplies the capacity and you manage no instances. ECS Managed Instances is a newer middle ground in which AWS runs the EC2 instances for you.',
  ],
  youManage: [
    'The EC2 container instances: types, count, ECS-optimised AMI, patching',
    'Capacity: an Auto Scaling group, ideally attached to the cluster as a capacity provider',
    'Task definitions, services and deployments',
    'Container images, usually stored in ECR',
    'VPC networking, security groups and IAM task roles',
  ],
  awsManages: [
    'The ECS control plane (scheduler and cluster state), at no charge',
    'Placing tasks on instances with free CPU and memory',
    'Restarting failed tasks and rolling out new versions',
    'Registering tasks with Application or Network Load Balancer target groups',
  ],
  scaling: [
    'Tasks: Service Auto Scaling changes the desired task count with target tracking on CPU, memory or ALB requests per target.',
    'Instances: an Auto Scaling group capacity provider with managed scaling grows or shrinks the group to fit the tasks.',
    'Without a capacity provider, ECS cannot place new tasks once the instances are full, so you scale the instances yourself.',
  ],
  limits: [
    { label: 'Run time', value: 'No limit: services run continuously, standalone tasks until they exit' },
    { label: 'Task size', value: 'Bounded by the CPU, memory and GPUs of your container instances' },
    { label: 'Launch types', value: 'EC2, Fargate, and External (ECS Anywhere, for your own servers)' },
    { label: 'Portability', value: 'Task definitions and the ECS API are specific to AWS' },
  ],
  pricingModel: [
    'No extra charge for ECS with the EC2 launch type.',
    'You pay for the EC2 instances, EBS volumes and load balancers that run your containers, whether or not the instances are full.',
    'Savings Plans, Reserved Instances and Spot capacity providers reduce the instance bill.',
  ],
  useCases: [
    'Microservices and web applications in containers on AWS',
    'Teams who want AWS-native container orchestration with a short learning curve',
    'Steady container fleets where packing many tasks per instance is cheapest',
    'Containers that need GPUs or specific instance types',
  ],
  optionIds: ['ecs-ec2', 'fargate'],
  compare: {
    whatItIs: 'AWS-native container orchestrator (here with the EC2 launch type)',
    unitOfDeployment: 'A task (one or more containers) from a task definition; a service keeps N tasks running',
    youManage: 'EC2 container instances (OS, patches, capacity) as well as tasks and services',
    awsManages: 'Control plane, task placement, restarts, load balancer registration',
    scaling: 'Service Auto Scaling for tasks; an Auto Scaling group capacity provider for instances',
    timeLimit: 'None',
    computeLimits: 'Whatever your instance types offer, GPUs included',
    runtimes: 'Any Linux or Windows container image',
    storage: 'Instance EBS volumes, Docker volumes, EFS file systems',
    pricingModel: 'No ECS fee; pay for the EC2 instances and EBS volumes',
    freeTier: 'No free tier of its own; EC2 Free Tier offers apply to the instances',
    bestFor: 'AWS-focused teams running steady container fleets who want control of the instances',
    notFor: 'Teams that do not want to run servers (use Fargate) or that need portability to other clouds',
  },
};

export const FARGATE: Service = {
  id: 'fargate',
  name: 'AWS Fargate',
  shortName: 'Fargate',
  category: 'containers',
  tagline: 'Serverless compute for containers: pick CPU and memory per task, with no instances to manage.',
  whatItIs: [
    'Fargate runs containers on capacity you never see. For each ECS task or EKS pod you choose a CPU and memory size, and AWS starts it on infrastructure that it provisions, patches and scales.',
    'You use it through ECS (the Fargate launch type or capacity provider) or EKS (Fargate profiles). Task definitions, services and load balancer integration work as they do on EC2.',
    'Each task or pod has its own isolation boundary: it shares no kernel, CPU, memory or network interface with other tasks.',
  ],
  youManage: [
    'Container images and task definitions (or pod specs)',
    'The CPU and memory size of each task',
    'VPC networking and security groups: each task gets its own network interface',
    'IAM task roles and log configuration',
  ],
  awsManages: [
    'The hosts: provisioning, operating system and kernel patches, capacity',
    'Isolation between tasks',
    'Finding capacity for every task, so there is no cluster packing to tune',
  ],
  scaling: [
    'ECS Service Auto Scaling (or the Kubernetes Horizontal Pod Autoscaler on EKS) changes the number of tasks; Fargate finds capacity for each one.',
    'There is no instance layer to scale, and no idle spare capacity to pay for.',
    'Every new task pulls its image before it starts, so small images start faster.',
  ],
  limits: [
    { label: 'Task size', value: '0.25 to 16 vCPU and 0.5 to 120 GB of memory, in fixed combinations' },
    {
      label: 'Ephemeral storage',
      value: '20 GB included per task or pod; ECS tasks can configure up to 200 GB, EKS pods up to 175 GB',
    },
    {
      label: 'Host access',
      value: 'No SSH to hosts and no privileged containers (ECS Exec can open a shell inside a container)',
    },
    { label: 'GPUs', value: 'Not available' },
    { label: 'Run time', value: 'No limit' },
    {
      label: 'Platforms',
      value: 'On ECS: Linux on x86 or Arm (Graviton), and Windows. EKS pods on Fargate: Linux on x86 only',
    },
  ],
  pricingModel: [
    'You pay for the vCPU and memory requested, from the start of the image pull until the task stops, per second with a 1-minute minimum (Linux).',
    'us-east-1, Linux x86: $0.04048 per vCPU-hour and $0.004445 per GB-hour. Arm costs about 20% less: $0.03238 and $0.00356.',
    '20 GB of ephemeral storage per task is included; more costs $0.000111 per GB-hour.',
    'Fargate Spot (ECS only, Linux on x86 or Arm) is up to 70% cheaper for tasks that tolerate interruption; Compute Savings Plans give up to 50% off.',
  ],
  useCases: [
    'Web services and APIs in containers without server management',
    'Scheduled or event-driven container jobs',
    'Small teams or variable workloads where idle instances would waste money',
    'Workloads that need strong isolation between tasks',
  ],
  optionIds: ['fargate', 'eks-fargate'],
  compare: {
    whatItIs: 'Serverless capacity for ECS tasks and EKS pods',
    unitOfDeployment: 'An ECS task or EKS pod with a chosen vCPU and memory size',
    youManage: 'Images, task size, networking, IAM roles',
    awsManages: 'Hosts, operating system patches, capacity, isolation',
    scaling: 'Scale the number of tasks or pods; there are no instances to scale',
    timeLimit: 'None',
    computeLimits: 'Up to 16 vCPU and 120 GB of memory per task; no GPUs',
    runtimes: 'On ECS: Linux on x86 or Arm, and Windows; EKS pods: Linux on x86 only',
    storage: '20 GB ephemeral included (up to 200 GB on ECS, 175 GB on EKS); EFS for persistent data',
    pricingModel: 'Per vCPU-hour and GB-hour, billed per second with a 1-minute minimum',
    freeTier: 'No free allowance',
    bestFor: 'Containers without servers to run; variable or modest fleets',
    notFor: 'GPU workloads, host-level agents (DaemonSets), very large steady fleets where EC2 is cheaper',
  },
};

export const EKS: Service = {
  id: 'eks',
  name: 'Amazon Elastic Kubernetes Service',
  shortName: 'EKS',
  category: 'containers',
  tagline: 'Managed Kubernetes: AWS runs the control plane, your pods run on EC2 nodes or on Fargate.',
  whatItIs: [
    'Kubernetes is an open-source system for deploying, scaling and managing containers. EKS runs the Kubernetes control plane (API servers and etcd) for you across several Availability Zones, keeps it available and upgrades it when you ask.',
    'Pods run on a data plane you choose: managed node groups of EC2 instances (EKS creates and updates the Auto Scaling group), self-managed nodes, EKS Auto Mode, or Fargate, where each pod gets its own right-sized capacity.',
    'Because it is upstream Kubernetes, the same manifests, Helm charts and tools work on other clouds and on-premises. That portability, and the Kubernetes ecosystem, are the main reasons to choose EKS over ECS.',
  ],
  youManage: [
    'Kubernetes manifests or Helm charts, namespaces and access control (RBAC)',
    'EC2 worker nodes: instance types, AMI versions, node updates (managed node groups automate much of this)',
    'Starting cluster version upgrades and keeping add-ons compatible',
    'Add-ons such as the VPC CNI, CoreDNS, the load balancer controller and a node autoscaler',
  ],
  awsManages: [
    'A highly available control plane: API servers and etcd',
    'Patching and scaling the control plane',
    'Managed node groups: launching nodes and draining them gracefully during updates',
    'On Fargate: the whole node layer for the pods it runs',
  ],
  scaling: [
    'Pods: the Horizontal Pod Autoscaler changes replica counts from metrics.',
    'EC2 nodes: Karpenter or the Cluster Autoscaler adds nodes when pods cannot be scheduled and removes idle ones; EKS Auto Mode does this for you.',
    'Fargate: each pod gets its own capacity, so only the pod count needs scaling.',
  ],
  limits: [
    { label: 'Run time', value: 'No limit' },
    {
      label: 'Kubernetes versions',
      value: '14 months of standard support per version, then 12 months of extended support at a higher price',
    },
    {
      label: 'Pods per EC2 node',
      value: 'Limited by the IP addresses the node can hold (VPC CNI), unless prefix delegation is turned on',
    },
    {
      label: 'EKS on Fargate',
      value: '256 MB added to each pod for Kubernetes components; no DaemonSets, privileged containers or GPUs',
    },
    { label: 'Load balancers for Fargate pods', value: 'ALB or NLB with IP targets only' },
  ],
  pricingModel: [
    '$0.10 per cluster per hour in standard support (about $73 a month); $0.60 per hour once a version is in extended support.',
    'Worker capacity is billed separately: EC2 instances and EBS volumes for nodes, or Fargate vCPU and memory for each pod.',
    'EC2 nodes can use Spot and Savings Plans; Fargate pods can use Compute Savings Plans (EKS does not support Fargate Spot).',
  ],
  useCases: [
    'Organisations standardised on Kubernetes across clouds or on-premises',
    'Large microservice platforms shared by many teams',
    'Workloads built on the Kubernetes ecosystem: operators, Helm, service meshes',
    'Machine-learning and GPU workloads on EC2 nodes',
  ],
  optionIds: ['eks-ec2', 'eks-fargate'],
  compare: {
    whatItIs: 'Managed Kubernetes control plane, with nodes on EC2 or pods on Fargate',
    unitOfDeployment: 'A pod (one or more containers) described in Kubernetes manifests',
    youManage: 'Manifests, add-ons, version upgrades, and the nodes unless you use Fargate',
    awsManages: 'Control plane (API servers, etcd), its availability, managed node group lifecycle',
    scaling:
      'Horizontal Pod Autoscaler for pods; Karpenter or Cluster Autoscaler for EC2 nodes; per-pod capacity on Fargate',
    timeLimit: 'None',
    computeLimits: 'EC2 nodes: any instance type, GPUs included; Fargate: up to 16 vCPU and 120 GB per pod',
    runtimes: 'Any Linux container image; Windows and Arm containers on EC2 nodes (Fargate pods: Linux on x86)',
    storage: 'EBS and EFS volumes through CSI drivers; on Fargate, 20 GB ephemeral storage by default, up to 175 GB',
    pricingModel: '$0.10 per cluster-hour (standard support) plus EC2 nodes or Fargate pods',
    freeTier: 'None for the control plane',
    bestFor: 'Teams standardised on Kubernetes, portability across clouds, large shared platforms',
    notFor: 'Small applications or teams without Kubernetes skills: ECS or Fargate is simpler',
  },
};

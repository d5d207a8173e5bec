import type { Service } from './types';

// Prices: us-east-1, Linux, from /work/shared/reference/aws-prices-us-east-1.md
// (AWS price list effective 2025-10-01). The pricing engine owns the exact
// numbers; these texts only quote them.

export const EC2: Service = {
  id: 'ec2',
  name: 'Amazon Elastic Compute Cloud',
  shortName: 'EC2',
  category: 'servers',
  tagline: 'Virtual servers you choose, patch and scale yourself: the most control and the most to run.',
  whatItIs: [
    'EC2 rents you virtual machines, called instances, in AWS data centres. You pick an instance type, a fixed mix of vCPUs, memory, storage and network bandwidth, and an Amazon Machine Image (AMI) with the operating system. The instance then runs, and bills, until you stop it.',
    'There are hundreds of instance types: general purpose, compute-, memory- and storage-optimised families, and GPU or other accelerated instances, on Intel, AMD or AWS Graviton (Arm) processors.',
    'Several other options in this app run on EC2 capacity in your account: ECS container instances, EKS worker nodes and AWS Batch compute environments are EC2 instances underneath.',
  ],
  youManage: [
    'Choosing instance types and how many instances to run',
    'The operating system: patches, hardening, agents',
    'Runtimes, application code and deployments',
    'Security groups, IAM instance profiles and remote access',
    'Auto Scaling groups, load balancers and health checks',
    'Backups (EBS snapshots) and keeping AMIs up to date',
  ],
  awsManages: [
    'Physical servers, racks, power and cooling',
    'The Nitro hypervisor and isolation between customers',
    'The network between Availability Zones and Regions',
    'Hardware health checks (system status checks)',
  ],
  scaling: [
    'Horizontal: an EC2 Auto Scaling group adds or removes instances with target tracking, step or scheduled policies driven by CloudWatch metrics.',
    'Vertical: stop the instance, change its type, start it again, which means a short outage.',
    'New instances take time to boot and pass health checks, so scale out ahead of predictable peaks with scheduled or predictive scaling.',
  ],
  limits: [
    { label: 'Run time', value: 'No limit: an instance runs until you stop or terminate it' },
    {
      label: 'Instance size',
      value:
        'From 1 vCPU and 0.5 GiB (t2.nano; t3.nano and t4g.nano have 2 vCPUs) up to very large types with hundreds of vCPUs and tens of TiB of memory',
    },
    {
      label: 'Account quotas',
      value:
        'Running On-Demand and Spot capacity is capped in vCPUs per Region per instance family group; quotas can be raised',
    },
    {
      label: 'Storage',
      value: 'EBS volumes attached over the network, plus local instance store on some instance types',
    },
  ],
  pricingModel: [
    'On-Demand: billed per second with a 60-second minimum for most Linux and Windows instances, e.g. t3.micro $0.0104 and m5.large $0.096 per hour in us-east-1.',
    'Commitments cut the price: Savings Plans up to 72% off for steady use; Spot Instances up to 90% off for work that tolerates interruption.',
    'EBS storage (gp3: $0.08 per GB-month), public IPv4 addresses and data transfer out are billed on top.',
    'A stopped instance costs nothing for compute, but its EBS volumes are still billed.',
  ],
  useCases: [
    'Long-running web and application servers',
    'Lift-and-shift of existing applications that expect a full operating system',
    'Workloads needing special hardware: GPUs, lots of memory, local NVMe disks',
    'Software with operating-system or licensing requirements',
    'Self-managed databases and other stateful services',
  ],
  optionIds: ['ec2'],
  compare: {
    whatItIs: 'Virtual machines (instances) that you choose, run and patch',
    unitOfDeployment: 'An instance launched from an AMI',
    youManage: 'Operating system, patches, runtime, application, capacity and scaling setup',
    awsManages: 'Hardware, hypervisor, data centres and network',
    scaling: 'Auto Scaling groups add or remove instances; resize by changing the instance type',
    timeLimit: 'None: runs until stopped',
    computeLimits: 'Hundreds of instance types, up to hundreds of vCPUs and tens of TiB of memory; GPUs available',
    runtimes: 'Anything that runs on Linux, Windows or macOS',
    storage: 'EBS volumes, instance store, shared file systems (EFS, FSx)',
    pricingModel: 'Per second while running (On-Demand); Savings Plans, Reserved Instances and Spot discounts',
    freeTier:
      'Accounts opened before 15 July 2025: 750 hours a month of t2.micro or t3.micro for 12 months. Newer accounts get Free Tier credits instead',
    bestFor: 'Steady, long-running or specialised workloads that need full control',
    notFor: 'Rare or spiky work where idle servers waste money; teams with no capacity for operations',
  },
};

export const LIGHTSAIL: Service = {
  id: 'lightsail',
  name: 'Amazon Lightsail',
  shortName: 'Lightsail',
  category: 'servers',
  tagline: 'Simple virtual private servers for a fixed monthly price, with storage and data transfer included.',
  whatItIs: [
    'Lightsail packages a virtual server, SSD storage, a static IP address, DNS management and a monthly data-transfer allowance into one bundle with a predictable monthly price, managed from its own simplified console.',
    'Instances start from blueprints: an operating system alone, or an application stack such as WordPress, LAMP, Node.js or Nginx. Managed databases, load balancers, extra block storage, object storage buckets, a CDN and a container service are offered the same way, as fixed-price bundles.',
    'It suits people new to the cloud and small sites that do not need VPCs, EBS and Auto Scaling designed by hand. The price of that simplicity is control: there is no auto scaling and only limited integration with other AWS services.',
  ],
  youManage: [
    'Choosing a bundle and a blueprint',
    'The operating system and application: updates, security patches',
    'Backups, as manual or automatic snapshots',
    'Firewall rules, SSH keys, static IPs and DNS records',
    'Adding instances and attaching them to a Lightsail load balancer',
  ],
  awsManages: [
    'Hardware, virtualisation and networking',
    'The bundled SSD storage and data-transfer allowance',
    'Managed databases and load balancers, if you add them',
    'Basic metrics, alarms and notifications',
  ],
  scaling: [
    'No auto scaling: capacity is the bundle you chose.',
    'Scale up by taking a snapshot and creating a larger instance from it.',
    'Scale out by hand: add instances behind a Lightsail load balancer.',
    'When you outgrow it, export instance snapshots to Amazon EC2.',
  ],
  limits: [
    { label: 'Capacity', value: 'Fixed by the bundle; CPU is burstable rather than dedicated' },
    {
      label: 'Smallest bundle',
      value: '512 MB memory, 2 vCPUs, 20 GB SSD and 1 TB transfer for $5 a month (with public IPv4)',
    },
    { label: 'Auto scaling', value: 'Not available' },
    { label: 'AWS integration', value: 'Limited: reach other AWS services through VPC peering with your default VPC' },
    { label: 'Run time', value: 'No limit' },
  ],
  pricingModel: [
    'Fixed monthly bundles, charged by the hour up to the monthly price: from $5 a month with a public IPv4 address, or $3.50 a month IPv6-only.',
    'Example: $7 a month buys 1 GB memory, 2 vCPUs, 40 GB SSD and 2 TB of data transfer.',
    'Data transfer above the allowance costs $0.09 per GB in us-east-1.',
    'Load balancers, managed databases, extra block storage and snapshots have their own monthly prices.',
  ],
  useCases: [
    'Simple websites and blogs, such as WordPress',
    'Small web applications on a LAMP or Node.js stack',
    'Development and test servers',
    'Learning the cloud with a predictable bill',
  ],
  optionIds: ['lightsail'],
  compare: {
    whatItIs: 'Simple virtual private servers sold as fixed monthly bundles',
    unitOfDeployment: 'An instance created from a blueprint (OS or application stack) and a bundle',
    youManage: 'Operating system and application updates, backups, adding instances',
    awsManages: 'Hardware, networking, bundled storage and transfer',
    scaling: 'Nothing automatic: move to a bigger bundle via snapshot, or add instances behind a load balancer',
    timeLimit: 'None',
    computeLimits: 'Fixed by the bundle, from 512 MB memory and 2 vCPUs; burstable CPU',
    runtimes: 'Linux or Windows, with application blueprints (WordPress, LAMP, Node.js and others)',
    storage: 'SSD included in the bundle; extra block storage disks and object storage buckets',
    pricingModel: 'Fixed monthly price from $5 (IPv4) or $3.50 (IPv6-only), data transfer included',
    freeTier: 'A free trial on selected bundles for new accounts; check the current offer',
    bestFor: 'Small sites, simple applications and beginners who want a predictable bill',
    notFor: 'Traffic that needs auto scaling, or architectures built on many other AWS services',
  },
};

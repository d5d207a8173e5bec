import type { PriceId } from '../../common/pricing/price-book';
import type { PriceMapping } from './mapping';

/**
 * A Linux on-demand instance on shared tenancy, with no pre-installed
 * software or licence, priced for running (capacity status `Used`; reserved
 * capacity has its own products). Windows, RHEL, SQL Server, dedicated hosts
 * and capacity reservations differ in at least one of these attributes and in
 * the usage type (`DedicatedUsage:…`, `Reservation:…`).
 */
function linuxOnDemand(instanceType: string): PriceMapping {
  return {
    offer: 'AmazonEC2',
    productFamily: 'Compute Instance',
    usageType: `BoxUsage:${instanceType}`,
    attributes: {
      instanceType,
      tenancy: 'Shared',
      operatingSystem: 'Linux',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
      operation: 'RunInstances',
    },
    mayBeAbsent: 'AWS does not sell every instance type in every Region',
  };
}

// Internet egress from the Region, tiered at 10 TB, 50 TB and 150 TB a month
// (GB). The 100 GB free allowance is a separate `Global-…` product; transfer
// between Regions and zones has other usage types and transfer types.
const transferOut = (tierBegin: number): PriceMapping => ({
  offer: 'AWSDataTransfer',
  usageType: 'DataTransfer-Out-Bytes',
  attributes: { transferType: 'AWS Outbound' },
  tierBegin,
});

// Application Load Balancers only: network and gateway load balancers share
// the usage types under other product families.
const alb = (usageType: string): PriceMapping => ({
  offer: 'AWSELB',
  productFamily: 'Load Balancer-Application',
  usageType,
});

export const SERVER_MAPPING = {
  'ec2.t3.micro': linuxOnDemand('t3.micro'),
  'ec2.t3.small': linuxOnDemand('t3.small'),
  'ec2.t3.medium': linuxOnDemand('t3.medium'),
  'ec2.t3.large': linuxOnDemand('t3.large'),
  'ec2.c5.large': linuxOnDemand('c5.large'),
  'ec2.c5.xlarge': linuxOnDemand('c5.xlarge'),
  'ec2.c5.2xlarge': linuxOnDemand('c5.2xlarge'),
  'ec2.c5.4xlarge': linuxOnDemand('c5.4xlarge'),
  'ec2.m5.large': linuxOnDemand('m5.large'),
  'ec2.m5.xlarge': linuxOnDemand('m5.xlarge'),
  'ec2.m5.2xlarge': linuxOnDemand('m5.2xlarge'),
  'ec2.m5.4xlarge': linuxOnDemand('m5.4xlarge'),
  'ec2.m6i.large': linuxOnDemand('m6i.large'),
  'ec2.r5.large': linuxOnDemand('r5.large'),
  'ec2.r5.xlarge': linuxOnDemand('r5.xlarge'),
  'ec2.r5.2xlarge': linuxOnDemand('r5.2xlarge'),
  'ec2.r5.4xlarge': linuxOnDemand('r5.4xlarge'),
  'ec2.r5.8xlarge': linuxOnDemand('r5.8xlarge'),
  'ec2.t4g.nano': linuxOnDemand('t4g.nano'),
  'ec2.t4g.micro': linuxOnDemand('t4g.micro'),
  'ec2.t4g.small': linuxOnDemand('t4g.small'),
  'ec2.t4g.medium': linuxOnDemand('t4g.medium'),
  'ec2.t4g.large': linuxOnDemand('t4g.large'),
  'ec2.c6g.large': linuxOnDemand('c6g.large'),
  'ec2.c6g.xlarge': linuxOnDemand('c6g.xlarge'),
  'ec2.c6g.2xlarge': linuxOnDemand('c6g.2xlarge'),
  'ec2.c6g.4xlarge': linuxOnDemand('c6g.4xlarge'),
  'ec2.c7g.large': linuxOnDemand('c7g.large'),
  'ec2.m7g.large': linuxOnDemand('m7g.large'),
  'ec2.m7g.xlarge': linuxOnDemand('m7g.xlarge'),
  'ec2.m7g.2xlarge': linuxOnDemand('m7g.2xlarge'),
  'ec2.m7g.4xlarge': linuxOnDemand('m7g.4xlarge'),
  'ec2.m7g.8xlarge': linuxOnDemand('m7g.8xlarge'),
  'ec2.m7g.16xlarge': linuxOnDemand('m7g.16xlarge'),
  // gp3 storage per GB-month; its IOPS and throughput above the baseline are other products.
  'ebs.gp3': {
    offer: 'AmazonEC2',
    productFamily: 'Storage',
    usageType: 'EBS:VolumeUsage.gp3',
    attributes: { volumeApiName: 'gp3' },
  },
  'elb.alb.hour': alb('LoadBalancerUsage'),
  'elb.alb.lcu': alb('LCUUsage'),
  'transfer.out.tier1': transferOut(0),
  'transfer.out.tier2': transferOut(10240),
  'transfer.out.tier3': transferOut(51200),
  'transfer.out.tier4': transferOut(153600),
} as const satisfies Partial<Record<PriceId, PriceMapping>>;

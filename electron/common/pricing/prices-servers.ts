import { SOURCES, type PriceEntryData } from './price-entry';

function onDemand(type: string, usd: number): PriceEntryData {
  return { label: `EC2 ${type}, Linux on-demand`, unit: 'instance-hour', usd, source: SOURCES.ec2, verified: true };
}

/**
 * Larger sizes are not in the reference sheet. Within these families AWS prices
 * each size at exactly twice the one below, so we derive them and say so.
 */
function doubled(type: string, usd: number, from: string): PriceEntryData {
  return {
    ...onDemand(type, usd),
    verified: false,
    note: `Derived from ${from}: each size up in the family costs twice as much.`,
  };
}

/** EC2 instances, EBS, load balancers, data transfer: what server-based options pay for. */
export const SERVER_PRICES = {
  'ec2.t3.micro': onDemand('t3.micro', 0.0104),
  'ec2.t3.small': onDemand('t3.small', 0.0208),
  'ec2.t3.medium': onDemand('t3.medium', 0.0416),
  'ec2.t3.large': onDemand('t3.large', 0.0832),
  'ec2.c5.large': onDemand('c5.large', 0.085),
  'ec2.c5.xlarge': doubled('c5.xlarge', 0.17, 'c5.large'),
  'ec2.c5.2xlarge': doubled('c5.2xlarge', 0.34, 'c5.large'),
  'ec2.c5.4xlarge': doubled('c5.4xlarge', 0.68, 'c5.large'),
  'ec2.m5.large': onDemand('m5.large', 0.096),
  'ec2.m5.xlarge': onDemand('m5.xlarge', 0.192),
  'ec2.m5.2xlarge': doubled('m5.2xlarge', 0.384, 'm5.xlarge'),
  'ec2.m5.4xlarge': doubled('m5.4xlarge', 0.768, 'm5.xlarge'),
  'ec2.m6i.large': onDemand('m6i.large', 0.096),
  'ec2.r5.large': onDemand('r5.large', 0.126),
  'ec2.r5.xlarge': doubled('r5.xlarge', 0.252, 'r5.large'),
  'ec2.r5.2xlarge': doubled('r5.2xlarge', 0.504, 'r5.large'),
  'ec2.r5.4xlarge': doubled('r5.4xlarge', 1.008, 'r5.large'),
  'ec2.r5.8xlarge': doubled('r5.8xlarge', 2.016, 'r5.large'),
  'ec2.t4g.nano': onDemand('t4g.nano', 0.0042),
  'ec2.t4g.micro': onDemand('t4g.micro', 0.0084),
  'ec2.t4g.small': onDemand('t4g.small', 0.0168),
  'ec2.t4g.medium': onDemand('t4g.medium', 0.0336),
  'ec2.t4g.large': onDemand('t4g.large', 0.0672),
  'ec2.c6g.large': onDemand('c6g.large', 0.068),
  'ec2.c6g.xlarge': doubled('c6g.xlarge', 0.136, 'c6g.large'),
  'ec2.c6g.2xlarge': doubled('c6g.2xlarge', 0.272, 'c6g.large'),
  'ec2.c6g.4xlarge': doubled('c6g.4xlarge', 0.544, 'c6g.large'),
  'ec2.c7g.large': {
    ...onDemand('c7g.large', 0.0725),
    verified: false,
    note: 'Sources disagree: 0.0725, 0.072 and 0.0692.',
  },
  'ec2.m7g.large': onDemand('m7g.large', 0.0816),
  'ec2.m7g.xlarge': doubled('m7g.xlarge', 0.1632, 'm7g.large'),
  'ec2.m7g.2xlarge': doubled('m7g.2xlarge', 0.3264, 'm7g.large'),
  'ec2.m7g.4xlarge': doubled('m7g.4xlarge', 0.6528, 'm7g.large'),
  'ec2.m7g.8xlarge': doubled('m7g.8xlarge', 1.3056, 'm7g.large'),
  'ec2.m7g.16xlarge': doubled('m7g.16xlarge', 2.6112, 'm7g.large'),
  'ebs.gp3': {
    label: 'EBS gp3 volume (3,000 IOPS and 125 MB/s included)',
    unit: 'GB-month',
    usd: 0.08,
    source: SOURCES.ebs,
    verified: true,
  },
  'elb.alb.hour': {
    label: 'Application Load Balancer',
    unit: 'ALB-hour',
    usd: 0.0225,
    source: SOURCES.elb,
    verified: false,
    note: 'Not in the reference sheet; the widely published us-east-1 figure.',
  },
  'elb.alb.lcu': {
    label: 'Application Load Balancer capacity units',
    unit: 'LCU-hour',
    usd: 0.008,
    source: SOURCES.elb,
    verified: false,
    note: 'Not in the reference sheet; the widely published us-east-1 figure.',
  },
  'transfer.out.tier1': {
    label: 'Data transfer out to the internet, first 10 TB a month',
    unit: 'GB',
    usd: 0.09,
    source: SOURCES.ec2,
    verified: true,
  },
  'transfer.out.tier2': {
    label: 'Data transfer out to the internet, next 40 TB',
    unit: 'GB',
    usd: 0.085,
    source: SOURCES.ec2,
    verified: true,
  },
  'transfer.out.tier3': {
    label: 'Data transfer out to the internet, next 100 TB',
    unit: 'GB',
    usd: 0.07,
    source: SOURCES.ec2,
    verified: true,
  },
  'transfer.out.tier4': {
    label: 'Data transfer out to the internet, over 150 TB',
    unit: 'GB',
    usd: 0.05,
    source: SOURCES.ec2,
    verified: true,
  },
} as const satisfies Record<string, PriceEntryData>;

import type { ComputeOption } from './types';

export const EC2_OPTION: ComputeOption = {
  id: 'ec2',
  label: 'EC2 with Auto Scaling',
  serviceId: 'ec2',
  keyFacts: [
    'Full control of the OS, instance type and storage',
    'CloudWatch alarms drive an Auto Scaling group that adds or removes instances',
    'Billed per second while running; Savings Plans and Spot cut the price',
  ],
};

export const LIGHTSAIL_OPTION: ComputeOption = {
  id: 'lightsail',
  label: 'Lightsail',
  serviceId: 'lightsail',
  keyFacts: [
    'Fixed monthly bundles from $5 (IPv4) or $3.50 (IPv6-only)',
    'Server, SSD, static IP and data transfer in one price',
    'No auto scaling: add instances behind a Lightsail load balancer',
  ],
};

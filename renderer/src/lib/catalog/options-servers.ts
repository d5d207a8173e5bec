import { iconNode } from './diagram-syntax';
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
  diagram: {
    title: 'Web tier on EC2 in an Auto Scaling group',
    description:
      'Users reach an Application Load Balancer that spreads traffic over EC2 instances in two Availability Zones; a CloudWatch alarm on their CPU triggers the scaling policy that adds or removes instances.',
    source: `flowchart LR
  ${iconNode('users', 'users', 'Users')}
  ${iconNode('alb', 'alb', 'Application Load Balancer')}
  subgraph asg["Auto Scaling group across two Availability Zones"]
    ${iconNode('web1', 'ec2-instance', 'EC2 instance in AZ a')}
    ${iconNode('web2', 'ec2-instance', 'EC2 instance in AZ b')}
  end
  ${iconNode('alarm', 'cloudwatch', 'CloudWatch alarm on average CPU')}
  ${iconNode('policy', 'auto-scaling', 'Scaling policy')}
  users -->|HTTPS| alb
  alb --> web1 & web2
  web1 & web2 -.->|CPU metrics| alarm
  alarm -->|triggers| policy
  policy -->|launches or terminates instances| asg`,
    icons: ['users', 'alb', 'ec2-instance', 'cloudwatch', 'auto-scaling'],
  },
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
  diagram: {
    title: 'Small web application on Lightsail',
    description:
      'Visitors reach a Lightsail load balancer that sends traffic to two Lightsail instances built from a Node.js blueprint, which share a Lightsail managed database.',
    // The icon pack has no Lightsail load balancer or database icon, so those
    // two are plain rounded nodes inside the Lightsail group.
    source: `flowchart LR
  ${iconNode('visitors', 'users', 'Visitors')}
  subgraph ls["Lightsail: fixed monthly prices"]
    lb("Lightsail load balancer")
    ${iconNode('app1', 'lightsail', 'Instance 1: Node.js blueprint')}
    ${iconNode('app2', 'lightsail', 'Instance 2: Node.js blueprint')}
    db("Lightsail managed database")
  end
  visitors -->|HTTPS| lb
  lb --> app1 & app2
  app1 & app2 --> db`,
    icons: ['users', 'lightsail'],
  },
};

import type { PriceId } from './price-book';

export type Architecture = 'x86' | 'arm';

export interface InstanceType {
  name: string;
  arch: Architecture;
  priceId: PriceId;
  vcpu: number;
  memoryGiB: number;
  /**
   * Burstable types only sustain this share of each vCPU; sizing a steady load
   * on their burst credits would understate the fleet.
   */
  baselinePerVcpu: number;
  /** Pods a node takes under the EKS AMI's default networking (no prefix delegation). */
  eksMaxPods: number;
}

function type(
  name: string,
  arch: Architecture,
  vcpu: number,
  memoryGiB: number,
  eksMaxPods: number,
  baselinePerVcpu = 1,
): InstanceType {
  return { name, arch, priceId: `ec2.${name}` as PriceId, vcpu, memoryGiB, baselinePerVcpu, eksMaxPods };
}

/** The types a fleet may be built from; the engine picks the cheapest that fits. */
export const INSTANCE_TYPES: readonly InstanceType[] = [
  type('t3.micro', 'x86', 2, 1, 4, 0.1),
  type('t3.small', 'x86', 2, 2, 11, 0.2),
  type('t3.medium', 'x86', 2, 4, 17, 0.2),
  type('t3.large', 'x86', 2, 8, 35, 0.3),
  type('c5.large', 'x86', 2, 4, 29),
  type('c5.xlarge', 'x86', 4, 8, 58),
  type('c5.2xlarge', 'x86', 8, 16, 58),
  type('c5.4xlarge', 'x86', 16, 32, 234),
  type('m5.large', 'x86', 2, 8, 29),
  type('m5.xlarge', 'x86', 4, 16, 58),
  type('m5.2xlarge', 'x86', 8, 32, 58),
  type('m5.4xlarge', 'x86', 16, 64, 234),
  type('m6i.large', 'x86', 2, 8, 29),
  type('r5.large', 'x86', 2, 16, 29),
  type('r5.xlarge', 'x86', 4, 32, 58),
  type('r5.2xlarge', 'x86', 8, 64, 58),
  type('r5.4xlarge', 'x86', 16, 128, 234),
  type('r5.8xlarge', 'x86', 32, 256, 234),
  type('t4g.nano', 'arm', 2, 0.5, 4, 0.05),
  type('t4g.micro', 'arm', 2, 1, 4, 0.1),
  type('t4g.small', 'arm', 2, 2, 11, 0.2),
  type('t4g.medium', 'arm', 2, 4, 17, 0.2),
  type('t4g.large', 'arm', 2, 8, 35, 0.3),
  type('c6g.large', 'arm', 2, 4, 29),
  type('c6g.xlarge', 'arm', 4, 8, 58),
  type('c6g.2xlarge', 'arm', 8, 16, 58),
  type('c6g.4xlarge', 'arm', 16, 32, 234),
  type('c7g.large', 'arm', 2, 4, 29),
  type('m7g.large', 'arm', 2, 8, 29),
  type('m7g.xlarge', 'arm', 4, 16, 58),
  type('m7g.2xlarge', 'arm', 8, 32, 58),
  type('m7g.4xlarge', 'arm', 16, 64, 234),
  type('m7g.8xlarge', 'arm', 32, 128, 234),
  type('m7g.16xlarge', 'arm', 64, 256, 737),
];

/**
 * The OS, the ECS agent or the kubelet keep part of a node's memory; 10% is a
 * round allowance for that, not a measured figure.
 */
export const USABLE_MEMORY_SHARE = 0.9;

/** aws-node and kube-proxy run on every EKS node and take two pod slots. */
export const EKS_SYSTEM_PODS_PER_NODE = 2;

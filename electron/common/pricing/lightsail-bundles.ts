import type { PriceId } from './price-book';

export interface LightsailBundle {
  priceId: PriceId;
  name: string;
  memoryGiB: number;
  vcpu: number;
  /**
   * Lightsail bundles burst like the t3 size of the same memory (their API
   * names are nano_3_0 … xlarge_3_0); we assume the same baselines. Unverified.
   */
  baselinePerVcpu: number;
  transferAllowanceGB: number;
}

const TB = 1024;

/** Linux bundles with a public IPv4 address, smallest first. */
export const LIGHTSAIL_BUNDLES: readonly LightsailBundle[] = [
  {
    priceId: 'lightsail.bundle.0.5gb',
    name: '512 MB',
    memoryGiB: 0.5,
    vcpu: 2,
    baselinePerVcpu: 0.05,
    transferAllowanceGB: 1 * TB,
  },
  {
    priceId: 'lightsail.bundle.1gb',
    name: '1 GB',
    memoryGiB: 1,
    vcpu: 2,
    baselinePerVcpu: 0.1,
    transferAllowanceGB: 2 * TB,
  },
  {
    priceId: 'lightsail.bundle.2gb',
    name: '2 GB',
    memoryGiB: 2,
    vcpu: 2,
    baselinePerVcpu: 0.2,
    transferAllowanceGB: 3 * TB,
  },
  {
    priceId: 'lightsail.bundle.4gb',
    name: '4 GB',
    memoryGiB: 4,
    vcpu: 2,
    baselinePerVcpu: 0.2,
    transferAllowanceGB: 4 * TB,
  },
  {
    priceId: 'lightsail.bundle.8gb',
    name: '8 GB',
    memoryGiB: 8,
    vcpu: 2,
    baselinePerVcpu: 0.3,
    transferAllowanceGB: 5 * TB,
  },
  {
    priceId: 'lightsail.bundle.16gb',
    name: '16 GB',
    memoryGiB: 16,
    vcpu: 4,
    baselinePerVcpu: 0.4,
    transferAllowanceGB: 6 * TB,
  },
];

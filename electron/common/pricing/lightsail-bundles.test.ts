import { describe, expect, it } from 'vitest';
import { LIGHTSAIL_BUNDLES } from './lightsail-bundles';
import { PRICE_IDS } from './price-book';

/**
 * The Linux bundles with a public IPv4 address, as the reference sheet
 * (aws-prices-us-east-1.md, "Amazon Lightsail") lists them: RAM, vCPU and the
 * monthly transfer allowance. 3 TB to 6 TB are marked unverified there.
 */
const SHEET = [
  { name: '512 MB', memoryGiB: 0.5, vcpu: 2, transferTB: 1 },
  { name: '1 GB', memoryGiB: 1, vcpu: 2, transferTB: 2 },
  { name: '2 GB', memoryGiB: 2, vcpu: 2, transferTB: 3 },
  { name: '4 GB', memoryGiB: 4, vcpu: 2, transferTB: 4 },
  { name: '8 GB', memoryGiB: 8, vcpu: 2, transferTB: 5 },
  { name: '16 GB', memoryGiB: 16, vcpu: 4, transferTB: 6 },
];

describe('Lightsail bundles', () => {
  it('are the bundles of the reference sheet, smallest first, named by their RAM as AWS names them', () => {
    expect(LIGHTSAIL_BUNDLES.map(({ name, memoryGiB, vcpu }) => ({ name, memoryGiB, vcpu }))).toEqual(
      SHEET.map(({ name, memoryGiB, vcpu }) => ({ name, memoryGiB, vcpu })),
    );
  });

  it('include the transfer allowance AWS publishes, counted in GB at 1,024 GB a TB', () => {
    // The allowance is what a month's traffic is measured against before the $0.09/GB overage.
    expect(LIGHTSAIL_BUNDLES.map((b) => b.transferAllowanceGB)).toEqual(SHEET.map((s) => s.transferTB * 1024));
  });

  it('are each priced by the bundled book', () => {
    const ids = new Set<string>(PRICE_IDS);
    for (const bundle of LIGHTSAIL_BUNDLES) expect(ids.has(bundle.priceId), bundle.name).toBe(true);
  });
});

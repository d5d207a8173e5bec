import { describe, expect, it } from 'vitest';
import { KNOWN_REGIONS, knownRegion } from './aws-regions';
import { regionCodeSchema } from './price-book-data';

/**
 * The Regions the app names and whose usage types it checks when importing
 * AWS's Price List files. A wrong prefix makes an import find no products (or
 * another Region's), a wrong name mislabels every book of that Region.
 */
describe('known AWS Regions', () => {
  // AWS's "AWS Region billing codes" page
  // (docs.aws.amazon.com/global-infrastructure/latest/regions/aws-region-billing-codes.html):
  // the short code that starts a usage type, e.g. APE1-USE1-AWS-In-Bytes.
  // Ireland's is plain "EU" (the reference sheet aws-price-list-format.md gives
  // "EUW1-" as an example; no Region uses it).
  const BILLING_CODES: Record<string, string> = {
    'us-east-1': 'USE1',
    'us-east-2': 'USE2',
    'us-west-1': 'USW1',
    'us-west-2': 'USW2',
    'ca-central-1': 'CAN1',
    'ca-west-1': 'CAN2',
    'sa-east-1': 'SAE1',
    'eu-west-1': 'EU',
    'eu-west-2': 'EUW2',
    'eu-west-3': 'EUW3',
    'eu-central-1': 'EUC1',
    'eu-central-2': 'EUC2',
    'eu-north-1': 'EUN1',
    'eu-south-1': 'EUS1',
    'eu-south-2': 'EUS2',
    'af-south-1': 'AFS1',
    'me-south-1': 'MES1',
    'me-central-1': 'MEC1',
    'il-central-1': 'ILC1',
    'ap-east-1': 'APE1',
    'ap-east-2': 'APE2',
    'ap-south-1': 'APS3',
    'ap-south-2': 'APS5',
    'ap-southeast-1': 'APS1',
    'ap-southeast-2': 'APS2',
    'ap-southeast-3': 'APS4',
    'ap-southeast-4': 'APS6',
    'ap-northeast-1': 'APN1',
    'ap-northeast-2': 'APN2',
    'ap-northeast-3': 'APN3',
  };

  it('gives each Region the usage-type prefix AWS publishes for it', () => {
    const prefixes = Object.fromEntries(KNOWN_REGIONS.map((r) => [r.code, r.usagePrefix]));
    expect(prefixes).toEqual(BILLING_CODES);
  });

  it('gives every Region a code the price-book schema accepts', () => {
    for (const region of KNOWN_REGIONS) {
      expect(regionCodeSchema.safeParse(region.code).success, region.code).toBe(true);
    }
  });

  it('names every Region as the Price List files do: an area, then the place in brackets', () => {
    // The files' `location` attribute, e.g. "US East (N. Virginia)", "EU (Frankfurt)".
    for (const region of KNOWN_REGIONS) {
      expect(region.name, region.code).toMatch(/^[A-Z][A-Za-z ]+ \([A-Z][A-Za-z. ]+\)$/);
    }
  });

  it('never gives two Regions the same code, name or prefix', () => {
    for (const key of ['code', 'name', 'usagePrefix'] as const) {
      const values = KNOWN_REGIONS.map((r) => r[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('finds the Regions the reference sheets name, by code', () => {
    // aws-prices-us-east-1.md prices us-east-1; AWS's Region index example names
    // us-east-2 (aws-price-list-format.md). The name is the bundled book's.
    expect(knownRegion('us-east-1')).toEqual({ code: 'us-east-1', name: 'US East (N. Virginia)', usagePrefix: 'USE1' });
    expect(knownRegion('us-east-2')).toEqual({ code: 'us-east-2', name: 'US East (Ohio)', usagePrefix: 'USE2' });
    expect(knownRegion('eu-west-1')).toEqual({ code: 'eu-west-1', name: 'EU (Ireland)', usagePrefix: 'EU' });
  });

  it('knows nothing of a Region it does not list (an import then reads the name from the files)', () => {
    expect(knownRegion('xx-nowhere-1')).toBeUndefined();
    expect(knownRegion('')).toBeUndefined();
  });
});

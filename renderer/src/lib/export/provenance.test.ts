import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD, ON_DEMAND } from '../../../../electron/common/pricing';
import { asciiJson, buildProvenance, footerLines, pngTextEntries, type ProvenanceInput } from './provenance';

const input: ProvenanceInput = {
  option: { id: 'ecs-ec2', label: 'ECS on EC2' },
  title: 'ECS service on EC2 container instances',
  profileName: null,
  unsavedChanges: false,
  priceBook: {
    region: 'us-east-1',
    regionName: 'US East (N. Virginia)',
    version: '2025.06',
    asOf: '2025-06-01',
    source: { kind: 'bundled' },
  },
  workload: DEFAULT_WORKLOAD,
  monthlyUSD: 123.45,
  appVersion: '1.2.3',
  exportedAt: new Date('2025-11-26T21:50:30Z'),
};

describe('buildProvenance', () => {
  it('names an unsaved workload "Untitled workload" and records the price book and options', () => {
    const p = buildProvenance(input);
    expect(p).toMatchObject({
      profile: 'Untitled workload',
      region: 'us-east-1',
      priceBook: { region: 'us-east-1', asOf: '2025-06-01', version: '2025.06', source: 'bundled' },
      pricingOptions: { architecture: 'x86', purchaseOption: 'on-demand', apiFront: 'http', overriddenPrices: 0 },
      appVersion: '1.2.3',
      exportedAt: '2025-11-26T21:50:30.000Z',
    });
  });
});

describe('footerLines', () => {
  it('reads as the workload panel’s words', () => {
    expect(footerLines(buildProvenance(input))).toEqual([
      'Untitled workload · us-east-1 (US East (N. Virginia)) · price book 2025.06 (bundled), prices as of 2025-06-01',
      'x86 · On-demand · API front: API Gateway HTTP API · load balancer · free tier',
      'Compute Explorer 1.2.3 · exported 2025-11-26 21:50 UTC',
    ]);
  });

  it('says when the profile has unsaved changes, the discount taken and prices overridden', () => {
    const purchases = { ...DEFAULT_WORKLOAD.purchases, fargate: { ...ON_DEMAND, plan: 'spot' as const } };
    const workload = { ...DEFAULT_WORKLOAD, purchases, priceOverrides: { 'lambda.requests': 1 } };
    const lines = footerLines(buildProvenance({ ...input, profileName: 'Shop', unsavedChanges: true, workload }));
    expect(lines[0]).toBe(
      'Shop (unsaved changes) · us-east-1 (US East (N. Virginia)) · price book 2025.06 (bundled), prices as of 2025-06-01',
    );
    expect(lines[1]).toContain('Spot (70% off) for Fargate; the rest on-demand');
    expect(lines[1]).toContain('1 price overridden');
  });
});

describe('an imported price book', () => {
  it('names its Region and that the prices came from AWS’s Price List', () => {
    const priceBook = {
      region: 'eu-central-1',
      regionName: 'EU (Frankfurt)',
      version: 'aws-20251028',
      asOf: '2025-10-28',
      source: { kind: 'aws-price-list' as const, importedAt: '2025-11-02T09:00:00Z', offers: [] },
    };
    const p = buildProvenance({ ...input, priceBook });
    expect(p.region).toBe('eu-central-1');
    expect(p.priceBook).toMatchObject({ version: 'aws-20251028', source: 'AWS Price List' });
    expect(footerLines(p)[0]).toBe(
      'Untitled workload · eu-central-1 (EU (Frankfurt)) · price book aws-20251028 (AWS Price List), prices as of 2025-10-28',
    );
  });
});

describe('pngTextEntries', () => {
  it('carries the software version, the creation time and the provenance as JSON', () => {
    const entries = pngTextEntries(buildProvenance({ ...input, profileName: 'Café — 東京' }), 'A diagram.');
    expect(entries.Software).toBe('Compute Explorer 1.2.3');
    expect(entries['Creation Time']).toBe('Wed, 26 Nov 2025 21:50:30 GMT');
    expect(entries.Provenance).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(entries.Provenance!).profile).toBe('Café — 東京');
  });

  it('keeps JSON valid when escaping to ASCII', () => {
    const value = { text: 'a\u2028b — "q"' };
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });
});

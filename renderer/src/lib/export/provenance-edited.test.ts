import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../../../../electron/common/pricing';
import { buildProvenance, footerLines, pngTextEntries, type ProvenanceInput } from './provenance';

const input: ProvenanceInput = {
  option: { id: 'ec2', label: 'EC2' },
  title: 'EC2 with Auto Scaling',
  profileName: 'Shop',
  unsavedChanges: false,
  priceBook: {
    region: 'us-east-1',
    regionName: 'US East (N. Virginia)',
    version: '2025.06',
    asOf: '2025-06-01',
    source: { kind: 'bundled' },
  },
  workload: DEFAULT_WORKLOAD,
  monthlyUSD: 10,
  appVersion: '1.2.3',
  exportedAt: new Date('2025-11-26T21:50:30Z'),
};

describe('provenance of a diagram the user edited', () => {
  it('says so in the footer and in the PNG’s JSON', () => {
    const edited = buildProvenance({ ...input, edited: true });
    expect(footerLines(edited)[2]).toBe(
      'Compute Explorer 1.2.3 · diagram edited by hand · exported 2025-11-26 21:50 UTC',
    );
    expect(JSON.parse(pngTextEntries(edited, 'd').Provenance!).diagram.edited).toBe(true);
  });

  it('says nothing of edits for a generated diagram', () => {
    const generated = buildProvenance(input);
    expect(footerLines(generated).join('\n')).not.toMatch(/edited/);
    expect('edited' in generated.diagram).toBe(false);
  });
});

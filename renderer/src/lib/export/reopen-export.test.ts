import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { reopenExport } from '../../../../electron/common/export-reopen/read-export';
import { DEFAULT_WORKLOAD, type Workload } from '../../../../electron/common/pricing';
import { PROFILE_SCHEMA_VERSION } from '../../../../electron/common/profiles/profile-schema';
import { paletteFor } from './export-palette';
import { addPngText } from './png-chunks';
import { asciiJson, buildProvenance, pngTextEntries, type Provenance } from './provenance';
import { buildSvgDocument } from './svg-document';
import { MERMAID_LIKE_SVG } from './svg-fixture.test-helper';

const WORKLOAD: Workload = { ...DEFAULT_WORKLOAD, requestsPerMonth: 42_000_000, memoryMB: 2048, architecture: 'arm' };

function provenance(workload: Workload = WORKLOAD): Provenance {
  return buildProvenance({
    option: { id: 'fargate', label: 'Fargate (ECS)' },
    title: 'Fargate service',
    profileName: 'Checkout “API”',
    unsavedChanges: false,
    priceBook: {
      region: 'us-east-1',
      regionName: 'US East (N. Virginia)',
      version: '2025.06',
      asOf: '2025-06-01',
      source: { kind: 'bundled' },
    },
    workload,
    monthlyUSD: 12.34,
    appVersion: '1.2.3',
    exportedAt: new Date('2026-11-30T10:00:00Z'),
  });
}

/** A PNG encoded by pngjs, tagged as the app tags its exports. */
function exportedPng(entries: Record<string, string>): Uint8Array {
  return addPngText(new Uint8Array(PNG.sync.write(new PNG({ width: 4, height: 3 }))), entries);
}

function exportedSvg(p: Provenance | null): Uint8Array {
  const { svg } = buildSvgDocument({
    diagramSvg: MERMAID_LIKE_SVG,
    heading: 'Fargate service',
    ...(p ? { provenanceJson: JSON.stringify(p) } : {}),
    footerLines: [],
    palette: paletteFor('light'),
    background: 'solid',
    fontCss: '',
  });
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`);
}

describe('reopening an exported picture', () => {
  it('gives back the workload, profile and export date a PNG was exported with', () => {
    const reopened = reopenExport(exportedPng(pngTextEntries(provenance(), 'a diagram')));
    expect(reopened).toEqual({
      ok: true,
      workload: WORKLOAD,
      profileName: 'Checkout “API”',
      exportedAt: '2026-11-30T10:00:00.000Z',
      appVersion: '1.2.3',
      fromVersion: PROFILE_SCHEMA_VERSION,
    });
  });

  it('gives back the workload of an SVG, from its <metadata>', () => {
    const reopened = reopenExport(exportedSvg(provenance()));
    expect(reopened).toMatchObject({ ok: true, workload: WORKLOAD, profileName: 'Checkout “API”' });
  });

  it('migrates the workload of an export made before the profile format was recorded (format 1)', () => {
    // A format-1 workload: copies sized from requests per vCPU-second, one purchase option for all.
    const old = {
      ...provenance(),
      profileSchemaVersion: undefined,
      workload: {
        kind: 'service',
        requestsPerMonth: 5_000_000,
        durationMs: 250,
        memoryMB: 2048,
        requestsPerSecondPerVcpu: 20,
        purchaseOption: 'savings-plan',
        savingsPlanDiscountPct: 30,
      },
    };
    const reopened = reopenExport(exportedPng({ Provenance: asciiJson(old) }));
    expect(reopened).toMatchObject({ ok: true, fromVersion: 1 });
    if (!reopened.ok) return;
    expect(reopened.workload.requestsPerMonth).toBe(5_000_000);
    expect(reopened.workload.durationMs).toBe(250);
    expect(reopened.workload.purchases.fargate).toMatchObject({ plan: 'compute-savings-plan' });
  });

  it('refuses a PNG without our provenance, saying so', () => {
    const foreign = new Uint8Array(PNG.sync.write(new PNG({ width: 2, height: 2 })));
    expect(reopenExport(foreign)).toEqual({
      ok: false,
      problem: expect.stringMatching(/no Compute Explorer provenance/),
    });
    expect(reopenExport(exportedSvg(null))).toMatchObject({ problem: /no Compute Explorer provenance/ });
  });

  it('refuses a truncated PNG or SVG', () => {
    const png = exportedPng(pngTextEntries(provenance(), 'a diagram'));
    expect(reopenExport(png.subarray(0, png.length - 20))).toMatchObject({ ok: false, problem: /truncated|cut short/ });
    const svg = exportedSvg(provenance());
    expect(reopenExport(svg.subarray(0, svg.length - 10))).toMatchObject({ ok: false, problem: /cut short/ });
  });

  it('refuses a file that is not a picture, and provenance that is not ours or whose workload fails the checks', () => {
    expect(reopenExport(new TextEncoder().encode('{"requestsPerMonth": 1}'))).toMatchObject({
      problem: /neither a PNG nor an SVG/,
    });
    expect(reopenExport(exportedPng({ Provenance: '{"app":"Other"' }))).toMatchObject({ problem: /not valid JSON/ });
    expect(reopenExport(exportedPng({ Provenance: asciiJson({ ...provenance(), app: 'Other' }) }))).toMatchObject({
      problem: /not Compute Explorer's \(app is wrong\)/,
    });
    const bad = { ...provenance(), workload: { ...WORKLOAD, requestsPerMonth: -5 } };
    expect(reopenExport(exportedPng({ Provenance: asciiJson(bad) }))).toMatchObject({
      problem: /workload does not pass the app's checks: .*requestsPerMonth/,
    });
  });

  it('refuses an export from a newer app format rather than guessing', () => {
    const newer = { ...provenance(), profileSchemaVersion: PROFILE_SCHEMA_VERSION + 1 };
    expect(reopenExport(exportedPng({ Provenance: asciiJson(newer) }))).toMatchObject({
      problem: /newer Compute Explorer/,
    });
  });
});

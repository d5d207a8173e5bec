import { describe, expect, it } from 'vitest';
import { cssString, pageRule } from './report-page-style';
import { provenanceLine, reportTitle, utcMinute } from './report-facts';

describe('the printed page rule', () => {
  it('sets the page size CSS names for A4 and Letter', () => {
    expect(pageRule('a4', 'x')).toMatch(/@page \{ size: A4;/);
    expect(pageRule('letter', 'x')).toMatch(/@page \{ size: letter;/);
  });

  it('prints the footer on every page, in a string no profile name can break out of', () => {
    const rule = pageRule('a4', 'Evil" } body { display: none } \\');
    expect(rule).toContain('@bottom-left { content: "Evil\\" } body { display: none } \\\\";');
    expect(cssString('two\nlines')).toBe('"two lines"');
  });
});

describe('the report’s provenance line', () => {
  it('names the app version, the Region, the price book with its date, and the export time', () => {
    const line = provenanceLine({
      appVersion: '1.2.3',
      priceBook: {
        region: 'eu-central-1',
        regionName: 'Europe (Frankfurt)',
        version: '2026.11',
        asOf: '2026-11-01',
        source: { kind: 'bundled' },
      },
      exportedAt: new Date('2026-12-01T17:40:59Z'),
    });
    expect(line).toBe(
      'Compute Explorer 1.2.3 · eu-central-1 (Europe (Frankfurt)) · price book 2026.11 (bundled), prices as of 2026-11-01 · exported 2026-12-01 17:40 UTC',
    );
  });

  it('titles an unnamed workload as the app does', () => {
    expect(reportTitle(null)).toBe('Untitled workload');
    expect(reportTitle('  Checkout API ')).toBe('Checkout API');
    expect(utcMinute(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02 03:04 UTC');
  });
});

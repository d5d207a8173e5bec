import { describe, expect, it } from 'vitest';
import { ExportRefused } from './export-diagram';
import { exportFailureMessage } from './export-failure';

describe('exportFailureMessage', () => {
  it('gives a refusal in its own words: it already says why and what to do', () => {
    const refusal = new ExportRefused('The PNG would be 20,000 × 9,000 px; the limit is 16,384 px a side.');
    expect(exportFailureMessage('png', refusal)).toBe(
      'The PNG would be 20,000 × 9,000 px; the limit is 16,384 px a side.',
    );
  });

  it('names the action that failed for anything else', () => {
    expect(exportFailureMessage('png', new Error('disk full'))).toBe('The PNG could not be exported: disk full');
    expect(exportFailureMessage('svg', new Error('disk full'))).toBe('The SVG could not be exported: disk full');
    expect(exportFailureMessage('copy', 'denied')).toBe('The PNG could not be copied: denied');
  });
});

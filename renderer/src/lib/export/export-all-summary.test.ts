import { describe, expect, it } from 'vitest';
import { describeChoices, describeProgress, describeSummary } from './export-all-summary';

const failure = { label: 'Batch diagram', fileName: '07-batch.png', reason: 'Too big.' };
const ZIP = 'compute-explorer-export-2025-11-26.zip';

describe('describeProgress', () => {
  it('says how many of how many, and the percentage rounded down', () => {
    expect(describeProgress({ done: 1, total: 3, current: 'x' })).toBe('1 of 3 (33%)');
    expect(describeProgress({ done: 10, total: 10, current: null })).toBe('10 of 10 (100%)');
  });
});

describe('describeSummary', () => {
  it('says where everything went', () => {
    const summary = { total: 10, written: Array(10).fill('f.png'), failures: [], stopped: false };
    expect(describeSummary(summary, ZIP)).toBe(`Exported all 10 files to ${ZIP}.`);
  });

  it('counts the failures', () => {
    const summary = { total: 10, written: Array(8).fill('f.png'), failures: [failure, failure], stopped: false };
    expect(describeSummary(summary, '/home/me/out')).toBe('Exported 8 of 10 files to /home/me/out. 2 files failed.');
  });

  it('says when nothing was written', () => {
    expect(describeSummary({ total: 1, written: [], failures: [failure], stopped: false }, ZIP)).toBe(
      'Export all wrote nothing: the one file failed.',
    );
  });

  it('says a stop left items undone', () => {
    const summary = { total: 10, written: ['a.png', 'b.png'], failures: [failure], stopped: true };
    expect(describeSummary(summary, ZIP)).toBe(
      `Export all stopped after 3 of 10. 2 files written to ${ZIP}. 1 file failed.`,
    );
  });
});

describe('describeChoices', () => {
  it('lists the settings every PNG is made with', () => {
    const choices = { background: 'solid', theme: 'light', footer: true, costAnnotations: false } as const;
    expect(describeChoices({ ...choices, sizing: { kind: 'scale', scale: 2 } })).toBe(
      '2× · solid background · light theme · provenance footer · no cost annotations',
    );
    expect(describeChoices({ ...choices, sizing: { kind: 'width', widthPx: 16000 }, footer: false })).toMatch(
      /^16,000 px wide · .* · no footer ·/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { notesCount, notesProblem } from './notes-limit';

describe('the notes length cap', () => {
  it('lets 20,000 characters through and refuses one more, saying by how much', () => {
    expect(notesProblem('x'.repeat(20_000))).toBeNull();
    expect(notesProblem('x'.repeat(20_001))).toBe(
      'Notes can be at most 20,000 characters; these are 1 over. Shorten them to save.',
    );
  });

  it('counts as the file’s schema does: an emoji is two', () => {
    expect(notesCount('Peak 🚀')).toBe('7 of 20,000 characters');
  });
});

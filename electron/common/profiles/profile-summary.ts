import type { Profile, ProfileSummary } from './profile-schema';

const PREVIEW_MAX = 140;

/** The notes as one line, cut to what a list row shows. */
export function notesPreview(notes: string): string {
  const line = notes.replace(/\s+/g, ' ').trim();
  if (line.length <= PREVIEW_MAX) return line;
  // Don't leave half of an emoji at the cut.
  const cut = line.slice(0, PREVIEW_MAX).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

export function toSummary(profile: Profile, flags: { readOnly: boolean; example: boolean }): ProfileSummary {
  return {
    id: profile.id,
    name: profile.name,
    updatedAt: profile.updatedAt,
    revision: profile.revision,
    readOnly: flags.readOnly,
    example: flags.example,
    notesPreview: notesPreview(profile.notes),
  };
}

const byName = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

/** Most recently changed first; ties by name, then id so the order never flickers. */
export function sortSummaries(summaries: readonly ProfileSummary[]): ProfileSummary[] {
  const keyed = summaries.map((summary) => ({ summary, time: Date.parse(summary.updatedAt) }));
  keyed.sort(
    (a, b) =>
      b.time - a.time ||
      byName.compare(a.summary.name, b.summary.name) ||
      (a.summary.id < b.summary.id ? -1 : a.summary.id > b.summary.id ? 1 : 0),
  );
  return keyed.map((k) => k.summary);
}

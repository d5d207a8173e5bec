import { PROFILE_NOTES_MAX } from '../../../../electron/common/profiles/profile-schema';

const count = (n: number) => n.toLocaleString('en-US');

/** "120 of 20,000 characters": counted as the profile schema counts them (UTF-16 code units). */
export function notesCount(notes: string): string {
  return `${count(notes.length)} of ${count(PROFILE_NOTES_MAX)} characters`;
}

/** Why the notes cannot be saved as typed, or null when they can: said before saving, so nothing typed is lost. */
export function notesProblem(notes: string): string | null {
  const over = notes.length - PROFILE_NOTES_MAX;
  if (over <= 0) return null;
  return `Notes can be at most ${count(PROFILE_NOTES_MAX)} characters; these are ${count(over)} over. Shorten them to save.`;
}

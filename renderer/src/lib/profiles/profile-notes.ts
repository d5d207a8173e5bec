import { api } from '../api';
import { profiles, type Profile } from './profiles.svelte';

/**
 * Saves new notes on a profile through the same `saveProfile` path as the
 * editor, with the workload as it is on disk: unsaved slider edits of the
 * open profile stay unsaved, and the open profile follows the new revision
 * so its next save is not refused as a conflict. `profile` is the file as
 * read when editing began: a change on disk since then is refused, not overwritten.
 */
export async function saveProfileNotes(profile: Profile, notes: string): Promise<void> {
  const { id } = profile;
  const saved = await api.saveProfile({
    id,
    name: profile.name,
    notes,
    workload: profile.workload,
    diagrams: profile.diagrams,
    deck: profile.deck,
    baseRevision: profile.revision,
  });
  const open = profiles.open;
  if (open?.profile.id === id)
    profiles.open = { ...open, profile: { ...open.profile, notes: saved.notes, revision: saved.revision } };
  await profiles.refresh();
}

/** The profile as on disk, to edit its notes. */
export async function profileForNotes(id: string): Promise<Profile> {
  return (await api.getProfile({ id })).profile;
}

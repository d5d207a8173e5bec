import type { Workload } from '../../../../electron/common/pricing';
import type { IpcOutput } from '../../../../electron/common/ipc-schemas';
import { displayFileName, fileSizeText } from '../../../../electron/common/profiles/profile-names';
import { PROFILE_TEXT_MAX } from '../../../../electron/common/profiles/profile-schema';
import { api, ApiError } from '../api';
import { userDiagrams } from '../diagrams/user-diagrams.svelte';
import { deckLayout } from '../presentation/deck-layout.svelte';
import { afterNavigation, withNotice, withoutNotice, type Notice, type NoticeTone } from '../notices/notice-list';
import { workload } from '../pricing/workload.svelte';
import { downloadText } from './download';
import { ListRefresher } from './list-refresher';

export type ProfileSummary = IpcOutput<'listProfiles'>['profiles'][number];
export type StoreNotice = IpcOutput<'listProfiles'>['notices'][number];
export type Profile = IpcOutput<'getProfile'>['profile'];

export interface OpenProfile {
  profile: Profile;
  readOnly: boolean;
}

/** A save refused because the file changed since it was opened. */
export interface Conflict {
  message: string;
  profileId: string;
}

/** What "unsaved" compares: the workload, the user's diagram edits and how the deck is arranged, all saved with it. */
const key = (w: Workload, diagrams: unknown = userDiagrams.current, deck = deckLayout.current): string =>
  JSON.stringify([w, diagrams, deck]);

/**
 * Named workloads on disk. The workload being edited lives in `workload`;
 * this holds which profile it came from, so "unsaved" is a comparison with
 * what was last loaded or saved.
 */
class ProfilesState {
  list = $state.raw<ProfileSummary[]>([]);
  notices = $state.raw<Notice[]>([]);
  private lastNoticeId = 0;
  open = $state.raw<OpenProfile | null>(null);
  conflict = $state.raw<Conflict | null>(null);
  lastDeleted = $state.raw<{ undoToken: string; name: string } | null>(null);
  /** What the editor held when it was last opened or saved. */
  private savedKey = $state(key(workload.current));

  dirty = $derived(key(workload.current) !== this.savedKey);

  private readonly lists = new ListRefresher(async () => {
    const reply = await api.listProfiles();
    this.list = reply.profiles;
    for (const notice of reply.notices) this.say(notice.message, { key: `store:${notice.file}` });
  });

  /** Fetches the list; asked for while one is on its way, one more follows it (see ListRefresher). */
  refresh(): Promise<void> {
    return this.lists.refresh();
  }

  /** The profiles page, when shown: fetches the list unless it is known to be current. */
  refreshUnlessCurrent(): Promise<void> {
    return this.lists.refreshUnlessCurrent();
  }

  async openProfile(id: string): Promise<void> {
    const opened = await api.getProfile({ id });
    this.load(opened);
    if (opened.readOnly && !opened.profile.id.startsWith('example-')) {
      this.say(`“${opened.profile.name}” was saved by a newer version of Compute Explorer; it opens read-only.`);
    }
  }

  /** Starts an unnamed workload from the defaults. */
  startNew(): void {
    this.open = null;
    workload.reset();
    userDiagrams.replace(undefined);
    deckLayout.reset();
    this.savedKey = key(workload.current);
  }

  /** Saves over the open profile; examples and read-only files need "save as". */
  async save(): Promise<'saved' | 'needs-name' | 'conflict'> {
    const open = this.open;
    if (!open || open.readOnly) return 'needs-name';
    try {
      const profile = await api.saveProfile({
        id: open.profile.id,
        name: open.profile.name,
        notes: open.profile.notes,
        workload: workload.current,
        diagrams: userDiagrams.current,
        deck: deckLayout.current,
        baseRevision: open.profile.revision,
      });
      this.load({ profile, readOnly: false });
      await this.refresh();
      return 'saved';
    } catch (error) {
      if (error instanceof ApiError && error.error.code === 'conflict') {
        this.conflict = { message: error.message, profileId: open.profile.id };
        return 'conflict';
      }
      throw error;
    }
  }

  async saveAs(name: string, notes = this.open?.profile.notes ?? ''): Promise<void> {
    const profile = await api.createProfile({
      name,
      notes,
      workload: workload.current,
      diagrams: userDiagrams.current,
      deck: deckLayout.current,
    });
    this.load({ profile, readOnly: false });
    this.conflict = null;
    await this.refresh();
  }

  async rename(id: string, name: string): Promise<void> {
    const current = this.list.find((p) => p.id === id);
    if (!current) return;
    const profile = await api.renameProfile({ id, name, baseRevision: current.revision });
    if (this.open?.profile.id === id)
      this.open = { profile: { ...this.open.profile, name, revision: profile.revision }, readOnly: false };
    await this.refresh();
  }

  async duplicate(id: string): Promise<Profile> {
    const profile = await api.duplicateProfile({ id });
    await this.refresh();
    return profile;
  }

  async remove(id: string): Promise<void> {
    const name = this.list.find((p) => p.id === id)?.name ?? 'Profile';
    const { undoToken } = await api.deleteProfile({ id });
    this.lastDeleted = { undoToken, name };
    if (this.open?.profile.id === id) this.open = null;
    await this.refresh();
  }

  async undoDelete(): Promise<void> {
    const deleted = this.lastDeleted;
    if (!deleted) return;
    this.lastDeleted = null;
    await api.restoreProfile({ undoToken: deleted.undoToken });
    await this.refresh();
  }

  /** Validates on the store's side; a bad file adds nothing and says why. */
  async importFile(file: File): Promise<Profile> {
    // Said here with the file's size: sent, it would only be "too large" somewhere on the way.
    if (file.size > PROFILE_TEXT_MAX) {
      throw new Error(
        `“${displayFileName(file.name)}” is ${fileSizeText(file.size)}; a profile file can be at most ${fileSizeText(PROFILE_TEXT_MAX)}. Nothing was imported.`,
      );
    }
    const profile = await api.importProfile({ text: await file.text(), fileName: file.name });
    await this.refresh();
    return profile;
  }

  async exportProfile(id: string): Promise<void> {
    const { fileName, text } = await api.exportProfile({ id });
    downloadText(fileName, text);
  }

  /** Reloads the open profile from disk, dropping unsaved edits (after a conflict, or a change on disk). */
  async reloadOpen(): Promise<void> {
    this.conflict = null;
    if (this.open) await this.openProfile(this.open.profile.id);
  }

  dismissNotice(id: number): void {
    this.notices = withoutNotice(this.notices, id);
  }

  /** A banner; `key` keeps one per subject, `page` clears it when the user leaves that page. */
  say(message: string, options: { tone?: NoticeTone; key?: string; page?: string } = {}): void {
    const { tone = 'warning', key, page } = options;
    this.notices = withNotice(this.notices, { id: ++this.lastNoticeId, message, tone, key, page });
  }

  /** The user is now on `href`: banners that belonged to other pages go. */
  navigated(href: string): void {
    this.notices = afterNavigation(this.notices, href);
  }

  /** Follows changes made on disk (another window, a hand edit) for as long as the app runs. */
  async watch(signal: AbortSignal): Promise<void> {
    let since = 0;
    let failures = 0;
    while (!signal.aborted) {
      try {
        this.lists.polling(since);
        const { counter } = await api.waitForProfileChanges({ since }).finally(() => this.lists.polling(null));
        failures = 0;
        if (counter === since) continue;
        since = counter;
        await this.refresh();
        await this.followOpenProfile();
      } catch {
        // The host may be restarting; back off instead of spinning.
        failures++;
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** failures)));
      }
    }
  }

  private async followOpenProfile(): Promise<void> {
    const open = this.open;
    if (!open || open.profile.id.startsWith('example-')) return;
    const onDisk = this.list.find((p) => p.id === open.profile.id);
    if (!onDisk) {
      this.say(`“${open.profile.name}” was removed from disk. Save it to keep your changes.`);
      this.open = { ...open, readOnly: true };
      return;
    }
    if (onDisk.revision === open.profile.revision) return;
    if (this.dirty) {
      this.say(`“${open.profile.name}” changed on disk. Saving now would be refused; reload it or save as a copy.`);
      return;
    }
    await this.openProfile(open.profile.id);
    this.say(`“${open.profile.name}” changed on disk and was reloaded.`);
  }

  private load(opened: OpenProfile): void {
    this.open = opened;
    workload.replace(opened.profile.workload);
    userDiagrams.replace(opened.profile.diagrams);
    deckLayout.set(opened.profile.deck);
    this.savedKey = key(workload.current);
  }
}

export const profiles = new ProfilesState();

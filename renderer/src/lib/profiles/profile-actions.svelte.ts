import { displayFileName } from '../../../../electron/common/profiles/profile-names';
import { ApiError } from '../api';
import { announcer } from '../announcer.svelte';
import { saveRefusal } from '../pricing/invalid-fields';
import { workload } from '../pricing/workload.svelte';
import { router } from '../router.svelte';
import { routeHref } from '../routes';
import { profiles } from './profiles.svelte';
import { isPictureFile, reopenExportFile } from './reopen-export-file';

const messageOf = (error: unknown) =>
  error instanceof ApiError || error instanceof Error ? error.message : String(error);
const here = () => routeHref(router.current);

export interface NameRequest {
  title: string;
  initial: string;
  confirmLabel: string;
  /** Saving the workload: the dialog shows (and can change) the Region it is saved with. */
  withRegion: boolean;
  resolve: (name: string | null) => void;
}

/**
 * The profile commands that may need to ask something first (a name, or
 * whether to drop unsaved changes). Buttons, shortcuts and — later — menus
 * all call these, so each command behaves the same from everywhere.
 */
class ProfileActions {
  nameRequest = $state.raw<NameRequest | null>(null);

  askName(title: string, initial: string, confirmLabel: string, withRegion = false): Promise<string | null> {
    return new Promise((resolve) => {
      this.nameRequest = {
        title,
        initial,
        confirmLabel,
        withRegion,
        resolve: (name) => {
          this.nameRequest = null;
          resolve(name);
        },
      };
    });
  }

  /** A refused value is never written: Save and Save as say which fields to fix instead. */
  private refusedForInvalidFields(): boolean {
    const message = saveRefusal(workload.invalid);
    if (message) profiles.say(message);
    return message !== null;
  }

  async save(): Promise<void> {
    if (this.refusedForInvalidFields()) return;
    await this.run(async () => {
      const outcome = await profiles.save();
      if (outcome === 'needs-name') return this.saveAs();
      if (outcome === 'saved') announcer.say(`Saved “${profiles.open?.profile.name}”.`);
    });
  }

  async saveAs(): Promise<void> {
    if (this.refusedForInvalidFields()) return;
    const suggested = profiles.open ? `${profiles.open.profile.name} (copy)` : 'My workload';
    const name = await this.askName('Save profile as', suggested, 'Save', true);
    if (name === null) return;
    await this.run(async () => {
      await profiles.saveAs(name);
      announcer.say(`Saved “${name}”.`);
    });
  }

  async startNew(): Promise<void> {
    if (profiles.dirty && !confirm('Discard the unsaved changes to this workload?')) return;
    profiles.startNew();
  }

  async open(id: string): Promise<boolean> {
    if (
      profiles.dirty &&
      profiles.open?.profile.id !== id &&
      !confirm('Discard the unsaved changes to this workload?')
    ) {
      return false;
    }
    return this.run(() => profiles.openProfile(id));
  }

  async rename(id: string, current: string): Promise<void> {
    const name = await this.askName('Rename profile', current, 'Rename');
    if (name !== null && name !== current) await this.run(() => profiles.rename(id, name));
  }

  /**
   * Imports a file and opens it on the Costs page. The outcome is one banner
   * per file (a retry replaces it), on the page where it is shown: leaving
   * that page clears it.
   */
  async importFile(file: File): Promise<boolean> {
    // An exported diagram carries the workload it was drawn for.
    if (isPictureFile(file)) return reopenExportFile(file);
    const key = `import:${file.name}`;
    try {
      const profile = await profiles.importFile(file);
      await profiles.openProfile(profile.id);
      router.go({ name: 'costs' });
      const from = displayFileName(file.name);
      profiles.say(`Imported “${profile.name}” from ${from}.`, { tone: 'success', key, page: here() });
      return true;
    } catch (error) {
      profiles.say(messageOf(error), { tone: 'error', key, page: here() });
      return false;
    }
  }

  /** Runs a command; a refusal from the store becomes a notice instead of an uncaught error. */
  private async run(command: () => Promise<unknown>): Promise<boolean> {
    try {
      await command();
      return true;
    } catch (error) {
      profiles.say(messageOf(error));
      return false;
    }
  }
}

export const profileActions = new ProfileActions();

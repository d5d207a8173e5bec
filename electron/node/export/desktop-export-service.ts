import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ExportKind } from '../../common/desktop-ipc';
import type { DesktopServices } from '../ipc/app-handlers';
import { HandlerError } from '../ipc/handler-table';
import { checkExportBytes } from './export-bytes';
import { exportFileName, withExtension } from './export-file-names';
import { createExportState } from './export-state';
import { createFolderGrants } from './folder-grants';
import { USER_FILE, writeFileAtomic } from '../store/write-file-atomic';

/** Native dialogs, as the Electron layer provides them; null when the user cancels. */
export interface DesktopDialogs {
  chooseSaveFile(options: { defaultPath: string; kind: ExportKind }): Promise<string | null>;
  chooseFolder(options: { defaultPath: string }): Promise<string | null>;
}

export interface SystemClipboard {
  /** Puts a PNG (already checked) on the clipboard; throws if the system cannot read it. */
  writePng(bytes: Uint8Array): Promise<void>;
}

export interface DesktopExportOptions {
  dataDir: string;
  /** Where dialogs open before anything was saved, or when that folder is gone (Pictures, Documents, home). */
  defaultFolder: string;
  dialogs: DesktopDialogs;
  clipboard: SystemClipboard;
  log?: (message: string) => void;
}

/**
 * The desktop app's export methods, in plain Node: the bytes are checked
 * before any dialog opens, and files are written only where the user said —
 * the path picked in the save dialog, or inside a folder they granted.
 */
export function createDesktopExportService(options: DesktopExportOptions): Omit<DesktopServices, 'exportReportPdf'> {
  const { dialogs, clipboard } = options;
  const state = createExportState(options.dataDir, options.defaultFolder, options.log);
  const folders = createFolderGrants();

  return {
    async saveExportFile({ suggestedName, kind, bytes }) {
      checkExportBytes(bytes, kind);
      const startFolder = await state.startFolder();
      const chosen = await dialogs.chooseSaveFile({
        defaultPath: path.join(startFolder, exportFileName(suggestedName, kind)),
        kind,
      });
      if (chosen === null) return { status: 'cancelled' };
      if (!path.isAbsolute(chosen))
        throw new HandlerError('invalid-input', `The save dialog returned “${chosen}”, not a full path.`);
      const target = withExtension(chosen, kind);
      // The dialog asked before replacing what the user typed; it never saw the name with our extension added.
      if (target !== chosen && (await exists(target))) {
        throw new HandlerError(
          'conflict',
          `${target} already exists; it was left alone. Export again and choose another name.`,
        );
      }
      await writeFileAtomic(target, bytes, USER_FILE);
      await state.remember(path.dirname(target));
      return { status: 'saved', path: target };
    },

    async chooseExportFolder({ suggestedName }) {
      const parent = await dialogs.chooseFolder({ defaultPath: await state.startFolder() });
      if (parent === null) return { status: 'cancelled' };
      if (!path.isAbsolute(parent))
        throw new HandlerError('invalid-input', `The folder dialog returned “${parent}”, not a full path.`);
      const granted = await folders.grant(parent, suggestedName);
      await state.remember(parent);
      return { status: 'chosen', ...granted };
    },

    async writeExportFile({ folderId, fileName, bytes }) {
      return { path: await folders.write(folderId, fileName, bytes) };
    },

    async copyImageToClipboard({ bytes }) {
      const size = checkExportBytes(bytes, 'png', 'The image was not copied')!;
      await clipboard.writePng(bytes);
      return size;
    },
  };
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );
